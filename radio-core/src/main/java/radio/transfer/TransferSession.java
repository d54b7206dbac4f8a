package radio.transfer;

import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One download run that accepts items while earlier ones are already downloading, so a search can feed it target
 * by target. Obtain one from {@link TransferEngine#start}.
 *
 * <pre>{@code
 * try (TransferSession session = engine.start(DownloadOptions.to(out), events)) {
 *     for (TransferItem item : itemsAsTheyAreFound) {
 *         session.submit(item);
 *     }
 *     TransferReport report = session.finish();
 * }
 * }</pre>
 *
 * <p>{@link #submit} never blocks on the network and never throws for a bad item: an unsafe name or an item the
 * {@code --source} policy cannot serve becomes a failed outcome at once. Items with the same destination are
 * downloaded once; the later ones report {@code present}. {@link #progress()} may be called from any thread at any
 * time. {@link #submit} and {@link #finish} are meant for one feeding thread but are safe from several.
 *
 * <p>{@link #close()} after {@link #finish()} does nothing; before it, it stops the run: queued items fail as
 * cancelled and open downloads are dropped, leaving resumable {@code .part} files.
 */
public final class TransferSession implements AutoCloseable {
    private final TransferEngine engine;
    private final DownloadOptions options;
    private final SafeEvents events;
    private final long startNanos = System.nanoTime();
    private final List<CompletableFuture<TransferOutcome>> futures = new ArrayList<>();
    private final Map<Path, CompletableFuture<TransferOutcome>> byDestination = new HashMap<>();
    private final Set<Runnable> aborts = ConcurrentHashMap.newKeySet();
    private final AtomicInteger submitted = new AtomicInteger();
    private final AtomicInteger downloaded = new AtomicInteger();
    private final AtomicInteger present = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger unknownSizes = new AtomicInteger();
    private final AtomicLong knownTotal = new AtomicLong();
    private final AtomicLong bytesDone = new AtomicLong();
    private final AtomicLong bytesTransferred = new AtomicLong();
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile boolean finished;
    private volatile boolean cancelled;
    private volatile long endNanos;

    TransferSession(TransferEngine engine, DownloadOptions options, TransferEvents events) {
        this.engine = engine;
        this.options = options;
        this.events = new SafeEvents(events);
    }

    /**
     * Adds an item; its work starts as soon as a slot is free.
     *
     * @throws IllegalStateException after {@link #finish()} or {@link #close()}
     */
    public void submit(TransferItem item) {
        Objects.requireNonNull(item, "item");
        synchronized (this) {
            if (finished || cancelled) {
                throw new IllegalStateException("session already " + (cancelled ? "closed" : "finished"));
            }
            submitted.incrementAndGet();
            if (item.expectedSize().isPresent()) {
                knownTotal.addAndGet(item.expectedSize().getAsLong());
            } else {
                unknownSizes.incrementAndGet();
            }
            futures.add(schedule(item));
        }
    }

    /** Adds several items, in order. */
    public void submitAll(Iterable<TransferItem> items) {
        for (TransferItem item : items) {
            submit(item);
        }
    }

    /**
     * Accepts no more items, waits for all submitted ones and reports every outcome, in submission order.
     * Calling it again returns the same report.
     *
     * @throws InterruptedException if interrupted while waiting (the transfers go on; {@link #close()} stops them)
     */
    public TransferReport finish() throws InterruptedException {
        List<CompletableFuture<TransferOutcome>> all;
        synchronized (this) {
            finished = true;
            all = List.copyOf(futures);
        }
        try {
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("transfer futures never fail", e);
        }
        engine.recorder().flush();
        if (endNanos == 0) {
            endNanos = System.nanoTime();
        }
        return new TransferReport(all.stream().map(CompletableFuture::join).toList(), bytesTransferred.get(),
                Duration.ofNanos(endNanos - startNanos));
    }

    /** A snapshot of the whole run so far. */
    public SessionProgress progress() {
        long end = endNanos == 0 ? System.nanoTime() : endNanos;
        OptionalLong total = unknownSizes.get() == 0 ? OptionalLong.of(knownTotal.get()) : OptionalLong.empty();
        return new SessionProgress(submitted.get(), downloaded.get(), present.get(), failed.get(), bytesDone.get(),
                total, bytesTransferred.get(), Duration.ofNanos(end - startNanos));
    }

    /** Stops an unfinished run (see the class comment); waits for running items to wind down. */
    @Override
    public void close() {
        List<CompletableFuture<TransferOutcome>> all;
        synchronized (this) {
            if (finished && futures.stream().allMatch(CompletableFuture::isDone)) {
                return;
            }
            cancelled = true;
            all = List.copyOf(futures);
        }
        closing.countDown();
        aborts.forEach(Runnable::run);
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
    }

    private CompletableFuture<TransferOutcome> schedule(TransferItem item) {
        Path destination;
        try {
            destination = Destinations.resolve(options.out(), item);
        } catch (UnsafePathException e) {
            return failNow(item, Optional.empty(), e);
        }
        List<ObjectFetcher> route;
        try {
            route = engine.route(item, options.source());
        } catch (NoSourceException e) {
            return failNow(item, Optional.of(destination), e);
        }
        CompletableFuture<TransferOutcome> first = byDestination.get(destination);
        if (first != null) {
            events.transferInitiated(item);
            return first.thenApply(o -> finished(duplicateOf(item, o)));
        }
        CompletableFuture<TransferOutcome> f = new ItemJob(engine, this, item, destination, route, options.offline())
                .start();
        byDestination.put(destination, f);
        return f;
    }

    private CompletableFuture<TransferOutcome> failNow(TransferItem item, Optional<Path> destination, Throwable e) {
        events.transferInitiated(item);
        return CompletableFuture.completedFuture(finished(new FailedTransfer(item, destination, Optional.empty(), e)));
    }

    private static TransferOutcome duplicateOf(TransferItem item, TransferOutcome first) {
        if (first instanceof CompletedTransfer c) {
            return new CompletedTransfer(item, c.file(), CompletedTransfer.Kind.PRESENT, TransferSource.LOCAL,
                    c.bytes(), c.md5());
        }
        FailedTransfer f = (FailedTransfer) first;
        return new FailedTransfer(item, f.destination(), f.source(), f.cause());
    }

    // ---- used by ItemJob

    TransferEvents events() {
        return events;
    }

    boolean cancelled() {
        return cancelled;
    }

    void checkOpen(TransferItem item) throws InterruptedIOException {
        if (cancelled) {
            throw new InterruptedIOException("session closed before " + item.uri() + " started");
        }
    }

    /**
     * Waits {@code d} before a retry, returning early (true) when the session is closed meanwhile.
     *
     * @throws InterruptedIOException when the waiting thread is interrupted (the engine is shutting down)
     */
    boolean awaitClose(Duration d) throws InterruptedIOException {
        try {
            return closing.await(d.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to retry");
        }
    }

    void addTransferred(long n) {
        bytesTransferred.addAndGet(n);
    }

    void addDone(long delta) {
        bytesDone.addAndGet(delta);
    }

    /** Counts a final outcome and tells the listener; returns it. */
    TransferOutcome finished(TransferOutcome outcome) {
        if (outcome instanceof CompletedTransfer c) {
            bytesDone.addAndGet(c.bytes());
            (c.kind() == CompletedTransfer.Kind.DOWNLOADED ? downloaded : present).incrementAndGet();
            events.transferComplete(c);
        } else {
            // a failed file will never be done: keep the total reachable
            outcome.item().expectedSize().ifPresent(n -> knownTotal.addAndGet(-n));
            failed.incrementAndGet();
            events.transferFailed((FailedTransfer) outcome);
        }
        return outcome;
    }

    /** Registers a way to drop an open download when the session is closed early. */
    Abort onAbort(Runnable abort) {
        aborts.add(abort);
        if (cancelled) {
            abort.run();
        }
        return () -> aborts.remove(abort);
    }

    /** A registration from {@link #onAbort}; closing it unregisters. */
    interface Abort extends AutoCloseable {
        @Override
        void close();
    }
}
