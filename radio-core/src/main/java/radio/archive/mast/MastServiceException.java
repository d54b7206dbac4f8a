package radio.archive.mast;

import java.net.URI;
import radio.archive.ArchiveException;

/** MAST answered a query with {@code "status": "ERROR"}; {@link #mastMessage()} is MAST's own {@code msg}. */
public final class MastServiceException extends ArchiveException {
    private static final long serialVersionUID = 1L;
    private final String service;
    private final String mastMessage;

    public MastServiceException(URI uri, String service, String mastMessage) {
        super(uri, "MAST " + service + " failed: " + mastMessage, null);
        this.service = service;
        this.mastMessage = mastMessage;
    }

    public String service() {
        return service;
    }

    public String mastMessage() {
        return mastMessage;
    }
}
