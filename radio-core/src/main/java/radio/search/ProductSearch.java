package radio.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import radio.archive.exoplanets.ExoplanetArchiveClient;
import radio.archive.mast.MastClient;
import radio.archive.mast.Observation;
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
 * <p>The chain is made of steps, each a class of its own: {@link NameResolutionStep}, {@link ObservationStep},
 * {@link ProductStep}, {@link CloudKeyStep}, with the selection applied (and what it dropped remembered, to explain
 * an empty result) by {@link Explanation}; a {@link Pipeline} per run holds the batchers and tells each when no more
 * targets can reach it.
 *
 * <p>Thread-safe; runs may overlap. Runs take their threads from the {@link SearchExecutors} given (a share of at most
 * {@link SearchSettings#workers()} at once each), and stop their own tasks before returning; the executors stay
 * open, for whoever created them to close.
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
    private final SearchExecutors executors;

    /** @param executors the threads runs take their share of; not closed here */
    public ProductSearch(MastClient mast, SantaResolver santa, ExoplanetArchiveClient archive, SearchSettings settings,
                         SearchExecutors executors) {
        this.mast = Objects.requireNonNull(mast, "mast");
        this.santa = Objects.requireNonNull(santa, "santa");
        this.archive = Objects.requireNonNull(archive, "archive");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.executors = Objects.requireNonNull(executors, "executors");
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
     * <p>An interrupt stops the run: its requests are interrupted, its queued work dropped, and this throws
     * {@link InterruptedException}.
     *
     * @param radius when present, every target is resolved to a position and searched with this radius
     *               (spacekit's behaviour; 0 = footprint match); when absent, mission designations and
     *               catalogue names are searched by exact MAST target name
     * @throws IllegalStateException when the executors are closed; a {@link CancellationException} when they are
     *                               closed during the run
     */
    public SearchReport run(Iterator<String> targets, Selection selection, Optional<Angle> radius,
                            SearchListener listener) throws InterruptedException {
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(radius, "radius");
        Objects.requireNonNull(listener, "listener");
        long t0 = System.nanoTime();
        int inFlight = settings.targetsInFlight();
        Semaphore slots = new Semaphore(inFlight);
        Runnable wakeUp = () -> slots.release(inFlight); // the executors closed under the run: stop waiting
        try (Pipeline pipeline = new Pipeline(executors, settings, wakeUp)) {
            Chain run = new Chain(pipeline, selection, radius, listener);
            int index = 0;
            while (targets.hasNext()) {
                String input = targets.next();
                acquire(slots, 1, pipeline);
                int i = index++;
                deliverWhenDone(run, slots, i, input, run.process(i, input));
            }
            if (index == 0 && !selection.criteria().isEmpty()) {
                String label = selection.criteria().describe();
                acquire(slots, 1, pipeline);
                deliverWhenDone(run, slots, index++, label, run.criteriaOnly(label));
            }
            pipeline.inputDone();
            acquire(slots, inFlight, pipeline);
            SearchReport report = run.report(index, Duration.ofNanos(System.nanoTime() - t0));
            LOG.debug("searched {} targets in {} ms: {} with products ({} products), {} without, {} failed; "
                    + "S3 keys: {} by rule, {} looked up", report.targets(), report.elapsed().toMillis(),
                    report.matched(), report.products(), report.empty(), report.failed(), run.keys.keysByRule(),
                    run.keys.keysLookedUp());
            return report;
        }
    }

    private static void acquire(Semaphore slots, int n, Pipeline pipeline) throws InterruptedException {
        slots.acquire(n);
        if (pipeline.stopped()) {
            throw new CancellationException("the search threads were closed during the search");
        }
    }

    private static void deliverWhenDone(Chain run, Semaphore slots, int index, String target,
                                        CompletableFuture<TargetOutcome> outcome) {
        outcome.whenComplete((o, err) -> {
            try {
                run.deliver(o != null ? o : TargetOutcome.failed(index, target, Calls.reason(err)));
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

    /** One run's steps, chained for each target, and the delivery of its outcomes. */
    private final class Chain {
        private final Selection selection;
        private final SearchListener listener;
        private final NameResolutionStep names;
        private final ObservationStep observations;
        private final ProductStep products;
        private final CloudKeyStep keys;
        private final Pipeline pipeline;
        private final Object deliveryLock = new Object();
        private final SearchTally tally = new SearchTally();

        Chain(Pipeline pipeline, Selection selection, Optional<Angle> radius, SearchListener listener) {
            this.pipeline = pipeline;
            this.selection = selection;
            this.listener = listener;
            this.names = new NameResolutionStep(archive, santa, mast, radius.isPresent(), pipeline);
            this.observations = new ObservationStep(mast, selection, radius, pipeline);
            this.products = new ProductStep(mast, pipeline);
            this.keys = new CloudKeyStep(mast, settings.verifyKeys(), pipeline);
        }

        CompletableFuture<TargetOutcome> process(int index, String input) {
            Pipeline.Target progress = pipeline.enter();
            try {
                ParsedTarget target = ParsedTarget.parse(input);
                Explanation why = new Explanation(selection);
                return names.locate(target, progress)
                        .thenCompose(where -> {
                            why.located(where);
                            return observations.observations(where, progress);
                        })
                        .thenCompose(obs -> matchingProducts(obs, why, c -> target.input(), progress))
                        .handle((found, err) -> {
                            progress.finish();
                            Optional<TargetResolution> how = why.resolution();
                            if (err != null) {
                                return (Calls.unwrap(err) instanceof UnresolvedName
                                        ? TargetOutcome.unresolved(index, target.input(), Calls.reason(err))
                                        : TargetOutcome.failed(index, target.input(), Calls.reason(err)))
                                        .withResolution(how);
                            }
                            if (found.isEmpty() && why.unknownDesignation()) {
                                return TargetOutcome.unresolved(index, target.input(), "no such target at MAST: "
                                        + why.explain()).withResolution(how);
                            }
                            return (found.isEmpty() ? TargetOutcome.empty(index, target.input(), why.explain())
                                    : TargetOutcome.found(index, target.input(), found)).withResolution(how);
                        });
            } catch (RuntimeException e) {
                progress.finish();
                return CompletableFuture.completedFuture(TargetOutcome.failed(index, input, Calls.reason(e)));
            }
        }

        /** The search without targets: one criteria query; products carry their observation's target name. */
        CompletableFuture<TargetOutcome> criteriaOnly(String label) {
            Pipeline.Target progress = pipeline.enter();
            progress.passThrough(Pipeline.Step.OBSERVATIONS, false);
            Explanation why = new Explanation(selection);
            why.searchedFor(label);
            return observations.matchingCriteria()
                    .thenCompose(obs -> matchingProducts(obs, why, c -> c.observation().targetName(), progress))
                    .handle((found, err) -> {
                        progress.finish();
                        if (err != null) {
                            return TargetOutcome.failed(0, label, Calls.reason(err));
                        }
                        return found.isEmpty() ? TargetOutcome.empty(0, label, why.explain())
                                : TargetOutcome.found(0, label, found);
                    });
        }

        /** From observations on: keep the wanted ones, list their products, keep the wanted ones, key them. */
        private CompletableFuture<List<FoundProduct>> matchingProducts(List<Observation> all, Explanation why,
                                                                      Function<Candidate, String> label,
                                                                      Pipeline.Target progress) {
            List<Observation> wanted = keys.confirmEarly(why.keepMatching(all));
            return products.products(wanted, progress)
                    .thenApply(why::keepMatchingProducts)
                    .thenCompose(matching -> keys.withKeys(matching, label, progress));
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
                return tally.report(targets, elapsed, keys.warnings());
            }
        }
    }
}
