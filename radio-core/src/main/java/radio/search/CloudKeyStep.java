package radio.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import radio.archive.mast.CloudPath;
import radio.archive.mast.MastClient;
import radio.archive.mast.Observation;

/**
 * Last step: each matching product's S3 key. A mission-pipeline product gets its key by rule once the run trusts
 * that rule ({@link KeyRules}: one confirming {@code path_lookup} per mission, started as early as
 * {@link #confirmEarly}); every other product, and every product when keys are verified, through
 * {@code path_lookup}, shared by the targets reaching it together (up to
 * {@value MastClient#MAX_URIS_PER_PATH_LOOKUP} URIs per call). A product not in the cloud has no key.
 *
 * <p>One per run; thread-safe.
 */
final class CloudKeyStep {
    private final MastClient mast;
    private final KeyRules rules;
    private final MicroBatcher<List<String>, Map<String, CloudPath>> paths;
    private final AtomicInteger byRule = new AtomicInteger();
    private final AtomicInteger lookedUp = new AtomicInteger();

    /** @param verifyKeys look up every key ({@link SearchSettings#verifyKeys()}) */
    CloudKeyStep(MastClient mast, boolean verifyKeys, Pipeline pipeline) {
        this.mast = mast;
        this.rules = new KeyRules(mast, verifyKeys, pipeline.executor());
        this.paths = pipeline.batcher(Pipeline.Step.PATHS, "path_lookup", pipeline.settings().batchSize(),
                MastClient.MAX_URIS_PER_PATH_LOOKUP, List::size, this::cloudPaths);
    }

    /**
     * Starts confirming the key rules these observations' products will need, while their products are being listed
     * (see {@link KeyRules#confirmEarly}). Returns its argument.
     */
    List<Observation> confirmEarly(List<Observation> observations) {
        return rules.confirmEarly(observations);
    }

    /**
     * The products with their S3 keys, each labelled with its target ({@code label}). A rule not yet confirmed in
     * this run is confirmed first; the target waits for that answer before it looks up anything, so it reaches the
     * {@code path_lookup} step at most once.
     */
    CompletableFuture<List<FoundProduct>> withKeys(List<Candidate> products, Function<Candidate, String> label,
                                                   Pipeline.Target progress) {
        if (products.isEmpty()) {
            progress.passThrough(Pipeline.Step.PATHS, false);
            return CompletableFuture.completedFuture(List.of());
        }
        List<String> uris = products.stream().map(c -> c.product().dataUri()).toList();
        return rules.settle(uris).thenCompose(ruled -> {
            List<String> lookup = uris.stream().filter(u -> !ruled.containsKey(u)).toList();
            byRule.addAndGet(ruled.size());
            CompletableFuture<Map<String, CloudPath>> looked;
            if (lookup.isEmpty()) {
                progress.passThrough(Pipeline.Step.PATHS, false);
                looked = CompletableFuture.completedFuture(Map.of());
            } else {
                progress.passThrough(Pipeline.Step.PATHS, true);
                lookedUp.addAndGet(lookup.size());
                looked = paths.submit(lookup);
            }
            return looked.thenApply(found -> products.stream().map(c -> {
                String uri = c.product().dataUri();
                Optional<String> key = ruled.containsKey(uri) ? Optional.of(ruled.get(uri))
                        : Optional.ofNullable(found.get(uri)).flatMap(CloudPath::s3Key);
                return new FoundProduct(label.apply(c), c.observation(), c.product(), key);
            }).toList());
        });
    }

    private List<Map<String, CloudPath>> cloudPaths(List<List<String>> batch) throws Exception {
        Map<String, CloudPath> all = mast.pathLookup(Calls.union(batch));
        List<Map<String, CloudPath>> out = new ArrayList<>(batch.size());
        for (List<String> uris : batch) {
            Map<String, CloudPath> mine = new LinkedHashMap<>();
            uris.forEach(u -> mine.put(u, all.get(u)));
            out.add(mine);
        }
        return out;
    }

    /** Keys given by a rule so far. */
    int keysByRule() {
        return byRule.get();
    }

    /** Keys looked up with {@code path_lookup} so far (confirmations not counted). */
    int keysLookedUp() {
        return lookedUp.get();
    }

    /** Disagreements between a rule and {@code path_lookup}, each once. */
    List<String> warnings() {
        return rules.warnings();
    }
}
