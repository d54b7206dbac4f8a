package radio.transfer;

import java.io.IOException;

/**
 * Why one item could not be transferred. Each subtype is one failure family and carries what it concerns (the
 * item's URI, plus the URL, key or file); the message is one line a user can act on and never contains a
 * credential.
 */
public abstract class TransferException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String uri;

    protected TransferException(String uri, String message, Throwable cause) {
        super(message, cause);
        this.uri = uri;
    }

    /** The item's URI ({@code mast:…} or {@code s3://…}). */
    public String uri() {
        return uri;
    }
}
