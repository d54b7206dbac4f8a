package radio.spark;

/** The command line or the input cannot be used; nothing was attempted (exit 2). The message names the culprit. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }

    UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
