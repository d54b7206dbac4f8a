package radio.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import radio.archive.exoplanets.ExoplanetArchiveClient;
import radio.archive.mast.CaomFilter;
import radio.archive.mast.CloudPath;
import radio.archive.mast.DataProduct;
import radio.archive.mast.MastClient;
import radio.archive.mast.Observation;
import radio.archive.mast.ResolvedName;
import radio.archive.mast.SantaResolver;

/**
 * Finds each target's data products on MAST and their S3 keys — many targets at once, batched.
 *
 * <p>Per target the chain is: identify (mission ids directly; {@code K2-N}/{@code Kepler-N}/{@code TOI-N}
 * through the Exoplanet Archive's name tables, one TAP query per table for the whole run; anything else, or
 * everything when a radius is given, through the name resolver) → observations (exact {@code target_name}
 * via {@code Mast.Caom.Filtered}, or positional via {@code Mast.Caom.Filtered.Position}/{@code Cone}) →
 * selection → products ({@code Mast.Caom.Products}) → selection → S3 keys ({@code path_lookup}). Each step
 * is a {@link MicroBatcher}: targets reaching a step at about the same time share one request (up to 30 names
 * per SANTA call, {@link SearchSettings#batchSize()} target names per Filtered call, 500 obsids per Products
 * call, 40 URIs per path_lookup), and different batches and steps run concurrently. A batch is sent as soon as
 * no target still in progress can reach its step, or after {@link SearchSettings#linger()} at the latest.
 * Positional queries cannot be batched (one position per request) and run concurrently instead.
 *
 * <p>Results stream: each target's {@link TargetOutcome} goes to the {@link SearchListener} as soon as that
 * target is done. At most {@link SearchSettings#targetsInFlight()} targets are in progress at once, so memory
 * stays flat for long lists. A target that cannot be resolved or whose requests fail is reported as failed;
 * the others go on.
 *
 * <p>Thread-safe; runs may overlap. Each run owns its threads and stops them before returning.
 */
public final class ProductSearch {
    private static final Logger LOG = LoggerFactory.getLogger(ProductSearch.class);

    /** Radius for a resolved name when none is given: lightkurve's 0.0001″, i.e. "the footprint contains it". */
    public static final Angle DEFAULT_POSITION_RADIUS = Angle.ofArcseconds(0.0001);
    /** Target names per {@code Mast.Caom.Filtered} call, however large the batch size. */
    public static final int MAX_TARGET_NAMES_PER_FILTERED = 100;

    private final MastClient mast;
    private final SantaResolver santa;
    private final ExoplanetArchiveClient archive;
    private final SearchSettings settings;

    public ProductSearch(MastClient mast, SantaResolver santa, ExoplanetArchiveClient archive, SearchSettings settings) {
        this.mast = Objects.requireNonNull(mast, "mast");
        this.santa = Objects.requireNonNull(santa, "santa");
        this.archive = Objects.requireNonNull(archive, "archive");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public SearchSettings settings() {
        return settings;
    }

    /**
     * Searches every target, handing each outcome to {@code listener} as it completes, and returns when all
     * are done. {@code targets} is read lazily, one target ahead of the work in flight.
     *
     * @param radius when present, every target is resolved to a position and searched with this radius
     *               (spacekit's behaviour; 0 = footprint match); when absent, mission designations and
     *               catalogue names are searched by exact MAST target name
     */
    public SearchReport run(Iterator<String> targets, Selection selection, Optional<Angle> radius,
                            SearchListener listener) throws InterruptedException {
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(radius, "radius");
        Objects.requireNonNull(listener, "listener");
        long t0 = System.nanoTime();
        try (Run run = new Run(selection, radius, listener)) {
            Semaphore slots = new Semaphore(settings.targetsInFlight());
            int index = 0;
            while (targets.hasNext()) {
                String input = targets.next();
                slots.acquire();
                int i = index++;
                run.process(i, input).whenComplete((outcome, err) -> {
                    try {
                        run.deliver(outcome != null ? outcome : TargetOutcome.failed(i, input, reason(err)));
                    } finally {
                        slots.release();
                    }
                });
            }
            run.inputDone();
            slots.acquire(settings.targetsInFlight());
            SearchReport report = run.report(index, Duration.ofNanos(System.nanoTime() - t0));
            LOG.info("searched {} targets in {} ms: {} with products ({} products), {} without, {} failed",
                    report.targets(), report.elapsed().toMillis(), report.matched(), report.products(),
                    report.empty(), report.failed());
            return report;
        }
    }

    /** Searches a list and returns the outcomes in input order (for small lists and tests). */
    public List<TargetOutcome> search(List<String> targets, Selection selection, Optional<Angle> radius)
            throws InterruptedException {
        List<TargetOutcome> out = new ArrayList<>();
        run(targets.iterator(), selection, radius, out::add);
        out.sort(Comparator.comparingInt(TargetOutcome::index));
        return out;
    }

    /** Where a target is: exact MAST target names, or a resolved position. */
    private record Located(Set<String> targetNames, Optional<ResolvedName> position, String via) {
        static Located named(Set<String> names, String via) {
            return new Located(names, Optional.empty(), via);
        }

        static Located at(ResolvedName position) {
            return new Located(Set.of(), Optional.of(position), position.resolver().orElse("SANTA"));
        }

        TargetResolution resolution() {
            return new TargetResolution(targetNames, position.map(ResolvedName::position), via);
        }
    }

    /** A reason to give the user for one target; thrown inside the chain. */
    private static final class TargetFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TargetFailure(String message) {
            super(message, null, false, false);
        }
    }

    private record Owned(Observation observation, DataProduct product) {
    }

    /** The batched steps, in the order a target may reach them. */
    private enum Step { RESOLVE, OBSERVATIONS, PRODUCTS, PATHS }

    /** The state of one run: threads, batchers, name tables, counters. */
    private final class Run implements AutoCloseable {
        private final Selection selection;
        private final Optional<Angle> radius;
        private final SearchListener listener;
        private final ExecutorService workers;
        private final ScheduledExecutorService timer;
        private final HostCatalogs catalogs;
        private final MicroBatcher<String, NameResolution.Result> resolver;
        private final MicroBatcher<Set<String>, List<Observation>> byName;
        private final MicroBatcher<List<Long>, Map<Long, List<DataProduct>>> products;
        private final MicroBatcher<List<String>, Map<String, CloudPath>> paths;
        private final Object deliveryLock = new Object();
        /** Per step: targets in progress that may still reach it. */
        private final Map<Step, AtomicInteger> upstream = new EnumMap<>(Step.class);
        private final Map<Step, MicroBatcher<?, ?>> batchers = new EnumMap<>(Step.class);
        /** More targets may still be read from the input. */
        private volatile boolean feeding = true;
        private int matched;
        private int empty;
        private int failed;
        private int productCount;

        Run(Selection selection, Optional<Angle> radius, SearchListener listener) {
            this.selection = selection;
            this.radius = radius;
            this.listener = listener;
            ThreadPoolExecutor pool = new ThreadPoolExecutor(settings.workers(), settings.workers(), 0, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), daemonThreads("radio-search"));
            ScheduledThreadPoolExecutor lingerTimer = new ScheduledThreadPoolExecutor(1, daemonThreads("radio-search-linger"));
            // started now rather than by the first batch, so a burst of targets is not split by thread start-up
            pool.prestartAllCoreThreads();
            lingerTimer.prestartAllCoreThreads();
            this.workers = pool;
            this.timer = lingerTimer;
            this.catalogs = new HostCatalogs(archive, workers);
            NameResolution names = new NameResolution(santa, mast);
            int batch = settings.batchSize();
            Duration linger = settings.linger();
            for (Step step : Step.values()) {
                upstream.put(step, new AtomicInteger());
            }
            this.resolver = new MicroBatcher<>("resolve", Math.min(batch, SantaResolver.MAX_NAMES_PER_CALL),
                    SantaResolver.MAX_NAMES_PER_CALL, n -> 1, linger, () -> moreMayCome(Step.RESOLVE), timer, workers,
                    names::resolve);
            this.byName = new MicroBatcher<>("observations", batch, MAX_TARGET_NAMES_PER_FILTERED, Set::size,
                    linger, () -> moreMayCome(Step.OBSERVATIONS), timer, workers, this::observationsByName);
            this.products = new MicroBatcher<>("products", batch, MastClient.MAX_OBSIDS_PER_CALL, List::size,
                    linger, () -> moreMayCome(Step.PRODUCTS), timer, workers, this::productsByObsid);
            this.paths = new MicroBatcher<>("path_lookup", batch, MastClient.MAX_URIS_PER_PATH_LOOKUP, List::size,
                    linger, () -> moreMayCome(Step.PATHS), timer, workers, this::cloudPaths);
            batchers.put(Step.RESOLVE, resolver);
            batchers.put(Step.OBSERVATIONS, byName);
            batchers.put(Step.PRODUCTS, products);
            batchers.put(Step.PATHS, paths);
        }

        private boolean moreMayCome(Step step) {
            return feeding || upstream.get(step).get() > 0;
        }

        /** The input is exhausted: batches waiting only for more input can go. */
        void inputDone() {
            feeding = false;
            batchers.values().forEach(MicroBatcher::flushIfIdle);
        }

        /**
         * Where one target is in the chain. Passing a step means the target will never submit to it (or to an
         * earlier one) again; when the last target that might has passed, that step's waiting batch can go.
         */
        private final class Progress {
            private int next;

            Progress() {
                upstream.values().forEach(AtomicInteger::incrementAndGet);
            }

            /**
             * Passes every step up to {@code last}. When the target is about to submit to {@code last}, the
             * submission itself decides whether that batch can go, so it is not flushed here.
             */
            synchronized void passThrough(Step last, boolean submitting) {
                for (; next <= last.ordinal(); next++) {
                    Step step = Step.values()[next];
                    if (upstream.get(step).decrementAndGet() == 0 && !(step == last && submitting)) {
                        batchers.get(step).flushIfIdle();
                    }
                }
            }

            void finish() {
                passThrough(Step.PATHS, false);
            }
        }

        CompletableFuture<TargetOutcome> process(int index, String input) {
            Progress progress = new Progress();
            try {
                ParsedTarget target = ParsedTarget.parse(input);
                AtomicReference<Located> located = new AtomicReference<>();
                return locate(target, progress)
                        .thenCompose(where -> {
                            located.set(where);
                            return observations(where, progress);
                        })
                        .thenApply(obs -> obs.stream().filter(selection::matches).toList())
                        .thenCompose(obs -> productsOf(obs, progress))
                        .thenCompose(owned -> withKeys(target.input(), owned, progress))
                        .handle((found, err) -> {
                            progress.finish();
                            Optional<TargetResolution> how = Optional.ofNullable(located.get()).map(Located::resolution);
                            return (err == null ? TargetOutcome.found(index, target.input(), found)
                                    : TargetOutcome.failed(index, target.input(), reason(err))).withResolution(how);
                        });
            } catch (RuntimeException e) {
                progress.finish();
                return CompletableFuture.completedFuture(TargetOutcome.failed(index, input, reason(e)));
            }
        }

        private CompletableFuture<Located> locate(ParsedTarget t, Progress progress) {
            if (radius.isPresent()) {
                return resolve(t.input(), "", progress);
            }
            return switch (t.kind()) {
                case MAST_TARGET -> CompletableFuture.completedFuture(Located.named(Set.of(t.value()), "designation"));
                case NAME -> resolve(t.input(), "", progress);
                case K2_HOST, KEPLER_HOST, TOI_HOST -> {
                    String table = HostCatalogs.tableName(t.kind());
                    yield catalogs.lookup(t.kind(), t.value()).handle((names, err) -> {
                        if (err != null) {
                            LOG.debug("{} unavailable ({}); resolving {} by name", table, reason(err), t.input());
                            return resolve(t.input(), "the Exoplanet Archive's " + table + " could not be read ("
                                    + reason(err) + "), and ", progress);
                        }
                        if (names.isPresent()) {
                            LOG.debug("{} → {} via {}", t.input(), names.get(), table);
                            return CompletableFuture.completedFuture(Located.named(names.get(), table));
                        }
                        return resolve(t.input(), t.input() + " is not in the Exoplanet Archive's " + table + ", and ",
                                progress);
                    }).thenCompose(f -> f);
                }
            };
        }

        private CompletableFuture<Located> resolve(String name, String context, Progress progress) {
            progress.passThrough(Step.RESOLVE, true);
            CompletableFuture<NameResolution.Result> resolved = resolver.submit(name);
            // a resolved name is searched by position, never by exact target name: the batch of exact names
            // need not wait for this one
            progress.passThrough(Step.OBSERVATIONS, false);
            return resolved.thenApply(r -> {
                if (r.position().isEmpty()) {
                    throw new TargetFailure("could not resolve '" + name + "': " + context + r.failure());
                }
                return Located.at(r.position().get());
            });
        }

        private CompletableFuture<List<Observation>> observations(Located where, Progress progress) {
            if (where.position().isEmpty()) {
                progress.passThrough(Step.OBSERVATIONS, true);
                return byName.submit(where.targetNames());
            }
            progress.passThrough(Step.OBSERVATIONS, false);
            ResolvedName at = where.position().get();
            double r = radius.orElse(DEFAULT_POSITION_RADIUS).degrees();
            List<CaomFilter> filters = selection.serverFilters();
            return CompletableFuture.supplyAsync(() -> {
                try {
                    return filters.isEmpty() ? mast.cone(at.position(), r)
                            : mast.filteredPosition(at.position(), r, filters);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CompletionException(e);
                } catch (Exception e) {
                    throw new CompletionException(e);
                }
            }, workers);
        }

        private List<List<Observation>> observationsByName(List<Set<String>> batch) throws Exception {
            Set<String> all = new LinkedHashSet<>();
            batch.forEach(all::addAll);
            List<CaomFilter> filters = new ArrayList<>();
            filters.add(CaomFilter.anyOf("target_name", all));
            filters.addAll(selection.serverFilters());
            Map<String, List<Observation>> byTarget = new LinkedHashMap<>();
            for (Observation o : mast.filtered(filters)) {
                byTarget.computeIfAbsent(o.targetName().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(o);
            }
            List<List<Observation>> out = new ArrayList<>(batch.size());
            for (Set<String> names : batch) {
                List<Observation> mine = new ArrayList<>();
                for (String n : names) {
                    mine.addAll(byTarget.getOrDefault(n.toLowerCase(Locale.ROOT), List.of()));
                }
                out.add(mine);
            }
            return out;
        }

        private CompletableFuture<List<Owned>> productsOf(List<Observation> observations, Progress progress) {
            if (observations.isEmpty()) {
                progress.passThrough(Step.PRODUCTS, false);
                return CompletableFuture.completedFuture(List.of());
            }
            progress.passThrough(Step.PRODUCTS, true);
            List<Long> obsids = new ArrayList<>(new LinkedHashSet<>(observations.stream().map(Observation::obsid).toList()));
            return products.submit(obsids).thenApply(byObsid -> {
                Set<String> seen = new HashSet<>();
                Set<Long> done = new HashSet<>();
                List<Owned> owned = new ArrayList<>();
                for (Observation o : observations) {
                    if (!done.add(o.obsid())) {
                        continue;
                    }
                    for (DataProduct p : byObsid.getOrDefault(o.obsid(), List.of())) {
                        if (selection.matches(p) && seen.add(p.dataUri())) {
                            owned.add(new Owned(o, p));
                        }
                    }
                }
                return owned;
            });
        }

        private List<Map<Long, List<DataProduct>>> productsByObsid(List<List<Long>> batch) throws Exception {
            Map<Long, List<DataProduct>> all = mast.productsByObsid(union(batch));
            List<Map<Long, List<DataProduct>>> out = new ArrayList<>(batch.size());
            for (List<Long> ids : batch) {
                Map<Long, List<DataProduct>> mine = new LinkedHashMap<>();
                ids.forEach(id -> mine.put(id, all.getOrDefault(id, List.of())));
                out.add(mine);
            }
            return out;
        }

        private CompletableFuture<List<FoundProduct>> withKeys(String target, List<Owned> owned, Progress progress) {
            if (owned.isEmpty()) {
                progress.passThrough(Step.PATHS, false);
                return CompletableFuture.completedFuture(List.of());
            }
            progress.passThrough(Step.PATHS, true);
            List<String> uris = owned.stream().map(o -> o.product().dataUri()).toList();
            return paths.submit(uris).thenApply(keys -> owned.stream()
                    .map(o -> new FoundProduct(target, o.observation(), o.product(),
                            Optional.ofNullable(keys.get(o.product().dataUri())).flatMap(CloudPath::s3Key)))
                    .toList());
        }

        private List<Map<String, CloudPath>> cloudPaths(List<List<String>> batch) throws Exception {
            Map<String, CloudPath> all = mast.pathLookup(union(batch));
            List<Map<String, CloudPath>> out = new ArrayList<>(batch.size());
            for (List<String> uris : batch) {
                Map<String, CloudPath> mine = new LinkedHashMap<>();
                uris.forEach(u -> mine.put(u, all.get(u)));
                out.add(mine);
            }
            return out;
        }

        void deliver(TargetOutcome outcome) {
            synchronized (deliveryLock) {
                if (outcome.failed()) {
                    failed++;
                } else if (outcome.products().isEmpty()) {
                    empty++;
                } else {
                    matched++;
                    productCount += outcome.products().size();
                }
                try {
                    listener.onTarget(outcome);
                } catch (RuntimeException e) {
                    LOG.warn("search listener threw for {}; ignored", outcome.target(), e);
                }
            }
        }

        SearchReport report(int targets, Duration elapsed) {
            synchronized (deliveryLock) {
                return new SearchReport(targets, matched, empty, failed, productCount, elapsed);
            }
        }

        @Override
        public void close() {
            timer.shutdownNow();
            workers.shutdownNow();
        }
    }

    private static <T> List<T> union(Collection<? extends Collection<T>> parts) {
        Set<T> all = new LinkedHashSet<>();
        parts.forEach(all::addAll);
        return new ArrayList<>(all);
    }

    /** The user-facing reason inside a failed chain: the real cause, not the executor's wrapper. */
    static String reason(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        String m = c.getMessage();
        return m == null || m.isBlank() ? c.getClass().getSimpleName() : m;
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
