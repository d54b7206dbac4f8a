package radio.workflow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import radio.catalog.CatalogException;
import radio.catalog.Catalog;
import radio.catalog.OfflineAnswer;
import radio.catalog.ResolvedTarget;
import radio.catalog.SearchRecord;
import radio.search.ProductSearch;
import radio.search.SearchListener;
import radio.search.SearchReport;
import radio.search.SearchTally;
import radio.search.TargetOutcome;
import radio.transfer.TransferItem;
import radio.transfer.TransferSession;

/**
 * A product search with a memory: online, every target's answer (its products, their observations and S3 keys, the
 * time) and what the target resolved to are recorded in the catalog under {@link CatalogKeys}; offline, the catalog
 * alone answers, and a target it cannot answer for fails with the reason (never seen, only resolved, searched only
 * with other criteria).
 *
 * <p>Recording happens on a background thread so the search never waits for the database; {@link #run} returns
 * once everything is recorded. A catalog that cannot be opened or written does not fail an online search: it is
 * logged once as a warning. Offline, it is an error ({@link CatalogException}).
 *
 * <p>Thread-safe; runs may overlap.
 */
public final class RecordedSearch {
    private static final Logger LOG = LoggerFactory.getLogger(RecordedSearch.class);

    private final ProductSearch search;
    private final Supplier<Catalog> catalog;

    /**
     * @param search  the online search
     * @param catalog gives the catalog when it is first needed (may block while it opens; may throw
     *                {@link CatalogException})
     */
    public RecordedSearch(ProductSearch search, Supplier<Catalog> catalog) {
        this.search = Objects.requireNonNull(search, "search");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /**
     * Searches every target (online) or looks each up in the catalog ({@code offline}; no network at all) and hands
     * each outcome to {@code listener} as soon as it is known (rules of {@link SearchListener}).
     *
     * @throws CatalogException offline, when the catalog cannot be read
     */
    public SearchReport run(SearchRequest request, boolean offline, SearchListener listener)
            throws InterruptedException {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(listener, "listener");
        return offline ? offline(request, listener) : online(request, listener);
    }

    /**
     * As {@link #run}, and submits each target's products to the session as soon as that target is done, so
     * downloads start while other targets are still being searched. The session may still be starting (the engine
     * waits for the catalog to open): products found meanwhile are submitted when it is ready; the search does not
     * wait for it, but this method returns only after every submission. The session is neither finished nor closed
     * here; if it never starts, nothing is submitted and the caller sees why when it joins {@code session}.
     *
     * @param bucket the bucket the products' S3 keys are in
     */
    public SearchReport feed(SearchRequest request, boolean offline, CompletableFuture<TransferSession> session,
                             String bucket, SearchListener listener) throws InterruptedException {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(listener, "listener");
        // a submission waiting for the session to start runs on whichever thread starts it, possibly after another
        // thread's join() has returned: the feed returns only once every submission has run
        List<CompletableFuture<Void>> submissions = Collections.synchronizedList(new ArrayList<>());
        SearchReport report = run(request, offline, outcome -> {
            if (!outcome.products().isEmpty()) {
                List<TransferItem> items = outcome.products().stream()
                        .map(p -> ProductRecords.transferItem(p, bucket)).toList();
                submissions.add(session.thenAccept(s -> s.submitAll(items)));
            }
            listener.onTarget(outcome);
        });
        CompletableFuture<?>[] pending;
        synchronized (submissions) {
            pending = submissions.toArray(CompletableFuture<?>[]::new);
        }
        // a session that failed to start is the caller's to report when it joins the session
        CompletableFuture.allOf(pending).exceptionally(e -> null).join();
        return report;
    }

    private SearchReport online(SearchRequest request, SearchListener listener) throws InterruptedException {
        String selectionKey = request.selectionKey();
        Recorder recorder = new Recorder();
        try {
            return search.run(request.targets().iterator(), request.selection(), request.radius(), outcome -> {
                recorder.record(outcome, selectionKey);
                listener.onTarget(outcome);
            });
        } finally {
            recorder.finish();
        }
    }

    private SearchReport offline(SearchRequest request, SearchListener listener) {
        long t0 = System.nanoTime();
        List<String> inputs = request.targets();
        if (inputs.isEmpty() && !request.selection().criteria().isEmpty()) {
            // a criteria search without targets was recorded under its criteria, as the online search names it
            inputs = List.of(request.selection().criteria().describe());
        }
        List<String> keys = inputs.stream().map(CatalogKeys::target).toList();
        OfflineAnswer answer = catalog.get().offline(keys.stream().distinct().toList(), request.selectionKey());
        SearchTally tally = new SearchTally();
        for (int n = 0; n < keys.size(); n++) {
            int i = n;
            String input = inputs.get(i);
            String key = keys.get(i);
            TargetOutcome outcome = answer.known().stream().filter(k -> k.target().equals(key)).findFirst()
                    .map(k -> TargetOutcome.found(i, input, ProductRecords.foundProducts(input, k.search())))
                    .orElseGet(() -> TargetOutcome.failed(i, input, offlineReason(answer.unknown().stream()
                            .filter(k -> k.target().equals(key)).findFirst().orElseThrow())));
            tally.count(outcome);
            try {
                listener.onTarget(outcome);
            } catch (RuntimeException e) {
                LOG.warn("search listener threw for {}; ignored", input, e);
            }
        }
        return tally.report(keys.size(), Duration.ofNanos(System.nanoTime() - t0), List.of());
    }

    /** Records outcomes on one background thread, in order; stops recording after the first catalog failure. */
    private final class Recorder {
        private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "radio-search-recorder");
            t.setDaemon(true);
            return t;
        });
        private volatile boolean broken;

        /** Outcomes waiting to be written: the writer takes all of them in one transaction. */
        private final ConcurrentLinkedQueue<Pending> pending = new ConcurrentLinkedQueue<>();

        private record Pending(TargetOutcome outcome, String selectionKey, Instant at) {
        }

        void record(TargetOutcome outcome, String selectionKey) {
            pending.add(new Pending(outcome, selectionKey, Instant.now()));
            // a search outruns one transaction per target by far (thousands of targets a second), so each run
            // writes whatever has queued up meanwhile; runs that find the queue empty return at once
            thread.execute(this::writeQueued);
        }

        private void writeQueued() {
            List<Pending> batch = new ArrayList<>();
            for (Pending p; (p = pending.poll()) != null; ) {
                batch.add(p);
            }
            if (batch.isEmpty() || broken) {
                return;
            }
            List<ResolvedTarget> resolutions = new ArrayList<>();
            List<SearchRecord> searches = new ArrayList<>();
            for (Pending p : batch) {
                String key = CatalogKeys.target(p.outcome().target());
                p.outcome().resolution().ifPresent(r -> resolutions.add(ProductRecords.resolvedTarget(key, r, p.at())));
                if (!p.outcome().failed()) {
                    searches.add(ProductRecords.searchRecord(key, p.selectionKey(), p.at(), p.outcome().products()));
                }
            }
            try {
                catalog.get().recordSearches(resolutions, searches);
            } catch (CatalogException e) {
                broken = true;
                LOG.warn("{}; search results are not being recorded, so --offline will not know them", e.getMessage());
            } catch (RuntimeException e) {
                LOG.warn("cannot record the search for {} target(s) ({} ...): {}", batch.size(),
                        batch.get(0).outcome().target(), e.toString());
            }
        }

        void finish() throws InterruptedException {
            thread.shutdown();
            if (!thread.awaitTermination(60, TimeUnit.SECONDS)) {
                LOG.warn("recording search results in the catalog is taking more than a minute; leaving it");
            }
        }
    }

    /** Why the catalog cannot answer for a target, and what to do about it. */
    static String offlineReason(OfflineAnswer.UnknownTarget u) {
        return switch (u.reason()) {
            case NEVER_SEEN -> "offline: not in the catalog (never searched while online); search for it once online";
            case RESOLVED_ONLY -> "offline: resolved once but never searched; search for it once online";
            case OTHER_SELECTION -> "offline: searched only with other criteria (" + String.join(" | ", u.selections())
                    + "); search with these criteria once online";
        };
    }
}
