package radio.archive;

import java.io.IOException;
import java.net.URI;
import java.util.Objects;

/**
 * Something went wrong talking to an archive (MAST, SANTA, the Exoplanet Archive). Every subtype names the URL
 * it concerns, so a message can tell the user where the failure happened.
 */
public class ArchiveException extends IOException {
    private static final long serialVersionUID = 1L;
    private final URI uri;

    public ArchiveException(URI uri, String message, Throwable cause) {
        super(message, cause);
        this.uri = Objects.requireNonNull(uri, "uri");
    }

    /** The URL of the request (or service endpoint) that failed. */
    public URI uri() {
        return uri;
    }
}
