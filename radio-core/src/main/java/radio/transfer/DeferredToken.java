package radio.transfer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The resume token of a body that started from its first byte, written only once the body has been open for
 * {@link #DELAY}. Most light curves arrive sooner and never get one: creating, writing and deleting a token
 * beside every small file cost more than a tenth of a 1,000-file download. The price is that a process killed
 * within that second restarts those files from zero; slow or stalled bodies, the ones worth resuming, have
 * their token by then. Thread-safe: the timer's write and the reader's {@link #cancel()} never interleave.
 */
final class DeferredToken implements AutoCloseable {
    static final Duration DELAY = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(DeferredToken.class);

    private final ResumeToken token;
    private final Path file;
    private Future<?> pending;
    private boolean cancelled;

    private DeferredToken(ResumeToken token, Path file) {
        this.token = token;
        this.file = file;
    }

    /** Writes {@code token} to {@code file} after {@link #DELAY} on {@code timer}, unless cancelled first. */
    static DeferredToken schedule(ResumeToken token, Path file, ScheduledExecutorService timer) {
        DeferredToken d = new DeferredToken(token, file);
        Future<?> f = timer.schedule(d::writeUnlessCancelled, DELAY.toMillis(), TimeUnit.MILLISECONDS);
        synchronized (d) {
            d.pending = f;
        }
        return d;
    }

    /** For a body that resumes a part: its token is on disk already. */
    static DeferredToken none() {
        DeferredToken d = new DeferredToken(null, null);
        d.cancel();
        return d;
    }

    private synchronized void writeUnlessCancelled() {
        if (cancelled) {
            return;
        }
        try {
            token.write(file);
        } catch (IOException | RuntimeException e) {
            log.debug("cannot write the resume token {}: {}", file, e.toString());
        }
    }

    /**
     * Stops the delayed write: when this returns no write is under way and none will start, so the caller may
     * write its own token, or commit or discard the part, without the timer racing it.
     */
    synchronized void cancel() {
        cancelled = true;
        if (pending != null) {
            pending.cancel(false);
        }
    }

    @Override
    public void close() {
        cancel();
    }
}
