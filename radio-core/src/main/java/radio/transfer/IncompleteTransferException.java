package radio.transfer;

/**
 * The response body ended before the expected number of bytes arrived (a truncated body or a dropped
 * connection). What did arrive is kept in the {@code .part} file and resumed on the next attempt.
 */
public final class IncompleteTransferException extends TransferException {
    private static final long serialVersionUID = 1L;

    private final long expected;
    private final long received;

    IncompleteTransferException(String uri, long expected, long received) {
        super(uri, uri + ": body ended after " + received + " of " + expected + " bytes", null);
        this.expected = expected;
        this.received = received;
    }

    /** Bytes the file should have. */
    public long expected() {
        return expected;
    }

    /** Bytes the file had when the body ended. */
    public long received() {
        return received;
    }
}
