package radio.transfer;

import java.io.IOException;
import java.util.Optional;

/**
 * One service that can provide an item's bytes (S3 or MAST). Implementations are thread-safe and classify every
 * failure as a {@link TransferException} subtype ({@link S3TransferException}, {@link MastTransferException});
 * network-level failures carry no status.
 */
interface ObjectFetcher {
    TransferSource source();

    /** Whether this service can provide the item at all (it has a key, or a data URI). */
    boolean canFetch(TransferItem item);

    /** Size and validators of the item's object, without its body. */
    RemoteObject head(TransferItem item) throws TransferException;

    /**
     * Opens the item's body. With {@code offset > 0} and a token, asks for the rest from {@code offset} on
     * condition that the object still matches the token's validators; if it does not (or the server ignores
     * ranges) the returned body starts at 0.
     */
    RemoteBody open(TransferItem item, long offset, Optional<ResumeToken> token) throws TransferException;

    /** Wraps a failure while reading an open body (a reset, a truncated body) as this service's exception. */
    TransferException readFailure(TransferItem item, Exception cause);
}
