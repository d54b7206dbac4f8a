package radio.spark;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fetches the items of a task ahead of the thread that consumes them, so that S3's latency overlaps the CPU work:
 * at most {@code depth} fetches are in flight or waiting to be consumed at any time (so memory is bounded by
 * {@code depth} objects), and results come back in the source's order. The source iterator is only touched by the
 * consuming thread (Spark's input iterators are not thread-safe). Not thread-safe itself; close it when done
 * (Spark: a task completion listener), which cancels what is still being fetched.
 *
 * @param <T> the items
 * @param <R> what fetching one gives
 */
final class Prefetcher<T, R> implements Iterator<Prefetcher.Fetched<T, R>>, AutoCloseable {
    /** Fetches one item; may block on the network. */
    @FunctionalInterface
    interface Fetch<T, R> {
        R fetch(T item) throws Exception;
    }

    /** One item with what its fetch gave: a value, or the exception it threw. */
    record Fetched<T, R>(T item, R value, Exception failure) {
    }

    private record Pending<T, R>(T item, Future<R> future) {
    }

    private final Iterator<T> source;
    private final Fetch<T, R> fetch;
    private final int depth;
    private final ExecutorService pool;
    private final ArrayDeque<Pending<T, R>> pending = new ArrayDeque<>();

    Prefetcher(Iterator<T> source, Fetch<T, R> fetch, int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("prefetch depth must be at least 1, got " + depth);
        }
        this.source = Objects.requireNonNull(source, "source");
        this.fetch = Objects.requireNonNull(fetch, "fetch");
        this.depth = depth;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(depth, r -> {
            Thread t = new Thread(r, "radio-spark-fetch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public boolean hasNext() {
        fill();
        return !pending.isEmpty();
    }

    @Override
    public Fetched<T, R> next() {
        fill();
        Pending<T, R> head = pending.poll();
        if (head == null) {
            throw new NoSuchElementException();
        }
        Fetched<T, R> done;
        try {
            done = new Fetched<>(head.item(), head.future().get(), null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            done = new Fetched<>(head.item(), null, (Exception) cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the task is being cancelled
            throw new IllegalStateException("interrupted while fetching " + head.item(), e);
        }
        fill(); // start the next fetch before the caller's CPU work
        return done;
    }

    private void fill() {
        while (pending.size() < depth && source.hasNext()) {
            T item = source.next();
            pending.add(new Pending<>(item, pool.submit(() -> fetch.fetch(item))));
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        pending.clear();
    }
}
