package radio.search;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One search run's share of the {@link SearchExecutors}: its tasks run on the shared threads, at most {@code limit}
 * at once and in the order given (what a pool of {@code limit} threads of its own did), and its linger timers run on
 * the shared timer. {@link #close()} ends the share as stopping a pool of its own did: queued tasks are dropped,
 * running ones interrupted, new ones rejected, timers not yet due never run; other runs are not touched.
 *
 * <p>When the owner closes the threads underneath a run, the share closes and {@code whenStopped} runs once, so that
 * the run does not wait for tasks that will never run.
 *
 * <p>Thread-safe.
 */
final class RunThreads implements Executor, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RunThreads.class);

    private final Executor pool;
    private final ScheduledExecutorService timer;
    private final int limit;
    private final Runnable whenStopped;
    private final Consumer<RunThreads> deregister;
    private final Queue<Runnable> queue = new ArrayDeque<>();
    /** Threads running a task of this run now: the ones {@link #close()} interrupts. */
    private final Set<Thread> running = new HashSet<>();
    /** Lanes running or starting: at most {@code limit}. */
    private int lanes;
    private boolean closed;

    RunThreads(Executor pool, ScheduledExecutorService timer, int limit, Runnable whenStopped,
               Consumer<RunThreads> deregister) {
        if (limit < 1) {
            throw new IllegalArgumentException("a run needs at least one thread: " + limit);
        }
        this.pool = pool;
        this.timer = timer;
        this.limit = limit;
        this.whenStopped = whenStopped;
        this.deregister = deregister;
    }

    /** @throws RejectedExecutionException once this is closed, or when the owner's threads are */
    @Override
    public void execute(Runnable task) {
        synchronized (this) {
            if (closed) {
                throw new RejectedExecutionException("the search run has ended");
            }
            queue.add(task);
            if (lanes == limit) {
                return; // a lane takes it when its task is done
            }
            lanes++;
            try {
                pool.execute(this::lane);
            } catch (RejectedExecutionException e) {
                lanes--;
                queue.remove(task);
                throw e;
            }
        }
    }

    /**
     * Runs {@code task} after the delay on the shared timer, unless this has been closed by then.
     *
     * @throws RejectedExecutionException when the owner's timer is closed
     */
    ScheduledFuture<?> schedule(Runnable task, long delay, TimeUnit unit) {
        return timer.schedule(() -> {
            if (!isClosed()) {
                task.run();
            }
        }, delay, unit);
    }

    synchronized boolean isClosed() {
        return closed;
    }

    /**
     * One of the run's at most {@code limit} lanes: runs queued tasks on one shared thread until none is left (rather
     * than handing each to the pool, which would start a thread whenever the finishing one is not yet idle).
     */
    private void lane() {
        Thread me = Thread.currentThread();
        while (true) {
            Runnable task;
            synchronized (this) {
                task = closed ? null : queue.poll();
                if (task == null) {
                    lanes--;
                    if (closed) {
                        // an interrupt meant for this run's task must not reach the shared thread's next task
                        Thread.interrupted();
                    }
                    return;
                }
                running.add(me);
            }
            try {
                task.run();
            } catch (RuntimeException e) {
                // the search's tasks complete futures rather than throw; keep the lane for the next task
                LOG.warn("a search task failed", e);
            } finally {
                synchronized (this) {
                    running.remove(me);
                }
            }
        }
    }

    /** The owner closes the shared threads: this run ends, and is told so unless it had ended already. */
    void ownerClosed() {
        if (stop()) {
            whenStopped.run();
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** Whether this call stopped the run (false: it had stopped already). */
    private boolean stop() {
        synchronized (this) {
            if (closed) {
                return false;
            }
            closed = true;
            queue.clear();
            running.forEach(Thread::interrupt);
        }
        deregister.accept(this);
        return true;
    }
}
