package radio.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import radio.sim.catalogue.Catalogue;
import radio.sim.catalogue.CatalogueSpec;
import radio.sim.catalogue.LabelledStar;
import radio.sim.catalogue.LabelledStarFiles;
import radio.sim.catalogue.Product;
import radio.sim.catalogue.StarKind;
import radio.sim.catalogue.StarPopulation;
import radio.sim.content.EclipsingBinary;
import radio.sim.content.LightCurveSpec;
import radio.sim.content.LimbDarkenedTransit;
import radio.sim.content.Occultation;

class LabelledStarsTest {
    private static final Catalogue PLAIN = Catalogue.generate(new CatalogueSpec(1, 20, 10, 10, true));
    private static final Catalogue LABELLED = Catalogue.generate(new CatalogueSpec(1, 20, 10, 10, true)
            .withLabelledStars(200, StarPopulation.standard()));

    @Test
    void theDefaultArchiveHasNoLabelledStarsAndLabelledStarsComeAfterEveryOtherTarget() {
        assertThat(PLAIN.labelledStars()).isEmpty();
        assertThat(LABELLED.targets()).hasSize(PLAIN.targets().size() + 200);
        assertThat(LABELLED.targets().subList(0, PLAIN.targets().size())).isEqualTo(PLAIN.targets());
        assertThat(LABELLED.bucketKeys()).containsAll(PLAIN.bucketKeys());
    }

    @Test
    void theSameSeedGivesTheSameStarsAndAnotherPopulationOtherStars() {
        Catalogue again = Catalogue.generate(new CatalogueSpec(1, 20, 10, 10, true)
                .withLabelledStars(200, StarPopulation.standard()));
        assertThat(again.labelledStars()).isEqualTo(LABELLED.labelledStars());
        Catalogue shifted = Catalogue.generate(new CatalogueSpec(1, 20, 10, 10, true)
                .withLabelledStars(200, StarPopulation.shifted()));
        assertThat(shifted.labelledStars().get(0).target().id()).isNotEqualTo(LABELLED.labelledStars().get(0)
                .target().id());
    }

    @Test
    void everyKindOccursAndOnlyHostsHavePlanetsAndLabelOne() {
        Map<StarKind, Long> kinds = LABELLED.labelledStars().stream()
                .collect(Collectors.groupingBy(LabelledStar::kind, Collectors.counting()));
        assertThat(kinds.keySet()).containsExactlyInAnyOrder(StarKind.values());
        assertThat(kinds.get(StarKind.PLANET_HOST)).isBetween(60L, 100L);
        for (LabelledStar s : LABELLED.labelledStars()) {
            assertThat(s.target().planets()).hasSize(s.kind() == StarKind.PLANET_HOST ? 1 : 0);
            assertThat(s.label()).isEqualTo(s.kind() == StarKind.PLANET_HOST ? 1 : 0);
            assertThat(s.target().name()).isEqualTo("EPIC " + s.target().id());
            assertThat(LABELLED.lightCurves(s.designation())).hasSize(1);
        }
    }

    @Test
    void transitDepthsReachDownToLowSignalToNoise() {
        List<LabelledStar> hosts = LABELLED.labelledStars().stream().filter(s -> s.label() == 1).toList();
        double shallowest = hosts.stream().mapToDouble(LabelledStar::depth).min().orElseThrow();
        double deepest = hosts.stream().mapToDouble(LabelledStar::depth).max().orElseThrow();
        assertThat(shallowest).isLessThan(150e-6);
        assertThat(deepest).isGreaterThan(5e-3);
    }

    @Test
    void occultationOfAUniformDiskIsTheOverlapArea() {
        // a small disk fully inside: k²
        assertThat(Occultation.hiddenFraction(0.3, 0.1, 0, 0)).isCloseTo(0.01, within(1e-4));
        // two unit disks half a radius apart: lens area / π
        double d = 0.5;
        double lens = 2 * Math.acos(d / 2) - d / 2 * Math.sqrt(4 - d * d);
        assertThat(Occultation.hiddenFraction(d, 1, 0, 0)).isCloseTo(lens / Math.PI, within(2e-3));
        assertThat(Occultation.hiddenFraction(1.2, 0.1, 0.4, 0.2)).isZero();
    }

    @Test
    void limbDarkeningDeepensCentralTransitsAsMandelAndAgolsSmallPlanetLimit() {
        double k = 0.05;
        double u1 = 0.4;
        double u2 = 0.25;
        // small-planet limit at the centre: k² I(1) / (1 - u1/3 - u2/6)
        double expected = k * k / (1 - u1 / 3 - u2 / 6);
        assertThat(Occultation.hiddenFraction(0, k, u1, u2)).isCloseTo(expected, within(expected * 0.01));
        assertThat(Occultation.hiddenFraction(0.9, k, u1, u2)).isLessThan(expected * 0.8);
    }

    @Test
    void aRenderedHostLightCurveDipsAtTheTruthEphemerisByTheTruthDepth() throws Exception {
        LabelledStar host = LABELLED.labelledStars().stream()
                .filter(s -> s.label() == 1 && s.depth() > 2e-3).findFirst().orElseThrow();
        Product p = LABELLED.lightCurves(host.designation()).get(0);
        LightCurveSpec spec = (LightCurveSpec) p.content();
        assertThat(spec.transits()).as("no trapezoids: the scene carries the transit").isEmpty();
        LimbDarkenedTransit transit = (LimbDarkenedTransit) spec.signals().get(0);
        assertThat(transit.periodDays()).isEqualTo(host.periodDays());
        assertThat(transit.epoch() + 2454833).isCloseTo(host.epochBjd(), within(1e-5));
        assertThat(transit.hiddenAt(transit.epoch())).isCloseTo(host.depth(), within(1e-12));
        assertThat(transit.hiddenAt(transit.epoch() + 0.5 * transit.durationDays() * 1.05)).isZero();
        assertThat(LabelledStarFiles.labelsCsv(LABELLED, true)).contains(host.designation() + ",1,");
    }

    @Test
    void eclipsingBinariesShowSecondaryEclipsesHalfAPeriodLater() {
        EclipsingBinary eb = new EclipsingBinary(2, 0, 0.9, 6, 0.2, 0.8, 0.4, 0.2, 1, 0);
        double[] t = {0, 1, 0.5};
        double[] f = {1, 1, 1};
        eb.apply(t, f);
        assertThat(f[0]).isLessThan(0.7);
        assertThat(f[1]).isLessThan(0.9).isGreaterThan(f[0]);
        assertThat(f[2]).isCloseTo(1, within(1e-9));
    }

    @Test
    void plainStarsRenderTheSameBytesAsBefore() {
        // the ordinary stars' files are unchanged by the labelled stars' machinery: same spec, same signals (none)
        Function<Catalogue, List<Object>> specs = c -> c.products(c.seedTargets().get(1)).stream()
                .map(Product::content).map(o -> (Object) o).toList();
        assertThat(specs.apply(LABELLED)).isEqualTo(specs.apply(PLAIN));
        LightCurveSpec s = (LightCurveSpec) LABELLED.lightCurves("K2-21").get(0).content();
        assertThat(s.signals()).isEmpty();
        assertThat(s.transits()).isNotEmpty();
    }
}
