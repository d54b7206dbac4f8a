package radio.transfer;

import java.time.Duration;

/** No byte arrived for the stall timeout; the connection was dropped. What arrived is kept for resuming. */
public final class StalledTransferException extends TransferException {
    private static final long serialVersionUID = 1L;

    StalledTransferException(String uri, String from, Duration stallTimeout, Throwable cause) {
        super(uri, uri + ": " + from + " sent nothing for " + stallTimeout.toMillis() + " ms; gave up on that connection",
                cause);
    }
}
