package radio.transfer;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drops response bodies that stop delivering bytes. Each reading transfer registers a {@link Watch} with an abort
 * action and touches it after every read; one timer thread aborts watches idle for longer than the stall timeout,
 * which makes the blocked read fail so the transfer can resume elsewhere. Works for any blocking stream, whatever
 * the HTTP client's own timeouts.
 */
final class StallWatchdog implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StallWatchdog.class);

    private final long stallNanos;
    private final Set<Watch> watches = ConcurrentHashMap.newKeySet();
    private final Future<?> checks;

    /** Checks on {@code timer}, which the caller owns (and shuts down). */
    StallWatchdog(Duration stallTimeout, ScheduledExecutorService timer) {
        this.stallNanos = stallTimeout.toNanos();
        long period = Math.max(TimeUnit.MILLISECONDS.toNanos(5), stallNanos / 4);
        this.checks = timer.scheduleWithFixedDelay(this::check, period, period, TimeUnit.NANOSECONDS);
    }

    /** Starts watching a body; {@code abort} must make a blocked read on it fail promptly. */
    Watch watch(Runnable abort) {
        Watch w = new Watch(abort);
        watches.add(w);
        return w;
    }

    private void check() {
        long now = System.nanoTime();
        for (Watch w : watches) {
            if (!w.stalled && now - w.last > stallNanos) {
                w.stalled = true;
                try {
                    w.abort.run();
                } catch (RuntimeException e) {
                    log.debug("aborting a stalled body failed: {}", e.toString());
                }
            }
        }
    }

    @Override
    public void close() {
        checks.cancel(false);
    }

    /** One watched body; used by one reading thread. */
    final class Watch implements AutoCloseable {
        private final Runnable abort;
        private volatile long last = System.nanoTime();
        private volatile boolean stalled;

        private Watch(Runnable abort) {
            this.abort = abort;
        }

        /** Bytes arrived. */
        void touch() {
            last = System.nanoTime();
        }

        /** Whether the watchdog aborted the body. */
        boolean stalled() {
            return stalled;
        }

        @Override
        public void close() {
            watches.remove(this);
        }
    }
}
