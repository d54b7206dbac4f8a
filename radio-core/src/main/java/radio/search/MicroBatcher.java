package radio.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.ToIntFunction;

/**
 * Collects items submitted from many threads into batches and runs one call per batch, so one request serves
 * many targets while each target still gets its own result as soon as its batch is done.
 *
 * <p>A batch is sent when it holds {@code maxItems} items, when one more item would take its total weight past
 * {@code maxWeight} (e.g. 500 obsids, 40 URIs), as soon as no more items can come ({@code moreMayCome} is false:
 * every target still in progress is past this step), or at the latest {@code linger} after its first item
 * arrived. A single item heavier than {@code maxWeight} forms a batch on its own. With {@code maxItems = 1}
 * every item is sent at once, alone: the sequential baseline.
 *
 * <p>Thread-safe. Batches run on {@code workers}; the call returns one result per item, in order. When the
 * call throws, every item of that batch fails with the same exception.
 *
 * @param <I> item (the work of one target)
 * @param <O> result for one item
 */
final class MicroBatcher<I, O> {

    /** The batched call: exactly one result per item, same order. */
    @FunctionalInterface
    interface BatchCall<I, O> {
        List<O> call(List<I> items) throws Exception;
    }

    /** Schedules a batch's linger: {@link ScheduledExecutorService#schedule}, or a run's share of a timer. */
    @FunctionalInterface
    interface Timer {
        ScheduledFuture<?> schedule(Runnable task, long delay, TimeUnit unit);
    }

    private record Pending<I, O>(I item, CompletableFuture<O> result) {
    }

    private final String name;
    private final int maxItems;
    private final int maxWeight;
    private final ToIntFunction<I> weigher;
    private final Duration linger;
    private final BooleanSupplier moreMayCome;
    private final Timer timer;
    private final Executor workers;
    private final BatchCall<I, O> call;

    private List<Pending<I, O>> batch = new ArrayList<>();
    private int weight;
    private ScheduledFuture<?> lingerTask;
    private long batchNumber;

    MicroBatcher(String name, int maxItems, int maxWeight, ToIntFunction<I> weigher, Duration linger,
                 BooleanSupplier moreMayCome, Timer timer, Executor workers, BatchCall<I, O> call) {
        if (maxItems < 1 || maxWeight < 1) {
            throw new IllegalArgumentException(name + ": batch limits must be positive");
        }
        this.name = name;
        this.maxItems = maxItems;
        this.maxWeight = maxWeight;
        this.weigher = Objects.requireNonNull(weigher, "weigher");
        this.linger = Objects.requireNonNull(linger, "linger");
        this.moreMayCome = Objects.requireNonNull(moreMayCome, "moreMayCome");
        this.timer = Objects.requireNonNull(timer, "timer");
        this.workers = Objects.requireNonNull(workers, "workers");
        this.call = Objects.requireNonNull(call, "call");
    }

    /** Queues an item; the future completes when its batch has been answered. */
    CompletableFuture<O> submit(I item) {
        CompletableFuture<O> result = new CompletableFuture<>();
        int w = Math.max(1, weigher.applyAsInt(item));
        List<Pending<I, O>> full = null;
        List<Pending<I, O>> overflow = null;
        synchronized (this) {
            if (!batch.isEmpty() && weight + w > maxWeight) {
                overflow = takeBatch();
            }
            batch.add(new Pending<>(item, result));
            weight += w;
            if (batch.size() >= maxItems || weight >= maxWeight || linger.isZero() || !moreMayCome.getAsBoolean()) {
                full = takeBatch();
            } else if (batch.size() == 1) {
                long number = batchNumber;
                lingerTask = timer.schedule(() -> flushIfStill(number), linger.toNanos(), TimeUnit.NANOSECONDS);
            }
        }
        if (overflow != null) {
            dispatch(overflow);
        }
        if (full != null) {
            dispatch(full);
        }
        return result;
    }

    /** Sends the waiting batch now if no more items can come; call when that may have become true. */
    void flushIfIdle() {
        List<Pending<I, O>> due = null;
        synchronized (this) {
            if (!batch.isEmpty() && !moreMayCome.getAsBoolean()) {
                due = takeBatch();
            }
        }
        if (due != null) {
            dispatch(due);
        }
    }

    private void flushIfStill(long number) {
        List<Pending<I, O>> due = null;
        synchronized (this) {
            if (number == batchNumber && !batch.isEmpty()) {
                due = takeBatch();
            }
        }
        if (due != null) {
            dispatch(due);
        }
    }

    /** Caller holds the lock. */
    private List<Pending<I, O>> takeBatch() {
        List<Pending<I, O>> taken = batch;
        batch = new ArrayList<>();
        weight = 0;
        batchNumber++;
        if (lingerTask != null) {
            lingerTask.cancel(false);
            lingerTask = null;
        }
        return taken;
    }

    private void dispatch(List<Pending<I, O>> pending) {
        try {
            workers.execute(() -> run(pending));
        } catch (RejectedExecutionException e) {
            pending.forEach(p -> p.result().completeExceptionally(e));
        }
    }

    private void run(List<Pending<I, O>> pending) {
        List<I> items = new ArrayList<>(pending.size());
        for (Pending<I, O> p : pending) {
            items.add(p.item());
        }
        try {
            List<O> results = call.call(items);
            if (results.size() != items.size()) {
                throw new IllegalStateException(name + ": " + results.size() + " results for " + items.size() + " items");
            }
            for (int i = 0; i < pending.size(); i++) {
                pending.get(i).result().complete(results.get(i));
            }
        } catch (Throwable t) {
            if (t instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            pending.forEach(p -> p.result().completeExceptionally(t));
        }
    }
}
