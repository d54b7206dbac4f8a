package radio.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads product searches run on: request workers, and the timer that sends a part batch when its linger runs
 * out. Whoever creates one closes it (radio's {@code Services} makes one per session); every {@link ProductSearch}
 * built over it shares it, and several searches may run on it at once.
 *
 * <p>Each run takes its own share ({@link #forRun}): at most {@link SearchSettings#workers()} of its tasks run at once,
 * whatever else runs on these threads, and when the run ends its queued tasks are dropped and its running ones
 * interrupted, without touching other runs. {@code coreThreads} workers are started by the first run and kept (so a
 * burst of targets is not split by thread start-up); concurrent runs needing more get extra threads, which end after
 * a minute idle. All threads are daemons.
 *
 * <p>Thread-safe. {@link #close()} stops every thread at once (interrupting running requests): a search still running
 * fails its remaining targets, and one started afterwards throws {@link IllegalStateException}.
 */
public final class SearchExecutors implements AutoCloseable {
    private static final long IDLE_SECONDS = 60;

    private final ThreadPoolExecutor workers;
    private final ScheduledThreadPoolExecutor timer;
    /** Runs in progress, to stop when this closes under them. */
    private final Set<RunThreads> runs = new HashSet<>();
    private boolean closed;

    /** @param coreThreads workers kept for the life of this object (at least 1) */
    public SearchExecutors(int coreThreads) {
        if (coreThreads < 1) {
            throw new IllegalArgumentException("search threads must be at least 1: " + coreThreads);
        }
        // a hand-off queue: a task runs at once on an idle thread or a new one; each run bounds its own tasks
        this.workers = new ThreadPoolExecutor(coreThreads, Integer.MAX_VALUE, IDLE_SECONDS, TimeUnit.SECONDS,
                new SynchronousQueue<>(), daemonThreads("radio-search"));
        this.timer = new ScheduledThreadPoolExecutor(1, daemonThreads("radio-search-linger"));
        // a batch sent early cancels its linger task: drop it from the queue rather than keep it until it was due
        timer.setRemoveOnCancelPolicy(true);
    }

    /**
     * One run's share of the threads: at most {@code limit} of its tasks at once; the run closes it.
     *
     * @param whenStopped what to do when {@link #close()} stops the run before the run closed its share
     * @throws IllegalStateException when this has been closed
     */
    RunThreads forRun(int limit, Runnable whenStopped) {
        RunThreads run;
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("search threads closed");
            }
            run = new RunThreads(workers, timer, limit, whenStopped, this::ended);
            runs.add(run);
        }
        workers.prestartAllCoreThreads();
        timer.prestartAllCoreThreads();
        return run;
    }

    private synchronized void ended(RunThreads run) {
        runs.remove(run);
    }

    /** Stops the runs in progress (each is told: see {@link #forRun}), then every thread. */
    @Override
    public void close() {
        List<RunThreads> stopping;
        synchronized (this) {
            closed = true;
            stopping = List.copyOf(runs);
        }
        stopping.forEach(RunThreads::ownerClosed);
        timer.shutdownNow();
        workers.shutdownNow();
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
