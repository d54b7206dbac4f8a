package radio.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
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
import java.util.TreeMap;
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
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import radio.archive.exoplanets.ExoplanetArchiveClient;
import radio.archive.mast.CaomFilter;
import radio.archive.mast.CloudPath;
import radio.archive.mast.DataProduct;
import radio.archive.mast.MastClient;
import radio.archive.mast.Observation;
import radio.archive.mast.ResolvedName;
import radio.archive.mast.S3KeyRule;
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
 * <p>S3 keys: a mission-pipeline product (K2, Kepler, TESS SPOC) gets its key by rule ({@link S3KeyRule}) without a
 * {@code path_lookup} call. The first such product of each mission in a run is also looked up (one call, while
 * the rest of the search goes on — usually the product an observation names in {@code dataURL}, so the answer
 * comes while the products are being listed); if MAST's answer differs from the rule, the run uses
 * {@code path_lookup} for that mission from then on and reports the difference once
 * ({@link SearchReport#warnings()}, and a warning in the log). {@link SearchSettings#verifyKeys()} looks up every
 * key.
 *
 * <p>With {@link Selection#criteria() criteria} (proposal ids, observation ids, filters) and no targets, the
 * search is one {@code Mast.Caom.Filtered} query with those criteria; its products are listed under each
 * observation's {@code target_name}.
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
     * <p>With no targets at all and {@link Selection#criteria() criteria} in the selection, the criteria are
     * searched alone: one outcome, named after the criteria, whose products carry their observations' target names.
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
                deliverWhenDone(run, slots, i, input, run.process(i, input));
            }
            if (index == 0 && !selection.criteria().isEmpty()) {
                String label = selection.criteria().describe();
                slots.acquire();
                deliverWhenDone(run, slots, index++, label, run.criteriaOnly(label));
            }
            run.inputDone();
            slots.acquire(settings.targetsInFlight());
            SearchReport report = run.report(index, Duration.ofNanos(System.nanoTime() - t0));
            LOG.debug("searched {} targets in {} ms: {} with products ({} products), {} without, {} failed; "
                    + "S3 keys: {} by rule, {} looked up", report.targets(), report.elapsed().toMillis(),
                    report.matched(), report.products(), report.empty(), report.failed(), run.keysByRule.get(),
                    run.keysLookedUp.get());
            return report;
        }
    }

    private static void deliverWhenDone(Run run, Semaphore slots, int index, String target,
                                        CompletableFuture<TargetOutcome> outcome) {
        outcome.whenComplete((o, err) -> {
            try {
                run.deliver(o != null ? o : TargetOutcome.failed(index, target, reason(err)));
            } finally {
                slots.release();
            }
        });
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
    /** How a target given as a mission designation (TIC, EPIC, KIC) is identified: by itself. */
    private static final String DESIGNATION = "designation";

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

        /** How MAST was asked, for messages: the target names or the position. */
        String describe() {
            return position.map(p -> "the position of '" + p.searchString() + "' (" + p.position().ra() + ", "
                    + p.position().dec() + ")").orElseGet(() -> String.join(", ", targetNames));
        }
    }

    /** A name no resolver knows, with the reason to give the user; thrown inside the chain. */
    private static final class UnresolvedName extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnresolvedName(String message) {
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
        private final KeyRules keyRules = new KeyRules();
        private final AtomicInteger keysByRule = new AtomicInteger();
        private final AtomicInteger keysLookedUp = new AtomicInteger();
        /** Per step: targets in progress that may still reach it. */
        private final Map<Step, AtomicInteger> upstream = new EnumMap<>(Step.class);
        private final Map<Step, MicroBatcher<?, ?>> batchers = new EnumMap<>(Step.class);
        /** More targets may still be read from the input. */
        private volatile boolean feeding = true;
        private final SearchTally tally = new SearchTally();

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
                Tally tally = new Tally();
                return locate(target, progress)
                        .thenCompose(where -> {
                            tally.located = where;
                            tally.where = where.describe();
                            return observations(where, progress);
                        })
                        .thenApply(tally::keepMatching)
                        .thenApply(keyRules::confirmEarly)
                        .thenCompose(obs -> productsOf(obs, progress, tally))
                        .thenCompose(owned -> withKeys(owned, o -> target.input(), progress))
                        .handle((found, err) -> {
                            progress.finish();
                            Optional<TargetResolution> how = Optional.ofNullable(tally.located)
                                    .map(Located::resolution);
                            if (err != null) {
                                return (unwrap(err) instanceof UnresolvedName
                                        ? TargetOutcome.unresolved(index, target.input(), reason(err))
                                        : TargetOutcome.failed(index, target.input(), reason(err))).withResolution(how);
                            }
                            if (found.isEmpty() && tally.unknownDesignation()) {
                                return TargetOutcome.unresolved(index, target.input(), "no such target at MAST: "
                                        + tally.explain()).withResolution(how);
                            }
                            return (found.isEmpty() ? TargetOutcome.empty(index, target.input(), tally.explain())
                                    : TargetOutcome.found(index, target.input(), found)).withResolution(how);
                        });
            } catch (RuntimeException e) {
                progress.finish();
                return CompletableFuture.completedFuture(TargetOutcome.failed(index, input, reason(e)));
            }
        }

        /** The search without targets: one criteria query; products carry their observation's target name. */
        CompletableFuture<TargetOutcome> criteriaOnly(String label) {
            Progress progress = new Progress();
            progress.passThrough(Step.OBSERVATIONS, false);
            Tally tally = new Tally();
            tally.where = label;
            List<CaomFilter> filters = selection.serverFilters();
            return CompletableFuture.supplyAsync(() -> call(() -> mast.filtered(filters)), workers)
                    .thenApply(tally::keepMatching)
                    .thenApply(keyRules::confirmEarly)
                    .thenCompose(obs -> productsOf(obs, progress, tally))
                    .thenCompose(owned -> withKeys(owned, o -> o.observation().targetName(), progress))
                    .handle((found, err) -> {
                        progress.finish();
                        if (err != null) {
                            return TargetOutcome.failed(0, label, reason(err));
                        }
                        return found.isEmpty() ? TargetOutcome.empty(0, label, tally.explain())
                                : TargetOutcome.found(0, label, found);
                    });
        }

        private CompletableFuture<Located> locate(ParsedTarget t, Progress progress) {
            if (radius.isPresent()) {
                return resolve(t.input(), "", progress);
            }
            return switch (t.kind()) {
                case MAST_TARGET -> CompletableFuture.completedFuture(Located.named(Set.of(t.value()), DESIGNATION));
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
                    throw new UnresolvedName("could not resolve '" + name + "': " + context + r.failure());
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
            return CompletableFuture.supplyAsync(() -> call(() -> filters.isEmpty() ? mast.cone(at.position(), r)
                    : mast.filteredPosition(at.position(), r, filters)), workers);
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

        private CompletableFuture<List<Owned>> productsOf(List<Observation> observations, Progress progress,
                                                          Tally tally) {
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
                        if (!seen.add(p.dataUri())) {
                            continue;
                        }
                        tally.listed(p);
                        if (selection.matches(o, p)) {
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

        /**
         * The products with their S3 keys: by rule where one applies and is trusted, otherwise (and for every
         * product when keys are verified) through the batched {@code path_lookup}. A rule not yet confirmed in
         * this run is confirmed first (see {@link KeyRules}); the target waits for that answer before it looks up
         * anything, so it reaches the {@code path_lookup} step at most once.
         */
        private CompletableFuture<List<FoundProduct>> withKeys(List<Owned> owned, Function<Owned, String> label,
                                                               Progress progress) {
            if (owned.isEmpty()) {
                progress.passThrough(Step.PATHS, false);
                return CompletableFuture.completedFuture(List.of());
            }
            List<String> uris = owned.stream().map(o -> o.product().dataUri()).toList();
            return keyRules.settle(uris).thenCompose(ruled -> {
                List<String> lookup = uris.stream().filter(u -> !ruled.containsKey(u)).toList();
                keysByRule.addAndGet(ruled.size());
                CompletableFuture<Map<String, CloudPath>> looked;
                if (lookup.isEmpty()) {
                    progress.passThrough(Step.PATHS, false);
                    looked = CompletableFuture.completedFuture(Map.of());
                } else {
                    progress.passThrough(Step.PATHS, true);
                    keysLookedUp.addAndGet(lookup.size());
                    looked = paths.submit(lookup);
                }
                return looked.thenApply(found -> owned.stream().map(o -> {
                    String uri = o.product().dataUri();
                    Optional<String> key = ruled.containsKey(uri) ? Optional.of(ruled.get(uri))
                            : Optional.ofNullable(found.get(uri)).flatMap(CloudPath::s3Key);
                    return new FoundProduct(label.apply(o), o.observation(), o.product(), key);
                }).toList());
            });
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

        /**
         * The S3 key rules as one run trusts them. A rule is confirmed by looking up the first product it keys (one
         * {@code path_lookup} call on its own, concurrent with the rest of the search) — usually the
         * representative product an observation names ({@code dataURL}), so the answer arrives while
         * {@code Mast.Caom.Products} is still listing the products themselves; agreement makes the rule
         * trusted for the run, disagreement makes {@code path_lookup} the source for that mission and is reported
         * once. An inconclusive answer (not in the cloud, or the call failed) leaves the rule unconfirmed for the next
         * product, up to {@value #CONFIRMATION_ATTEMPTS} attempts, after which {@code path_lookup} is used.
         * Thread-safe.
         */
        private final class KeyRules {
            private static final int CONFIRMATION_ATTEMPTS = 3;
            private final Map<S3KeyRule, Boolean> trusted = new EnumMap<>(S3KeyRule.class);
            private final Map<S3KeyRule, CompletableFuture<Void>> confirming = new EnumMap<>(S3KeyRule.class);
            private final Map<S3KeyRule, Integer> attempts = new EnumMap<>(S3KeyRule.class);
            private final List<String> warnings = new ArrayList<>();

            /**
             * Starts confirming the rules of these observations' representative products ({@code dataURL}) that
             * have not been tried yet, so that confirmation overlaps the products query instead of following it.
             * A URI without a rule (Kepler's {@code .tar} bundles, HLSPs) starts nothing. Returns its argument.
             */
            List<Observation> confirmEarly(List<Observation> observations) {
                if (settings.verifyKeys()) {
                    return observations;
                }
                synchronized (this) {
                    for (Observation o : observations) {
                        if (attempts.size() == S3KeyRule.values().length) {
                            break; // every rule tried: nothing left to start early
                        }
                        o.dataUrl().ifPresent(uri -> S3KeyRule.forUri(uri)
                                .filter(rule -> !attempts.containsKey(rule))
                                .ifPresent(rule -> startConfirming(rule, uri)));
                    }
                }
                return observations;
            }

            /**
             * The keys of those URIs that a trusted rule gives, once every rule they need has been settled (or has
             * been tried for now); the others are for {@code path_lookup}. Empty when keys are verified.
             */
            CompletableFuture<Map<String, String>> settle(List<String> uris) {
                if (settings.verifyKeys()) {
                    return CompletableFuture.completedFuture(Map.of());
                }
                List<CompletableFuture<Void>> waits = new ArrayList<>();
                synchronized (this) {
                    for (String uri : uris) {
                        Optional<S3KeyRule> rule = S3KeyRule.forUri(uri);
                        if (rule.isEmpty() || trusted.containsKey(rule.get())) {
                            continue;
                        }
                        CompletableFuture<Void> c = confirming.get(rule.get());
                        if (c == null) {
                            if (attempts.getOrDefault(rule.get(), 0) >= CONFIRMATION_ATTEMPTS) {
                                LOG.debug("could not confirm the S3 key rule for {} in {} attempts; using path_lookup",
                                        rule.get().mission(), CONFIRMATION_ATTEMPTS);
                                trusted.put(rule.get(), false);
                                continue;
                            }
                            c = startConfirming(rule.get(), uri);
                        }
                        if (!waits.contains(c)) {
                            waits.add(c);
                        }
                    }
                }
                return CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).thenApply(v -> {
                    Map<String, String> out = new HashMap<>();
                    synchronized (this) {
                        for (String uri : uris) {
                            S3KeyRule.forUri(uri).filter(r -> trusted.getOrDefault(r, false))
                                    .ifPresent(r -> out.put(uri, r.key(uri).orElseThrow()));
                        }
                    }
                    return out;
                });
            }

            /** Caller holds the lock. */
            private CompletableFuture<Void> startConfirming(S3KeyRule rule, String uri) {
                attempts.merge(rule, 1, Integer::sum);
                CompletableFuture<Void> c = confirm(rule, uri);
                confirming.put(rule, c);
                return c;
            }

            private CompletableFuture<Void> confirm(S3KeyRule rule, String uri) {
                String ruled = rule.key(uri).orElseThrow();
                return CompletableFuture.runAsync(() -> {
                    Optional<String> answer = Optional.empty();
                    try {
                        CloudPath path = mast.pathLookup(List.of(uri)).get(uri);
                        answer = path == null ? Optional.empty() : path.s3Key();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (Exception e) {
                        LOG.debug("path_lookup to confirm the {} key rule failed: {}", rule.mission(), e.getMessage());
                    }
                    synchronized (this) {
                        confirming.remove(rule);
                        if (answer.isEmpty()) {
                            LOG.debug("path_lookup has no key for {}: the {} key rule stays unconfirmed", uri,
                                    rule.mission());
                        } else if (answer.get().equals(ruled)) {
                            LOG.debug("S3 key rule for {} confirmed by path_lookup on {}", rule.mission(), uri);
                            trusted.put(rule, true);
                        } else {
                            trusted.put(rule, false);
                            String w = "the S3 key rule for " + rule.mission() + " gives " + ruled + " for " + uri
                                    + " but path_lookup answers " + answer.get() + "; keys of " + rule.mission()
                                    + " products come from path_lookup for the rest of this search";
                            warnings.add(w);
                            LOG.warn(w);
                        }
                    }
                }, workers);
            }

            synchronized List<String> warnings() {
                return List.copyOf(warnings);
            }
        }

        /** What MAST had for one target, to say why nothing matched. Used by one target's chain, step after step. */
        private final class Tally {
            private static final Pattern K2_ENGINEERING = Pattern.compile("ktwo0600\\d{5}");
            private static final Set<String> PIXEL_CODES = Set.of("LPD-TARG", "SPD-TARG", "TP", "FAST-TP");
            String where = "";
            /** How the target was identified, once it is (set by the chain before anything reads it). */
            Located located;
            private int observations;
            private final Map<String, Integer> kinds = new TreeMap<>();
            private final List<Observation> kept = new ArrayList<>();
            private final Map<String, Integer> codes = new TreeMap<>();
            private int products;

            List<Observation> keepMatching(List<Observation> all) {
                observations = all.size();
                for (Observation o : all) {
                    kinds.merge(o.obsCollection() + o.exptimeSeconds().stream()
                            .mapToObj(t -> " " + ExposureRange.plain(t) + " s").findFirst().orElse(""), 1, Integer::sum);
                    if (selection.matches(o)) {
                        kept.add(o);
                    }
                }
                return List.copyOf(kept);
            }

            void listed(DataProduct p) {
                products++;
                codes.merge(p.subGroup().map(c -> c.toUpperCase(Locale.ROOT)).orElse("no code"), 1, Integer::sum);
            }

            /**
             * A mission designation (TIC, EPIC, KIC) that MAST has no observation of at all, asked without
             * server-side criteria: the target does not exist there, as an unresolvable name does not.
             */
            boolean unknownDesignation() {
                return observations == 0 && located != null && located.via().equals(DESIGNATION)
                        && selection.serverFilters().isEmpty();
            }

            String explain() {
                if (observations == 0) {
                    List<CaomFilter> server = selection.serverFilters();
                    return "MAST lists no observation of " + where + (server.isEmpty() ? ""
                            : " matching " + server.stream().map(CaomFilter::toString).collect(Collectors.joining(", ")));
                }
                if (kept.isEmpty()) {
                    return "none of its " + count(observations, "observation") + " (" + counts(kinds)
                            + ") matches the selection";
                }
                String which = kept.size() <= 3 ? kept.stream().map(Observation::obsId).collect(Collectors.joining(", "))
                        : kept.get(0).obsId() + " and " + (kept.size() - 1) + " more";
                String its = "its " + (kept.size() == 1 ? "observation " : kept.size() + " matching observations (")
                        + which + (kept.size() == 1 ? "" : ")");
                StringBuilder why = new StringBuilder(its).append(" list").append(kept.size() == 1 ? "s " : " ");
                if (products == 0) {
                    why.append("no products");
                } else {
                    why.append(count(products, "product")).append(" (").append(counts(codes))
                            .append("), none matching the product selection");
                    if (PIXEL_CODES.containsAll(codes.keySet())) {
                        why.append(": target pixel files only, no light curve");
                    }
                }
                if (kept.stream().anyMatch(o -> K2_ENGINEERING.matcher(o.targetName()).matches())) {
                    why.append("; EPIC 600xxxxx are K2 engineering-test targets (February 2014), for which MAST "
                            + "has target pixel files only");
                } else if (kept.stream().anyMatch(o -> o.obsCollection().equalsIgnoreCase("K2")
                        && o.sequenceNumber().orElse(-1) == 9)) {
                    why.append("; K2 campaign 9 has no pipeline light curves at MAST (the K2SFF HLSP has some)");
                }
                return why.toString();
            }

            private static String count(int n, String noun) {
                return n + " " + noun + (n == 1 ? "" : "s");
            }

            private static String counts(Map<String, Integer> byKind) {
                return byKind.entrySet().stream().map(e -> e.getKey() + (e.getValue() == 1 ? "" : " ×" + e.getValue()))
                        .collect(Collectors.joining(", "));
            }
        }

        void deliver(TargetOutcome outcome) {
            synchronized (deliveryLock) {
                tally.count(outcome);
                try {
                    listener.onTarget(outcome);
                } catch (RuntimeException e) {
                    LOG.warn("search listener threw for {}; ignored", outcome.target(), e);
                }
            }
        }

        SearchReport report(int targets, Duration elapsed) {
            synchronized (deliveryLock) {
                return tally.report(targets, elapsed, keyRules.warnings());
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

    /** A blocking archive call for {@code supplyAsync}: failures become the future's failure. */
    @FunctionalInterface
    private interface ArchiveCall<T> {
        T call() throws Exception;
    }

    private static <T> T call(ArchiveCall<T> c) {
        try {
            return c.call();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }

    /** The user-facing reason inside a failed chain: the real cause, not the executor's wrapper. */
    static String reason(Throwable t) {
        Throwable c = unwrap(t);
        String m = c.getMessage();
        return m == null || m.isBlank() ? c.getClass().getSimpleName() : m;
    }

    private static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
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
