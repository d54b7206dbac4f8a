package radio.archive.mast;

import java.net.URI;
import java.time.Duration;
import radio.archive.ArchiveException;

/** A MAST query was still {@code EXECUTING} (or paging) when the overall query deadline ran out. */
public final class MastTimeoutException extends ArchiveException {
    private static final long serialVersionUID = 1L;

    public MastTimeoutException(URI uri, String service, Duration deadline) {
        super(uri, "MAST " + service + " did not finish within " + deadline.toSeconds() + " s", null);
    }
}
