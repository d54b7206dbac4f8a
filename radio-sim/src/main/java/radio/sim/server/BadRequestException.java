package radio.sim.server;

/** A request the simulated server cannot parse; answered with HTTP 400 and the message. */
public final class BadRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadRequestException(String message) {
        super(message);
    }
}
