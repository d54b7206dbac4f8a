package radio.transfer;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Calls a listener, logging and swallowing whatever it throws so a transfer never dies of its observer. */
final class SafeEvents implements TransferEvents {
    private static final Logger log = LoggerFactory.getLogger(SafeEvents.class);

    private final TransferEvents delegate;
    private final AtomicBoolean complained = new AtomicBoolean();

    SafeEvents(TransferEvents delegate) {
        this.delegate = delegate;
    }

    @Override
    public void transferInitiated(TransferItem item) {
        try {
            delegate.transferInitiated(item);
        } catch (RuntimeException e) {
            complain("transferInitiated", e);
        }
    }

    @Override
    public void bytesTransferred(TransferItem item, Progress progress) {
        try {
            delegate.bytesTransferred(item, progress);
        } catch (RuntimeException e) {
            complain("bytesTransferred", e);
        }
    }

    @Override
    public void transferComplete(CompletedTransfer completed) {
        try {
            delegate.transferComplete(completed);
        } catch (RuntimeException e) {
            complain("transferComplete", e);
        }
    }

    @Override
    public void transferFailed(FailedTransfer failed) {
        try {
            delegate.transferFailed(failed);
        } catch (RuntimeException e) {
            complain("transferFailed", e);
        }
    }

    /** Warns once per listener (a broken listener is called for every chunk), then only at debug level. */
    private void complain(String method, RuntimeException e) {
        if (complained.compareAndSet(false, true)) {
            log.warn("transfer listener {} threw from {} (ignored from now on): {}", delegate.getClass().getName(),
                    method, e.toString());
        } else {
            log.debug("transfer listener {} threw from {}: {}", delegate.getClass().getName(), method, e.toString());
        }
    }
}
