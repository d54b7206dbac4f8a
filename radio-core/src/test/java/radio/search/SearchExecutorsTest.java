package radio.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The shared search threads and one run's share of them: the limit, the order, stopping one run alone. */
class SearchExecutorsTest {
    private final SearchExecutors threads = new SearchExecutors(4);

    @AfterEach
    void stop() {
        threads.close();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** A task that says it runs, then sleeps until interrupted, and says so. */
    private static Runnable sleepUntilInterrupted(CountDownLatch running, CountDownLatch interrupted) {
        return () -> {
            running.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
        };
    }

    @Test
    void aRunHasAtMostItsLimitOfTasksRunningAndStartsThemInOrder() throws Exception {
        RunThreads run = threads.forRun(2, () -> { });
        AtomicInteger now = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Integer> started = new CopyOnWriteArrayList<>();
        CountDownLatch twoRunning = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(6);
        for (int i = 0; i < 6; i++) {
            int n = i;
            run.execute(() -> {
                started.add(n);
                most.accumulateAndGet(now.incrementAndGet(), Math::max);
                twoRunning.countDown();
                await(release);
                now.decrementAndGet();
                done.countDown();
            });
        }
        await(twoRunning);
        Thread.sleep(200); // time for a third to start, were the limit not kept (the pool has 4 idle threads)
        assertThat(started).containsExactlyInAnyOrder(0, 1);

        release.countDown();
        await(done);

        assertThat(most.get()).isEqualTo(2);
        // two lanes take from one queue in order: the first two first, every later one after them
        assertThat(started).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5);
        run.close();
    }

    @Test
    void queuedTasksOfARunGoOnTheThreadThatFinishedTheLastOne() {
        RunThreads run = threads.forRun(1, () -> { });
        List<Thread> ran = new CopyOnWriteArrayList<>();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(5);
        for (int i = 0; i < 5; i++) {
            run.execute(() -> {
                ran.add(Thread.currentThread());
                await(release);
                done.countDown();
            });
        }
        release.countDown();
        await(done);

        assertThat(ran).hasSize(5).containsOnly(ran.get(0));
        assertThat(ran.get(0).getName()).startsWith("radio-search-");
        run.close();
    }

    @Test
    void closingARunDropsItsQueueInterruptsItsTasksAndLeavesOtherRunsAlone() throws Exception {
        RunThreads stopped = threads.forRun(1, () -> { });
        RunThreads other = threads.forRun(1, () -> { });
        CountDownLatch bothRunning = new CountDownLatch(2);
        CountDownLatch interrupted = new CountDownLatch(1);
        CountDownLatch releaseOther = new CountDownLatch(1);
        AtomicBoolean otherInterrupted = new AtomicBoolean();
        AtomicBoolean queuedRan = new AtomicBoolean();
        CountDownLatch otherDone = new CountDownLatch(1);
        stopped.execute(sleepUntilInterrupted(bothRunning, interrupted));
        stopped.execute(() -> queuedRan.set(true));
        other.execute(() -> {
            bothRunning.countDown();
            try {
                releaseOther.await();
            } catch (InterruptedException e) {
                otherInterrupted.set(true);
            }
            otherDone.countDown();
        });
        await(bothRunning);

        stopped.close();

        await(interrupted);
        releaseOther.countDown();
        await(otherDone);
        assertThat(otherInterrupted).isFalse();
        assertThat(queuedRan).isFalse();
        assertThat(stopped.isClosed()).isTrue();
        assertThatThrownBy(() -> stopped.execute(() -> { })).isInstanceOf(RejectedExecutionException.class);
        // the shared threads carry no interrupt into later work
        List<Boolean> flags = new CopyOnWriteArrayList<>();
        CountDownLatch checked = new CountDownLatch(8);
        RunThreads later = threads.forRun(4, () -> { });
        for (int i = 0; i < 8; i++) {
            later.execute(() -> {
                flags.add(Thread.currentThread().isInterrupted());
                checked.countDown();
            });
        }
        await(checked);
        assertThat(flags).containsOnly(false);
        later.close();
        other.close();
    }

    @Test
    void aClosedRunsLingerTimerDoesNotFire() throws Exception {
        RunThreads run = threads.forRun(1, () -> { });
        AtomicBoolean fired = new AtomicBoolean();
        CountDownLatch control = new CountDownLatch(1);
        run.schedule(() -> fired.set(true), 50, TimeUnit.MILLISECONDS);
        RunThreads other = threads.forRun(1, () -> { });
        other.schedule(control::countDown, 100, TimeUnit.MILLISECONDS);

        run.close();

        await(control);
        assertThat(fired).isFalse();
        other.close();
    }

    @Test
    void closingTheThreadsStopsTheRunsOnThemAndTellsEachOnce() throws Exception {
        AtomicInteger told = new AtomicInteger();
        RunThreads run = threads.forRun(2, told::incrementAndGet);
        RunThreads finished = threads.forRun(2, told::incrementAndGet);
        finished.close();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        run.execute(sleepUntilInterrupted(running, interrupted));
        await(running);

        threads.close();

        await(interrupted);
        assertThat(told).hasValue(1); // the run in progress, not the one that had ended
        assertThat(run.isClosed()).isTrue();
        assertThatThrownBy(() -> threads.forRun(1, () -> { })).isInstanceOf(IllegalStateException.class);
    }
}
