package radio.periodogram;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

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

    /** {@link #forBlocksAfter} with nothing to prepare. */
    static void forBlocks(int size, int blockSize, int threads, WorkerFactory factory) {
        forBlocksAfter(size, blockSize, threads, () -> factory);
    }

    /**
     * Runs the blocks on up to {@code threads} threads: the calling thread and helpers from the JDK's common
     * fork-join pool (at most its parallelism, one less than the processors by default). Its threads are kept
     * alive between calls, so a search of a few milliseconds does not pay for starting threads. The helpers are
     * asked for first and {@code preparation} (the search's set-up, which gives the factory of the workers) runs
     * on the calling thread meanwhile, so that waking a parked pool thread overlaps the set-up. Returns when every
     * block is done and no helper is still in the loop; a failure of the preparation or of a worker is rethrown to
     * the caller.
     */
    static void forBlocksAfter(int size, int blockSize, int threads, Supplier<WorkerFactory> preparation) {
        int blocks = (size + blockSize - 1) / blockSize;
        int n = Math.min(Math.min(threads, blocks), ForkJoinPool.getCommonPoolParallelism() + 1);
        if (n <= 1) {
            WorkerFactory factory = preparation.get();
            if (size > 0) {
                factory.create().run(0, size);
            }
            return;
        }
        Blocks loop = new Blocks(size, blockSize, blocks);
        for (int i = 0; i < n - 1; i++) {
            ForkJoinPool.commonPool().execute(loop::help);
        }
        loop.runAndWait(preparation);
    }

    /**
     * The shared loop: threads claim blocks in turn once the caller has published the factory; a helper that
     * starts after the caller finished does nothing. Waiting threads spin for up to {@value #SPIN_NANOS} ns
     * before they sleep: the waits (the end of the caller's preparation, a helper's last block) are usually
     * shorter than that, and a sleeping thread's wake-up would be a noticeable share of a search of a few
     * milliseconds.
     */
    private static final class Blocks {
        private static final long SPIN_NANOS = 1_000_000;

        private final int size;
        private final int blockSize;
        private final int blocks;
        private final AtomicInteger next = new AtomicInteger();
        // written under the lock (waiters are notified), read without it while spinning
        private volatile WorkerFactory factory;
        private volatile boolean closed;
        private volatile int active;
        // guarded by this
        private Throwable failure;

        Blocks(int size, int blockSize, int blocks) {
            this.size = size;
            this.blockSize = blockSize;
            this.blocks = blocks;
        }

        void help() {
            synchronized (this) {
                if (closed) {
                    return;
                }
                active++;
            }
            try {
                WorkerFactory f = awaitFactoryOrClose();
                if (f != null) {
                    claimBlocks(f);
                }
            } catch (Throwable e) {
                stop(e);
            } finally {
                synchronized (this) {
                    active--;
                    notifyAll();
                }
            }
        }

        void runAndWait(Supplier<WorkerFactory> preparation) {
            try {
                WorkerFactory f = preparation.get();
                synchronized (this) {
                    factory = f;
                    notifyAll();
                }
                claimBlocks(f);
            } catch (Throwable e) {
                stop(e);
            }
            boolean interrupted = awaitHelpers();
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

        /** The factory once published, or null when the loop closed before (the preparation failed). */
        private WorkerFactory awaitFactoryOrClose() throws InterruptedException {
            long spinUntil = System.nanoTime() + SPIN_NANOS;
            while (factory == null && !closed && System.nanoTime() < spinUntil) {
                Thread.onSpinWait();
            }
            synchronized (this) {
                while (factory == null && !closed) {
                    wait();
                }
                return factory;
            }
        }

        /** Closes the loop and waits until no helper is in it; whether the caller was interrupted meanwhile. */
        private boolean awaitHelpers() {
            synchronized (this) {
                closed = true;
                notifyAll();
            }
            long spinUntil = System.nanoTime() + SPIN_NANOS;
            while (active > 0 && System.nanoTime() < spinUntil) {
                Thread.onSpinWait();
            }
            boolean interrupted = false;
            synchronized (this) {
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
            return interrupted;
        }

        private void claimBlocks(WorkerFactory f) {
            int b = next.getAndIncrement();
            if (b >= blocks) {
                return; // a late helper: no scratch space for nothing
            }
            Worker w = f.create();
            for (; b < blocks; b = next.getAndIncrement()) {
                // last block first: on period grids (ascending) a block costs more the longer its periods, and a
                // loop that ends on its cheapest blocks leaves the threads idle for less while the last one runs
                int from = (blocks - 1 - b) * blockSize;
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
