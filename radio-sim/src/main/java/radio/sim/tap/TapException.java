package radio.sim.tap;

/** A query the simulated archive refuses; the message is what the archive would report. */
final class TapException extends Exception {
    private static final long serialVersionUID = 1L;

    TapException(String message) {
        super(message);
    }
}
