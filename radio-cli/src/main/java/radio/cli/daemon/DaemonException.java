package radio.cli.daemon;

/** The daemon cannot be started, reached or stopped; the message names the socket. */
public final class DaemonException extends RuntimeException {
    public DaemonException(String message) {
        super(message);
    }
}
