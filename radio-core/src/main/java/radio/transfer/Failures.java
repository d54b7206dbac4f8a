package radio.transfer;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Which failures are worth another attempt, and digging the real cause out of wrappers. */
final class Failures {
    private static final Set<String> TRANSIENT_S3_CODES = Set.of("SlowDown", "RequestTimeout", "InternalError",
            "ServiceUnavailable", "RequestTimeTooSkewed");

    private Failures() {
    }

    /** Transient: no response, 5xx, 429, S3 SlowDown and friends, truncated or stalled bodies, corrupted bytes. */
    static boolean retryable(Throwable t) {
        if (t instanceof IncompleteTransferException || t instanceof StalledTransferException) {
            return true;
        }
        if (t instanceof IntegrityException e) {
            return e.retryable();
        }
        if (t instanceof S3TransferException e) {
            if (e.status().isEmpty()) {
                return e.network();
            }
            int s = e.status().getAsInt();
            return s >= 500 || s == 429 || e.errorCode().filter(TRANSIENT_S3_CODES::contains).isPresent();
        }
        if (t instanceof MastTransferException e) {
            if (e.status().isEmpty()) {
                return true;
            }
            int s = e.status().getAsInt();
            return s >= 500 || s == 429 || s == 408 || s == 200;
        }
        return false;
    }

    /** A server's request to wait, or null. */
    static Duration retryAfter(Throwable t) {
        return t instanceof MastTransferException e ? e.retryAfter() : null;
    }

    /** The cause under {@code CompletionException}/{@code ExecutionException} wrappers. */
    static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }
}
