package radio.cli;

/** An output file that could not be written after the work was done (a full disk): one line, exit 1. */
final class OutputFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutputFailure(String message) {
        super(message, null, false, false);
    }
}
