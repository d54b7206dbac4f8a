package radio.transfer;

import java.nio.file.Path;

/**
 * Downloaded bytes could not be proven right: wrong size, MD5 different from the S3 ETag, or no size to check
 * against. The bad bytes were discarded; nothing was put under the final name.
 */
public final class IntegrityException extends TransferException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final boolean retryable;

    IntegrityException(String uri, Path file, String message, boolean retryable) {
        super(uri, file + ": " + message, null);
        this.file = file;
        this.retryable = retryable;
    }

    /** Whether downloading again may help (bytes corrupted in transit) or not (the sizes disagree at the source). */
    boolean retryable() {
        return retryable;
    }

    /** The destination that was not written. */
    public Path file() {
        return file;
    }
}
