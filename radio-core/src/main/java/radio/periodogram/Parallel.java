package radio.periodogram;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a loop over grid indices on several threads so that the result cannot depend on the number of
 * threads: the range is cut into fixed blocks, every index is computed by exactly the same code whichever
 * thread takes its block, and each index writes only its own output slots.
 */
final class Parallel {
    /** Per-thread body: computes indices [from, to) with the worker's private scratch space. */
    interface Worker {
        void run(int from, int to);
    }

    interface WorkerFactory {
        /** A worker with its own scratch buffers; called once per thread. */
        Worker create();
    }

    private Parallel() {
    }

    /** The thread count to use for a requested count (0 = one per available processor). */
    static int threads(int requested) {
        return requested > 0 ? requested : Runtime.getRuntime().availableProcessors();
    }

    /**
     * Blocks of at most {@code maxBlock} indices, small enough that each thread takes at least 16 of them: with
     * few blocks the last one decides when the loop ends (9 blocks on 2 threads cannot go faster than 5).
     */
    static int blockSize(int size, int maxBlock, int threads) {
        return Math.max(1, Math.min(maxBlock, size / (16 * Math.max(1, threads))));
    }

    /** Runs the blocks on {@code threads} threads, the calling thread being one of them. */
    static void forBlocks(int size, int blockSize, int threads, WorkerFactory factory) {
        int blocks = (size + blockSize - 1) / blockSize;
        int n = Math.min(threads, blocks);
        if (n <= 1) {
            if (size > 0) {
                factory.create().run(0, size);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            Worker w = factory.create();
            for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
                int from = b * blockSize;
                w.run(from, Math.min(size, from + blockSize));
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(n - 1, r -> {
            Thread th = new Thread(r, "radio-periodogram");
            th.setDaemon(true);
            return th;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < n - 1; i++) {
                futures.add(pool.submit(work));
            }
            work.run();
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("periodogram interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        } finally {
            pool.shutdownNow();
        }
    }
}
