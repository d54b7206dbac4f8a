package radio.periodogram;

import java.util.concurrent.ForkJoinPool;
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

    /**
     * Runs the blocks on up to {@code threads} threads: the calling thread and helpers from the JDK's common
     * fork-join pool (at most its parallelism, one less than the processors by default). Its threads are kept
     * alive between calls, so a search of a few milliseconds does not pay for starting threads. Returns when every
     * block is done and no helper is still in the loop.
     */
    static void forBlocks(int size, int blockSize, int threads, WorkerFactory factory) {
        int blocks = (size + blockSize - 1) / blockSize;
        int n = Math.min(Math.min(threads, blocks), ForkJoinPool.getCommonPoolParallelism() + 1);
        if (n <= 1) {
            if (size > 0) {
                factory.create().run(0, size);
            }
            return;
        }
        Blocks loop = new Blocks(size, blockSize, blocks, factory);
        for (int i = 0; i < n - 1; i++) {
            ForkJoinPool.commonPool().execute(loop::help);
        }
        loop.runAndWait();
    }

    /** The shared loop: threads claim blocks in turn; a helper that starts after the caller finished does nothing. */
    private static final class Blocks {
        private final int size;
        private final int blockSize;
        private final int blocks;
        private final WorkerFactory factory;
        private final AtomicInteger next = new AtomicInteger();
        // guarded by this
        private int active;
        private boolean closed;
        private Throwable failure;

        Blocks(int size, int blockSize, int blocks, WorkerFactory factory) {
            this.size = size;
            this.blockSize = blockSize;
            this.blocks = blocks;
            this.factory = factory;
        }

        void help() {
            synchronized (this) {
                if (closed) {
                    return;
                }
                active++;
            }
            try {
                claimBlocks();
            } catch (Throwable e) {
                stop(e);
            } finally {
                synchronized (this) {
                    active--;
                    notifyAll();
                }
            }
        }

        void runAndWait() {
            try {
                claimBlocks();
            } catch (Throwable e) {
                stop(e);
            }
            boolean interrupted = false;
            synchronized (this) {
                closed = true;
                while (active > 0) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        // helpers still write into the results: let them finish their block, then report
                        interrupted = true;
                        next.set(blocks);
                    }
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("periodogram interrupted");
            }
            if (failure instanceof RuntimeException re) {
                throw re;
            }
            if (failure instanceof Error err) {
                throw err;
            }
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
        }

        private void claimBlocks() {
            Worker w = factory.create();
            for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
                int from = b * blockSize;
                w.run(from, Math.min(size, from + blockSize));
            }
        }

        private void stop(Throwable e) {
            next.set(blocks);
            synchronized (this) {
                if (failure == null) {
                    failure = e;
                }
            }
        }
    }
}
