package radio.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import radio.archive.mast.Observation;
import radio.archive.mast.ResolvedName;
import radio.archive.mast.SkyPosition;
import radio.sim.catalogue.Target;
import radio.sim.server.Endpoint;

/** The observations step alone, against the simulated archive: batched by target name, positional, criteria. */
class ObservationStepTest extends SimStepTest {
    private ObservationStep step(Selection selection, Optional<Angle> radius) {
        newRun();
        return new ObservationStep(run.mast, selection, radius, run.pipeline);
    }

    private static List<String> obsIds(List<Observation> observations) {
        return observations.stream().map(Observation::obsId).toList();
    }

    private static List<String> catalogueObsIds(Target t) {
        return sim.catalogue().observations(t).stream().map(radio.sim.catalogue.Observation::obsId).toList();
    }

    @Test
    void targetsByNameShareOneFilteredQueryAndEachGetsItsOwnObservations() throws Exception {
        List<Target> targets = sim.catalogue().seedTargets().subList(1, 4);
        ObservationStep step = step(Selection.all(), Optional.empty());

        List<CompletableFuture<List<Observation>>> out = targets.stream().map(t -> {
            Pipeline.Target progress = run.enter();
            return step.observations(Located.named(Set.of(t.targetName()), "k2names"), progress)
                    .whenComplete((o, e) -> progress.finish());
        }).toList();
        run.inputDone();

        for (int i = 0; i < targets.size(); i++) {
            assertThat(obsIds(StepFixture.join(out.get(i)))).as(targets.get(i).name())
                    .isNotEmpty().isEqualTo(catalogueObsIds(targets.get(i)));
        }
        assertThat(run.services()).containsExactly("Mast.Caom.Filtered");
        var filters = StepFixture.request(sim.requests(Endpoint.INVOKE).get(0)).at("/params/filters");
        assertThat(filters).hasSize(1);
        assertThat(filters.get(0).path("paramName").asText()).isEqualTo("target_name");
        assertThat(filters.get(0).path("values")).hasSize(3);
    }

    @Test
    void theSelectionsServerSideFiltersGoWithTheTargetNames() throws Exception {
        Target t = sim.catalogue().seedTargets().get(1);
        ObservationStep step = step(Selection.k2LongCadenceLightCurves(), Optional.empty());
        Pipeline.Target progress = run.enter();
        run.inputDone();

        List<Observation> out = StepFixture.join(step.observations(Located.named(Set.of(t.targetName()),
                Located.DESIGNATION), progress));

        assertThat(out).isNotEmpty().allSatisfy(o -> {
            assertThat(o.project()).contains("K2");
            assertThat(o.exptimeSeconds()).hasValue(1800);
        });
        var filters = StepFixture.request(sim.requests(Endpoint.INVOKE).get(0)).at("/params/filters");
        assertThat(filters).hasSize(1 + Selection.k2LongCadenceLightCurves().serverFilters().size());
    }

    @Test
    void aPositionIsAConeSearchWithoutServerSideFiltersAndAFilteredPositionWithThem() throws Exception {
        Target t = sim.catalogue().seedTargets().get(1);
        Located at = Located.at(new ResolvedName(t.name().toLowerCase(), new SkyPosition(t.ra(), t.dec()),
                Optional.empty(), Optional.of("K2")));

        ObservationStep all = step(Selection.all(), Optional.empty());
        List<Observation> cone = StepFixture.join(all.observations(at, run.enter()));
        List<String> coneServices = run.services();
        ObservationStep k2 = step(Selection.k2LongCadenceLightCurves(), Optional.of(Angle.parse("2s")));
        List<Observation> filtered = StepFixture.join(k2.observations(at, run.enter()));

        assertThat(coneServices).containsExactly("Mast.Caom.Cone");
        assertThat(run.services()).containsExactly("Mast.Caom.Filtered.Position");
        assertThat(obsIds(cone)).containsAll(catalogueObsIds(t));
        assertThat(filtered).isNotEmpty().allSatisfy(o -> assertThat(o.exptimeSeconds()).hasValue(1800));
        assertThat(obsIds(filtered)).isSubsetOf(obsIds(cone));
    }

    @Test
    void criteriaAloneAreOneQuery() throws Exception {
        Target t = sim.catalogue().seedTargets().get(1);
        List<String> wanted = catalogueObsIds(t).subList(0, 1);
        ObservationStep step = step(Selection.all().withCriteria(new Criteria(Set.of(), Set.copyOf(wanted), Set.of())),
                Optional.empty());

        List<Observation> out = StepFixture.join(step.matchingCriteria());

        assertThat(obsIds(out)).isEqualTo(wanted);
        assertThat(run.services()).containsExactly("Mast.Caom.Filtered");
    }
}
