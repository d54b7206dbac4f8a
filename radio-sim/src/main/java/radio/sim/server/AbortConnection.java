package radio.sim.server;

/**
 * Thrown to drop the connection without finishing the response: the JDK server closes a connection whose
 * handler throws. Used for the {@link Fault#RESET}, {@link Fault#TRUNCATE} and {@link Fault#STALL} faults.
 */
final class AbortConnection extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AbortConnection(String why) {
        super(why, null, false, false);
    }
}
