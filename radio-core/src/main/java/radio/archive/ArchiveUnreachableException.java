package radio.archive;

import java.net.URI;

/**
 * No usable response arrived from an archive after every attempt: connection refused or reset, timeout, or a
 * broken response. The cause is the last transport error.
 */
public final class ArchiveUnreachableException extends ArchiveException {
    private static final long serialVersionUID = 1L;

    public ArchiveUnreachableException(URI uri, int attempts, Throwable cause) {
        super(uri, "no response from " + uri + " after " + attempts + (attempts == 1 ? " attempt" : " attempts")
                + ": " + describe(cause), cause);
    }

    private static String describe(Throwable t) {
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : " (" + m + ")");
    }
}
