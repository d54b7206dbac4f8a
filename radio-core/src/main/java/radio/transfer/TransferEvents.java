package radio.transfer;

/**
 * Callbacks about each item of a session, in the style of the AWS transfer manager's {@code TransferListener} and
 * OkHttp's {@code EventListener}. All methods have empty defaults; implement what you need.
 *
 * <p><b>Order.</b> For every submitted item: exactly one {@link #transferInitiated}, then any number of
 * {@link #bytesTransferred} (none for files already present), then exactly one of {@link #transferComplete} or
 * {@link #transferFailed}. Different items interleave freely.
 *
 * <p><b>Threads.</b> Calls arrive on any thread, including several at once (one item's calls are never concurrent
 * with each other). Implementations must be thread-safe, fast and non-blocking (they run on the transfer
 * threads: do I/O elsewhere), must not call back into the session, and must not throw: an exception is logged and
 * swallowed, and the transfer goes on.
 */
public interface TransferEvents {
    /** Does nothing. */
    TransferEvents NONE = new TransferEvents() {
    };

    /** Calls each listener in turn; one that throws does not keep the others from being called. */
    static TransferEvents all(TransferEvents... listeners) {
        java.util.List<TransferEvents> safe = java.util.Arrays.stream(listeners).<TransferEvents>map(SafeEvents::new)
                .toList();
        return new TransferEvents() {
            @Override
            public void transferInitiated(TransferItem item) {
                safe.forEach(l -> l.transferInitiated(item));
            }

            @Override
            public void bytesTransferred(TransferItem item, Progress progress) {
                safe.forEach(l -> l.bytesTransferred(item, progress));
            }

            @Override
            public void transferComplete(CompletedTransfer completed) {
                safe.forEach(l -> l.transferComplete(completed));
            }

            @Override
            public void transferFailed(FailedTransfer failed) {
                safe.forEach(l -> l.transferFailed(failed));
            }
        };
    }

    /** The item was accepted and its work is starting. */
    default void transferInitiated(TransferItem item) {
    }

    /** More bytes of the item reached its {@code .part} file; {@code progress} is cumulative for the file. */
    default void bytesTransferred(TransferItem item, Progress progress) {
    }

    /** The item is complete and verified under its final name (downloaded now, or found present). */
    default void transferComplete(CompletedTransfer completed) {
    }

    /** The item failed; {@code failed.cause()} is the real cause, never a {@code CompletionException}. */
    default void transferFailed(FailedTransfer failed) {
    }
}
