package radio.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import radio.sim.catalogue.Mission;
import radio.sim.catalogue.Target;
import radio.sim.server.Endpoint;

/** The first step alone, against the simulated archive: designations, the name tables, the batched resolver. */
class NameResolutionStepTest extends SimStepTest {
    private NameResolutionStep step(boolean byPosition) {
        newRun();
        return new NameResolutionStep(run.tap, run.santa, run.mast, byPosition, run.pipeline);
    }

    /** Locates each name as a target entering the run would; each passes every step once located. */
    private List<CompletableFuture<Located>> locate(NameResolutionStep step, List<String> names) {
        List<CompletableFuture<Located>> out = new ArrayList<>();
        for (String name : names) {
            Pipeline.Target t = run.enter();
            out.add(step.locate(ParsedTarget.parse(name), t).whenComplete((l, e) -> t.finish()));
        }
        run.inputDone();
        return out;
    }

    private static List<Target> k2HostsInTheNameTable() {
        return sim.catalogue().seedTargets().stream().filter(Target::inNameTable).limit(4).toList();
    }

    @Test
    void aDesignationIsItsOwnTargetNameWithoutAnyRequest() throws Exception {
        Target t = sim.catalogue().targets(Mission.KEPLER).get(0);

        Located l = StepFixture.join(locate(step(false), List.of(t.designation())).get(0));

        assertThat(l.targetNames()).containsExactly(t.targetName());
        assertThat(l.via()).isEqualTo(Located.DESIGNATION);
        assertThat(l.position()).isEmpty();
        assertThat(sim.requests()).isEmpty();
    }

    @Test
    void hostNamesAreMappedThroughOneQueryOfTheirNameTable() throws Exception {
        List<Target> hosts = k2HostsInTheNameTable();

        List<CompletableFuture<Located>> out = locate(step(false), hosts.stream().map(Target::name).toList());

        for (int i = 0; i < hosts.size(); i++) {
            Located l = StepFixture.join(out.get(i));
            assertThat(l.targetNames()).as(hosts.get(i).name()).containsExactly(hosts.get(i).targetName());
            assertThat(l.via()).isEqualTo("k2names");
        }
        assertThat(sim.requestCount(Endpoint.TAP)).isEqualTo(1);
        assertThat(sim.requestCount(Endpoint.RESOLVER)).isZero();
    }

    @Test
    void withARadiusEveryTargetIsResolvedToItsPositionInOneResolverCall() throws Exception {
        List<Target> targets = new ArrayList<>(k2HostsInTheNameTable());
        Target kepler = sim.catalogue().targets(Mission.KEPLER).get(0);
        targets.add(kepler);
        List<String> names = new ArrayList<>(targets.stream().map(Target::name).toList());
        names.set(names.size() - 1, kepler.designation());

        List<CompletableFuture<Located>> out = locate(step(true), names);

        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            Located l = StepFixture.join(out.get(i));
            assertThat(l.targetNames()).as(names.get(i)).isEmpty();
            // SIMBAD's position is within 0.3" of the catalogue's (another epoch); a mission catalogue's is exact
            assertThat(l.position()).as(names.get(i)).hasValueSatisfying(p -> {
                assertThat(p.position().ra()).isCloseTo(t.ra(), within(0.001));
                assertThat(p.position().dec()).isCloseTo(t.dec(), within(0.001));
            });
        }
        assertThat(StepFixture.join(out.get(targets.size() - 1)).via()).isEqualTo("KEPLER");
        assertThat(sim.requestCount(Endpoint.RESOLVER)).isEqualTo(1);
        assertThat(sim.requestCount(Endpoint.TAP)).isZero();
    }

    @Test
    void aNameNobodyKnowsFailsAsUnresolvedWithWhatWasTried() throws Exception {
        List<CompletableFuture<Located>> out = locate(step(false), List.of("Nowhere Star", "K2-99999", "Elsewhere"));

        assertThatThrownBy(() -> StepFixture.join(out.get(0))).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(UnresolvedName.class)
                .hasMessage("could not resolve 'Nowhere Star': the SANTA resolver found nothing and Mast.Name.Lookup "
                        + "found nothing");
        assertThatThrownBy(() -> StepFixture.join(out.get(1))).cause().isInstanceOf(UnresolvedName.class)
                .hasMessageStartingWith("could not resolve 'K2-99999': K2-99999 is not in the Exoplanet Archive's "
                        + "k2names, and the SANTA resolver found nothing");
        assertThatThrownBy(() -> StepFixture.join(out.get(2))).cause().isInstanceOf(UnresolvedName.class);
        // the resolver batch waited for K2-99999 (after the k2names answer): one SANTA call for the three names
        assertThat(sim.requests(Endpoint.RESOLVER)).singleElement()
                .satisfies(r -> assertThat(Set.copyOf(r.params("name")))
                        .isEqualTo(Set.of("Nowhere Star", "K2-99999", "Elsewhere")));
        assertThat(sim.requestCount(Endpoint.TAP)).isEqualTo(1);
    }
}
