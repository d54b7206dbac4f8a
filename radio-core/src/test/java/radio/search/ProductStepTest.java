package radio.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import radio.archive.mast.CaomFilter;
import radio.archive.mast.Observation;
import radio.sim.catalogue.Product;
import radio.sim.catalogue.Target;
import radio.sim.server.Endpoint;

/** The products step alone, against the simulated archive: one batched products query, split back by obsid. */
class ProductStepTest extends SimStepTest {
    private ProductStep step() {
        newRun();
        return new ProductStep(run.mast, run.pipeline);
    }

    /** The target's observations as MAST lists them (asked before the step's run, so not counted). */
    private List<Observation> observationsOf(Target t) throws Exception {
        try (StepFixture ask = new StepFixture(sim)) {
            return ask.mast.filtered(List.of(CaomFilter.anyOf("target_name", List.of(t.targetName()))));
        }
    }

    private static List<String> uris(List<Candidate> listed) {
        return listed.stream().map(c -> c.product().dataUri()).toList();
    }

    @Test
    void targetsShareOneProductsQueryAndEachGetsTheProductsOfItsOwnObservations() throws Exception {
        List<Target> targets = sim.catalogue().seedTargets().subList(1, 4);
        List<List<Observation>> observations = new ArrayList<>();
        for (Target t : targets) {
            observations.add(observationsOf(t));
        }
        ProductStep step = step();

        List<CompletableFuture<List<Candidate>>> out = observations.stream().map(obs -> {
            Pipeline.Target progress = run.enter();
            return step.products(obs, progress).whenComplete((l, e) -> progress.finish());
        }).toList();
        run.inputDone();

        for (int i = 0; i < targets.size(); i++) {
            List<Candidate> listed = StepFixture.join(out.get(i));
            List<String> want = sim.catalogue().products(targets.get(i)).stream().map(Product::dataUri).distinct()
                    .toList();
            List<Observation> own = observations.get(i);
            assertThat(uris(listed)).as(targets.get(i).name()).isNotEmpty().containsExactlyInAnyOrderElementsOf(want);
            assertThat(listed).allSatisfy(c -> {
                assertThat(own).contains(c.observation());
                assertThat(c.product().obsid()).isEqualTo(c.observation().obsid());
            });
        }
        assertThat(run.services()).containsExactly("Mast.Caom.Products");
        int obsids = observations.stream().mapToInt(List::size).sum();
        assertThat(StepFixture.request(sim.requests(Endpoint.INVOKE).get(0)).at("/params/obsid").asText().split(","))
                .hasSize(obsids);
    }

    @Test
    void anObservationListedTwiceGivesItsProductsOnce() throws Exception {
        List<Observation> obs = observationsOf(sim.catalogue().seedTargets().get(1));
        List<Observation> twice = new ArrayList<>(obs);
        twice.addAll(obs);
        ProductStep step = step();
        Pipeline.Target progress = run.enter();
        run.inputDone();

        List<Candidate> listed = StepFixture.join(step.products(twice, progress));

        assertThat(uris(listed)).doesNotHaveDuplicates();
        assertThat(uris(listed)).containsExactlyInAnyOrderElementsOf(sim.catalogue()
                .products(sim.catalogue().seedTargets().get(1)).stream().map(Product::dataUri).distinct().toList());
        assertThat(StepFixture.request(sim.requests(Endpoint.INVOKE).get(0)).at("/params/obsid").asText().split(","))
                .hasSize(obs.size());
    }

    @Test
    void noObservationsAskNothing() throws Exception {
        ProductStep step = step();
        Pipeline.Target progress = run.enter();
        run.inputDone();

        assertThat(StepFixture.join(step.products(List.of(), progress))).isEmpty();
        assertThat(sim.requests()).isEmpty();
    }
}
