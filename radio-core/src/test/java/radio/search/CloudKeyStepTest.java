package radio.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import radio.archive.mast.CaomFilter;
import radio.archive.mast.DataProduct;
import radio.archive.mast.Observation;
import radio.archive.mast.S3KeyRule;
import radio.sim.SimArchive;
import radio.sim.catalogue.Mission;
import radio.sim.catalogue.Product;
import radio.sim.catalogue.Target;
import radio.sim.server.Endpoint;
import radio.sim.server.RecordedRequest;

/**
 * The cloud-key step alone, against the simulated archive's {@code path_lookup}: keys by rule after one confirming
 * lookup per mission, the rest (or all, when verified) looked up in shared calls of at most 40 URIs, a mission whose
 * keys moved taken from {@code path_lookup} with one warning.
 */
class CloudKeyStepTest extends SimStepTest {
    /** The target's products the selection wants, as the earlier steps give them (asked outside the step's run). */
    private static List<Candidate> candidates(SimArchive archive, Target t, Selection selection) throws Exception {
        try (StepFixture ask = new StepFixture(archive)) {
            List<Observation> obs = ask.mast.filtered(List.of(CaomFilter.anyOf("target_name", List.of(t.targetName()))))
                    .stream().filter(selection::matches).toList();
            Map<Long, List<DataProduct>> products = ask.mast.productsByObsid(obs.stream().map(Observation::obsid).toList());
            List<Candidate> out = new ArrayList<>();
            for (Observation o : obs) {
                products.get(o.obsid()).stream().filter(p -> selection.matches(o, p)).forEach(p -> out.add(new Candidate(o, p)));
            }
            return out;
        }
    }

    /** The step of one run, and what it gave each target. */
    private record Keyed(CloudKeyStep step, Map<Target, List<FoundProduct>> found) {
        int products() {
            return found.values().stream().mapToInt(List::size).sum();
        }
    }

    /** Each target's products with their keys, the targets reaching the step together. */
    private Keyed keys(SimArchive archive, boolean verify, List<Target> targets, Selection selection) throws Exception {
        Map<Target, List<Candidate>> wanted = new LinkedHashMap<>();
        for (Target t : targets) {
            wanted.put(t, candidates(archive, t, selection));
        }
        newRun(archive);
        CloudKeyStep step = new CloudKeyStep(run.mast, verify, run.pipeline);
        Map<Target, CompletableFuture<List<FoundProduct>>> pending = new LinkedHashMap<>();
        wanted.forEach((t, c) -> {
            Pipeline.Target progress = run.enter();
            pending.put(t, step.withKeys(c, x -> t.name(), progress).whenComplete((f, e) -> progress.finish()));
        });
        run.inputDone();
        Map<Target, List<FoundProduct>> out = new LinkedHashMap<>();
        for (var e : pending.entrySet()) {
            out.put(e.getKey(), StepFixture.join(e.getValue()));
        }
        return new Keyed(step, out);
    }

    private static void assertKeysAreTheArchives(SimArchive archive, Map<Target, List<FoundProduct>> found) {
        found.forEach((t, products) -> {
            assertThat(products).as(t.name()).isNotEmpty().allSatisfy(p -> {
                assertThat(p.target()).isEqualTo(t.name());
                assertThat(p.s3Key()).as(p.dataUri())
                        .isEqualTo(archive.catalogue().productByUri(p.dataUri()).flatMap(Product::s3Key));
            });
        });
    }

    private static List<String> lookedUp(SimArchive archive) {
        return archive.requests(Endpoint.PATH_LOOKUP).stream().flatMap(r -> r.params("uri").stream()).toList();
    }

    @Test
    void pipelineKeysComeByRuleAfterOneConfirmingLookup() throws Exception {
        List<Target> targets = sim.catalogue().seedTargets().subList(1, 4);

        Keyed k = keys(sim, false, targets, Selection.k2LongCadenceLightCurves());

        assertKeysAreTheArchives(sim, k.found());
        assertThat(sim.requests(Endpoint.PATH_LOOKUP)).singleElement()
                .satisfies(r -> assertThat(r.params("uri")).hasSize(1));
        assertThat(k.step().keysByRule()).isEqualTo(k.products());
        assertThat(k.step().keysLookedUp()).isZero();
        assertThat(k.step().warnings()).isEmpty();
    }

    @Test
    void verifiedKeysAreAllLookedUpInOneSharedCall() throws Exception {
        List<Target> targets = sim.catalogue().seedTargets().subList(1, 4);

        Keyed k = keys(sim, true, targets, Selection.k2LongCadenceLightCurves());

        assertKeysAreTheArchives(sim, k.found());
        List<String> uris = k.found().values().stream().flatMap(List::stream).map(FoundProduct::dataUri).toList();
        assertThat(sim.requests(Endpoint.PATH_LOOKUP)).singleElement()
                .satisfies(r -> assertThat(r.params("uri")).containsExactlyInAnyOrderElementsOf(uris));
        assertThat(k.step().keysByRule()).isZero();
        assertThat(k.step().keysLookedUp()).isEqualTo(uris.size());
    }

    @Test
    void productsWithoutARuleAreLookedUpAtMostFortyPerCallAndThoseNotInTheCloudHaveNoKey() throws Exception {
        List<Target> targets = sim.catalogue().seedTargets().subList(1, 4);

        Map<Target, List<FoundProduct>> found = keys(sim, false, targets, Selection.all()).found();

        assertKeysAreTheArchives(sim, found);
        List<String> withoutRule = found.values().stream().flatMap(List::stream).map(FoundProduct::dataUri)
                .filter(u -> S3KeyRule.forUri(u).isEmpty()).toList();
        assertThat(withoutRule).hasSizeGreaterThan(40);
        assertThat(found.values().stream().flatMap(List::stream)).anyMatch(p -> p.s3Key().isEmpty());
        List<RecordedRequest> calls = sim.requests(Endpoint.PATH_LOOKUP);
        assertThat(calls).allSatisfy(r -> assertThat(r.params("uri")).hasSizeLessThanOrEqualTo(40));
        // every URI without a rule once, plus the one confirmation of the K2 rule
        assertThat(lookedUp(sim)).hasSize(withoutRule.size() + 1).containsAll(withoutRule);
        assertThat(calls).hasSizeLessThanOrEqualTo(1 + (withoutRule.size() + 39) / 40 + targets.size());
    }

    @Test
    void whenPathLookupDisagreesWithARuleThatMissionsKeysComeFromPathLookupWithOneWarning() throws Exception {
        try (SimArchive moved = SimArchive.builder().keplerTargets(20).movedKeys(Mission.KEPLER, "kepler/moved/")
                .start()) {
            List<Target> targets = moved.catalogue().targets(Mission.KEPLER).subList(0, 3);

            Keyed k = keys(moved, false, targets, Selection.all().withProducts(Set.of("LLC")));

            assertKeysAreTheArchives(moved, k.found());
            assertThat(k.found().values().stream().flatMap(List::stream))
                    .allSatisfy(p -> assertThat(p.s3Key().orElseThrow()).startsWith("kepler/moved/"));
            assertThat(k.step().warnings()).singleElement().satisfies(w -> assertThat(w)
                    .startsWith("the S3 key rule for Kepler gives kepler/public/lightcurves/")
                    .contains("but path_lookup answers kepler/moved/lightcurves/"));
            // the confirmation disagreed: every light curve looked up, the confirmed one again
            assertThat(k.step().keysLookedUp()).isEqualTo(k.products());
            assertThat(lookedUp(moved)).hasSize(k.products() + 1);
        }
    }

    @Test
    void confirmingEarlyLooksUpAnObservationsRepresentativeProductOncePerRule() throws Exception {
        Target t = sim.catalogue().seedTargets().get(1);
        List<Candidate> lightCurves = candidates(sim, t, Selection.k2LongCadenceLightCurves());
        List<Observation> obs = lightCurves.stream().map(Candidate::observation).distinct().toList();
        newRun();
        CloudKeyStep step = new CloudKeyStep(run.mast, false, run.pipeline);

        assertThat(step.confirmEarly(obs)).isSameAs(obs);
        step.confirmEarly(obs);
        Pipeline.Target progress = run.enter();
        run.inputDone();
        List<FoundProduct> found = StepFixture.join(step.withKeys(lightCurves, c -> t.name(), progress));

        assertThat(found).isNotEmpty().allSatisfy(p -> assertThat(p.s3Key()).isPresent());
        assertThat(lookedUp(sim)).singleElement().isEqualTo(obs.get(0).dataUrl().orElseThrow());
        assertThat(step.keysByRule()).isEqualTo(found.size());
    }

    @Test
    void noProductsAskNothing() throws Exception {
        newRun();
        CloudKeyStep step = new CloudKeyStep(run.mast, false, run.pipeline);
        Pipeline.Target progress = run.enter();
        run.inputDone();

        assertThat(StepFixture.join(step.withKeys(List.of(), c -> "x", progress))).isEmpty();
        assertThat(sim.requests()).isEmpty();
        assertThat(step.keysLookedUp()).isZero();
    }
}
