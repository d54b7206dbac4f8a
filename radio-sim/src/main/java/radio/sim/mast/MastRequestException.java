package radio.sim.mast;

/** A MAST request the simulated service rejects; answered as {@code {"status":"ERROR","msg":...}} with HTTP 200. */
final class MastRequestException extends Exception {
    private static final long serialVersionUID = 1L;

    MastRequestException(String message) {
        super(message);
    }
}
