package radio.periodogram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ParallelTest {
    @Test
    void everyIndexIsComputedExactlyOnceForAnyBlockAndThreadCount() {
        for (int size : new int[] {1, 7, 64, 515, 4525}) {
            for (int threads : new int[] {1, 2, 3, 8}) {
                int block = Parallel.blockSize(size, 64, threads);
                AtomicIntegerArray seen = new AtomicIntegerArray(size);
                Parallel.forBlocks(size, block, threads, () -> (from, to) -> {
                    for (int i = from; i < to; i++) {
                        seen.incrementAndGet(i);
                    }
                });
                for (int i = 0; i < size; i++) {
                    assertThat(seen.get(i)).as("size %d, %d threads, index %d", size, threads, i).isEqualTo(1);
                }
            }
        }
    }

    @Test
    void blocksAreSmallEnoughForSixteenPerThread() {
        assertThat(Parallel.blockSize(515, 64, 2)).isEqualTo(16);
        assertThat(Parallel.blockSize(4525, 64, 2)).isEqualTo(64);
        assertThat(Parallel.blockSize(10, 64, 2)).isEqualTo(1);
    }

    @Test
    void aWorkersFailureReachesTheCallerUnchanged() {
        IllegalArgumentException boom = new IllegalArgumentException("bad period");
        assertThatThrownBy(() -> Parallel.forBlocks(1000, 10, 2, () -> (from, to) -> {
            if (from >= 500) {
                throw boom;
            }
        })).isSameAs(boom);
    }

    @Test
    @Timeout(60) // helpers waiting for a factory that never comes would hang here
    void aFailedPreparationReachesTheCallerAndReleasesTheHelpers() {
        IllegalStateException boom = new IllegalStateException("no data");
        for (int i = 0; i < 50; i++) {
            assertThatThrownBy(() -> Parallel.forBlocksAfter(1000, 10, 2, () -> {
                throw boom;
            })).isSameAs(boom);
        }
        // the pool's helpers came back: a loop afterwards still runs on two threads
        Set<Thread> workers = ConcurrentHashMap.newKeySet();
        Parallel.forBlocks(200, 1, 2, () -> (from, to) -> {
            workers.add(Thread.currentThread());
            LockSupport.parkNanos(1_000_000);
        });
        assertThat(workers).hasSize(2);
    }

    @Test
    void thePreparationRunsOnceOnTheCallingThreadBeforeAnyWorker() {
        Thread caller = Thread.currentThread();
        AtomicInteger preparations = new AtomicInteger();
        AtomicIntegerArray seen = new AtomicIntegerArray(515);
        Parallel.forBlocksAfter(515, 16, 2, () -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            preparations.incrementAndGet();
            LockSupport.parkNanos(5_000_000); // longer than the helpers spin before they sleep
            return () -> {
                assertThat(preparations.get()).isEqualTo(1);
                return (from, to) -> {
                    for (int i = from; i < to; i++) {
                        seen.incrementAndGet(i);
                    }
                };
            };
        });
        assertThat(preparations.get()).isEqualTo(1);
        for (int i = 0; i < 515; i++) {
            assertThat(seen.get(i)).isEqualTo(1);
        }
    }

    @Test
    @Timeout(60) // a loop that waited for helpers that cannot start would hang here
    void theCallerFinishesAloneWhenEveryPooledThreadIsBusy() throws InterruptedException {
        int busy = ForkJoinPool.getCommonPoolParallelism();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(busy);
        for (int i = 0; i < busy; i++) {
            ForkJoinPool.commonPool().execute(() -> {
                started.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        try {
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            AtomicIntegerArray seen = new AtomicIntegerArray(300);
            Parallel.forBlocks(300, 16, 4, () -> (from, to) -> {
                for (int i = from; i < to; i++) {
                    seen.incrementAndGet(i);
                }
            });
            for (int i = 0; i < 300; i++) {
                assertThat(seen.get(i)).isEqualTo(1);
            }
        } finally {
            release.countDown();
        }
    }
}
