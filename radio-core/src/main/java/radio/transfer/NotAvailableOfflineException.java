package radio.transfer;

import java.nio.file.Path;

/** {@code --offline}: the file is neither confirmed by the catalog nor verifiable on disk, and no network may be used. */
public final class NotAvailableOfflineException extends TransferException {
    private static final long serialVersionUID = 1L;

    NotAvailableOfflineException(String uri, Path destination, String why) {
        super(uri, destination + ": not available offline (" + why + "); download it once while online", null);
    }
}
