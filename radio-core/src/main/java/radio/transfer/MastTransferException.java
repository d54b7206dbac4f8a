package radio.transfer;

import java.net.URI;
import java.time.Duration;
import java.util.OptionalInt;

/**
 * MAST's {@code Download/file} refused or failed: an error status (401 not authorised, 404 unknown file,
 * 5xx…), an empty body, or no usable response at all.
 */
public final class MastTransferException extends TransferException {
    private static final long serialVersionUID = 1L;

    private final URI url;
    private final int status;
    private final transient Duration retryAfter;

    MastTransferException(String uri, URI url, int status, String detail, Duration retryAfter, Throwable cause) {
        super(uri, url + ": " + (status > 0 ? "MAST answered " + status : "no answer from MAST")
                + (detail == null || detail.isBlank() ? "" : ": " + detail), cause);
        this.url = url;
        this.status = status;
        this.retryAfter = retryAfter;
    }

    /** MAST's Retry-After, or null. */
    Duration retryAfter() {
        return retryAfter;
    }

    /** The request URL (it never carries a credential). */
    public URI url() {
        return url;
    }

    /** The HTTP status, when MAST answered. */
    public OptionalInt status() {
        return status > 0 ? OptionalInt.of(status) : OptionalInt.empty();
    }
}
