package radio.workflow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import radio.search.SearchListener;
import radio.search.SearchSettings;
import radio.search.TargetOutcome;
import radio.transfer.DownloadOptions;
import radio.transfer.SessionProgress;
import radio.transfer.TransferEvents;
import radio.transfer.TransferItem;
import radio.transfer.TransferReport;
import radio.transfer.TransferSession;

/**
 * One download: the given items, and the products of a search fed in target by target as each is found (downloads
 * start while other targets are still being searched), into one transfer session. The one place this orchestration
 * is written; the Java API and every command reach it through {@code radio.api.Radio}.
 *
 * <p>Runs on a thread of the executor it is given. {@link #cancel()} stops the search and the session: files already
 * complete stay, files in flight are dropped leaving resumable {@code .part} files, queued ones fail as cancelled;
 * the result still arrives, with those failures in it. Thread-safe.
 */
public final class DownloadRun {
    /** Progress before the transfer session has started (it waits for the catalog to open). */
    private static final SessionProgress NOTHING_YET = new SessionProgress(0, 0, 0, 0, 0, OptionalLong.of(0), 0,
            java.time.Duration.ZERO);

    /**
     * What a run did.
     *
     * @param report  every file's outcome, in submission order
     * @param targets every searched target's outcome, in input order (empty without a search)
     */
    public record Result(TransferReport report, List<TargetOutcome> targets) {
        public Result {
            Objects.requireNonNull(report, "report");
            targets = List.copyOf(targets);
        }
    }

    private final CompletableFuture<TransferSession> session;
    private final Executor executor;
    private final CompletableFuture<Void> searched = new CompletableFuture<>();
    private final CompletableFuture<Result> result = new CompletableFuture<>();
    private volatile Thread runner;
    private volatile boolean cancelled;

    private DownloadRun(CompletableFuture<TransferSession> session, Executor executor) {
        this.session = session;
        this.executor = executor;
    }

    /**
     * Starts a run.
     *
     * @param items    files to download as they are (a URI list); may be empty when there is a search
     * @param search   targets whose products to download, searched (or answered offline, per {@code options})
     * @param events   per-file events (rules of {@link TransferEvents})
     * @param onTarget each target's outcome as soon as it is known (rules of {@link SearchListener})
     * @param executor runs the search and waits for the session; must not be a direct executor
     */
    public static DownloadRun start(Services services, SearchSettings settings, DownloadOptions options,
                                    List<TransferItem> items, Optional<SearchRequest> search, TransferEvents events,
                                    SearchListener onTarget, Executor executor) {
        Objects.requireNonNull(options, "options");
        List<TransferItem> given = List.copyOf(items);
        // the engine waits for the catalog (SQLite's native library) to open; the search does not wait for it
        CompletableFuture<TransferSession> starting = services.transfersAsync().thenApply(engine -> {
            TransferSession s = engine.start(options, events);
            s.submitAll(given);
            return s;
        });
        DownloadRun run = new DownloadRun(starting, executor);
        executor.execute(() -> run.run(services, settings, options, search, onTarget));
        return run;
    }

    private void run(Services services, SearchSettings settings, DownloadOptions options,
                     Optional<SearchRequest> search, SearchListener onTarget) {
        runner = Thread.currentThread();
        List<TargetOutcome> targets = Collections.synchronizedList(new ArrayList<>());
        try {
            if (search.isPresent() && !cancelled) {
                services.recordedSearch(settings).feed(search.get(), options.offline(), session,
                        services.config().bucket(), outcome -> {
                            targets.add(outcome);
                            onTarget.onTarget(outcome);
                        });
            }
            searched.complete(null);
            TransferReport report = Services.join(session).finish();
            List<TargetOutcome> ordered = new ArrayList<>(targets);
            ordered.sort(java.util.Comparator.comparingInt(TargetOutcome::index));
            result.complete(new Result(report, ordered));
        } catch (InterruptedException e) {
            // cancelled while searching or waiting: the session is closed, collect what it has
            Thread.interrupted();
            finishCancelled(targets);
        } catch (RuntimeException e) {
            searched.completeExceptionally(e);
            result.completeExceptionally(e);
        } finally {
            session.thenAccept(TransferSession::close);
            runner = null;
        }
    }

    private void finishCancelled(List<TargetOutcome> targets) {
        searched.complete(null);
        try {
            TransferSession s = Services.join(session);
            s.close();
            result.complete(new Result(s.finish(), new ArrayList<>(targets)));
        } catch (InterruptedException | RuntimeException e) {
            result.completeExceptionally(e);
        }
    }

    /** The session so far: files submitted, done, failed, bytes (zeros until the session has started). */
    public SessionProgress progress() {
        return session.isDone() && !session.isCompletedExceptionally() ? session.join().progress() : NOTHING_YET;
    }

    /** Completes when the search has delivered every target (at once when there is none). */
    public CompletableFuture<Void> searched() {
        return searched;
    }

    /** Completes with the result once every file is done (or failed, or cancelled). */
    public CompletableFuture<Result> result() {
        return result;
    }

    /** Stops the run; see the class comment. Returns at once; {@link #result()} completes when all has stopped. */
    public void cancel() {
        cancelled = true;
        // closing waits for the files in flight to wind down: not on the caller's thread
        session.thenAcceptAsync(TransferSession::close, executor);
        Thread t = runner;
        if (t != null) {
            t.interrupt();
        }
    }

    /** Whether {@link #cancel()} was called. */
    public boolean cancelled() {
        return cancelled;
    }
}
