package radio.archive;

import java.net.URI;

/** An archive answered, but with a body radio cannot read (not the documented JSON, CSV, ...). */
public final class MalformedResponseException extends ArchiveException {
    private static final long serialVersionUID = 1L;

    public MalformedResponseException(URI uri, String problem, Throwable cause) {
        super(uri, "unreadable response from " + uri + ": " + problem, cause);
    }
}
