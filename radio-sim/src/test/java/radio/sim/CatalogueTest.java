package radio.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import radio.sim.catalogue.Catalogue;
import radio.sim.catalogue.CatalogueSpec;
import radio.sim.catalogue.CloudState;
import radio.sim.catalogue.K2Campaign;
import radio.sim.catalogue.Observation;
import radio.sim.catalogue.Planet;
import radio.sim.catalogue.Product;
import radio.sim.catalogue.SeedTargets;
import radio.sim.catalogue.Target;

class CatalogueTest {
    private static final Catalogue CATALOGUE = Catalogue.generate(new CatalogueSpec(1, 200, 20, 20, true));

    @Test
    void seedHostsHaveTheRecordedEpicIdsAndPlanets() {
        Map<String, String> epicByHost = new HashMap<>();
        Map<String, Set<String>> planetsByHost = new HashMap<>();
        for (String line : SimFixtures.text("exoplanet-archive/ropensci-exoplanets/tap_k2names_all.csv").split("\n")) {
            String[] f = line.replace("\"", "").split(",");
            if (f.length == 3 && f[1].startsWith("K2-")) {
                String host = f[1].substring(0, f[1].lastIndexOf(' '));
                epicByHost.put(host, f[0]);
                planetsByHost.computeIfAbsent(host, h -> new TreeSet<>()).add(f[1] + "=" + f[2]);
            }
        }

        assertThat(CATALOGUE.seedTargetNames()).hasSize(31).startsWith("K2-1", "K2-21").endsWith("K2-172");
        for (Target t : CATALOGUE.seedTargets()) {
            if (t.name().equals("K2-76")) {
                assertThat(epicByHost).doesNotContainKey("K2-76");
                continue;
            }
            assertThat(t.designation()).as(t.name()).isEqualTo(epicByHost.get(t.name()));
            Set<String> ours = new TreeSet<>();
            t.planets().forEach(p -> ours.add(p.missionName().orElseThrow() + "=" + p.name()));
            assertThat(ours).as(t.name()).isEqualTo(planetsByHost.get(t.name()));
        }
    }

    @Test
    void k2_76IsSyntheticAndOutsideTheNameTableButKnownByName() {
        Target t = CATALOGUE.target("K2-76").orElseThrow();

        assertThat(t.id()).isEqualTo(SeedTargets.K2_76_SYNTHETIC_EPIC);
        assertThat(t.inNameTable()).isFalse();
        assertThat(t.note()).contains("synthetic");
        assertThat(CATALOGUE.lightCurves("K2-76")).hasSize(1);
    }

    @Test
    void k2_1IsAnEngineeringTargetWithoutPipelineLightCurve() {
        Target t = CATALOGUE.target("K2-1").orElseThrow();
        List<Observation> obs = CATALOGUE.observations(t);

        assertThat(t.targetName()).isEqualTo("ktwo060017806");
        assertThat(CATALOGUE.target("WASP-28")).contains(t);
        assertThat(obs).hasSize(1);
        assertThat(obs.get(0).obsId()).isEqualTo("ktwo060017806-c00_lc");
        assertThat(CATALOGUE.lightCurves("K2-1")).isEmpty();
        assertThat(CATALOGUE.products(t)).extracting(Product::productSubGroupDescription).containsExactly("LPD-TARG");
    }

    @Test
    void keysFollowTheRuleFoldersUnpaddedFileNamesPadded() {
        Product llc = CATALOGUE.lightCurves("K2-62").get(0);

        assertThat(llc.dataUri())
                .isEqualTo("mast:K2/url/missions/k2/lightcurves/c3/206000000/96000/ktwo206096602-c03_llc.fits");
        assertThat(llc.s3Key()).hasValue("k2/public/lightcurves/c3/206000000/96000/ktwo206096602-c03_llc.fits");
        for (Target t : CATALOGUE.targets(radio.sim.catalogue.Mission.K2)) {
            for (Product p : CATALOGUE.products(t)) {
                if (p.obsCollection().equals("K2")) {
                    assertThat(p.s3Key()).hasValue("k2/public/" + p.dataUri()
                            .substring("mast:K2/url/missions/k2/".length()));
                    String e = t.paddedId();
                    assertThat(p.dataUri()).matches("mast:K2/url/missions/k2/\\w+/c(\\d|1\\d|91|92|101|102|111|112)/"
                            + e.substring(0, 4) + "00000/" + e.substring(4, 6) + "000/ktwo" + e
                            + "-c(\\d\\d|91|92|101|102|111|112)_.*");
                    assertThat(p.dataUri()).endsWith("/" + p.productFilename());
                } else {
                    assertThat(p.cloud()).isEqualTo(CloudState.NOT_IN_CLOUD);
                }
            }
        }
    }

    private static Target firstIn(int campaign) {
        return CATALOGUE.targets(radio.sim.catalogue.Mission.K2).stream().filter(t -> t.seasons().contains(campaign))
                .findFirst().orElseThrow();
    }

    @Test
    void campaignNineIsSplitInHalvesWithoutPipelineLightCurves() {
        Target t = firstIn(9);
        String e = t.paddedId();

        assertThat(CATALOGUE.observations(t)).extracting(Observation::obsId)
                .contains("ktwo" + e + "-c91_lc", "ktwo" + e + "-c92_lc",
                        "hlsp_k2sff_k2_lightcurve_" + e + "-c91_kepler_v1_llc");
        assertThat(CATALOGUE.observations(t)).filteredOn(o -> o.obsCollection().equals("K2"))
                .allMatch(o -> o.sequenceNumber() == 9).allMatch(o -> o.dataUrl().contains("_pd-targ") || o.dataUrl()
                        .contains("pd-targ.fits.gz"));
        assertThat(CATALOGUE.lightCurves(t.name()).stream().filter(p -> p.dataUri().contains("-c9"))).isEmpty();
    }

    @Test
    void campaignTenListsTheSecondHalfLightCurveAndBothHalvesPixels() {
        Target t = firstIn(10);
        String e = t.paddedId();
        String dir = e.substring(0, 4) + "00000/" + e.substring(4, 6) + "000/";

        assertThat(CATALOGUE.lightCurves(t.name())).extracting(Product::dataUri)
                .contains("mast:K2/url/missions/k2/lightcurves/c102/" + dir + "ktwo" + e + "-c102_llc.fits");
        assertThat(CATALOGUE.products(t.name())).extracting(Product::productFilename)
                .contains("ktwo" + e + "-c101_lpd-targ.fits.gz", "ktwo" + e + "-c102_lpd-targ.fits.gz");
        assertThat(CATALOGUE.observations(t)).extracting(Observation::obsId).contains("ktwo" + e + "-c10_lc")
                .doesNotContain("ktwo" + e + "-c101_lc");
    }

    @Test
    void campaignElevenHasTwoObservationsEachWithItsLightCurve() {
        Target t = firstIn(11);
        String e = t.paddedId();

        assertThat(CATALOGUE.lightCurves(t.name())).extracting(Product::productFilename)
                .contains("ktwo" + e + "-c111_llc.fits", "ktwo" + e + "-c112_llc.fits");
        assertThat(CATALOGUE.lightCurves(t.name())).extracting(Product::description)
                .contains("Lightcurve Long Cadence (KLC) - C11-1", "Lightcurve Long Cadence (KLC) - C11-2");
    }

    @Test
    void sameSeedGivesTheSameCatalogueAndAnotherSeedAnotherSky() {
        Catalogue again = Catalogue.generate(new CatalogueSpec(1, 200, 20, 20, true));
        Catalogue other = Catalogue.generate(new CatalogueSpec(2, 200, 20, 20, true));

        assertThat(again.targets()).isEqualTo(CATALOGUE.targets());
        assertThat(again.products("K2-10007")).isEqualTo(CATALOGUE.products("K2-10007"));
        assertThat(other.target("K2-21").orElseThrow().ra()).isNotEqualTo(CATALOGUE.target("K2-21").orElseThrow().ra());
        assertThat(other.target("K2-21").orElseThrow().id()).isEqualTo(206011691L);
    }

    @Test
    void thousandsOfExtraTargetsAreDistinctAndInTheirCampaignsRanges() {
        Catalogue big = Catalogue.generate(new CatalogueSpec(3, 5000, 0, 0, true));

        assertThat(big.targets()).hasSize(5031 + 2 + 2 + 5); // + K2-18 and EPIC 228725972, named Kepler and TESS stars
        Set<Long> ids = new HashSet<>();
        for (Target t : big.targets().subList(31, 5031)) {
            assertThat(ids.add(t.id())).isTrue();
            K2Campaign first = K2Campaign.of(t.seasons().get(0));
            assertThat(t.id()).isBetween(first.epicLow(), first.epicHigh() - 1);
            assertThat(big.lookup(t.name()).orElseThrow().target()).isEqualTo(t);
        }
        assertThat(big.target("K2-15000")).isPresent();
        assertThat(big.target("K2-15001")).isEmpty();
    }

    @Test
    void observationIdsRoundTripAndSomeExceed32Bits() {
        for (Observation o : CATALOGUE.observations("K2-21")) {
            assertThat(CATALOGUE.observation(o.obsid())).contains(o);
        }
        assertThat(CATALOGUE.observations("K2-21")).anyMatch(o -> o.obsid() > Integer.MAX_VALUE);
        assertThat(CATALOGUE.observation(999L)).isEmpty();
    }

    @Test
    void cloudGapsAreTheDocumentedOnesAndCanBeSwitchedOff() {
        Catalogue clean = Catalogue.generate(new CatalogueSpec(1, 200, 20, 20, false));

        assertThat(CATALOGUE.lightCurves(radio.sim.catalogue.CloudGaps.DEFAULT_PRIVATE_SEED).get(0).cloud())
                .isEqualTo(CloudState.PRIVATE);
        assertThat(CATALOGUE.lightCurves(radio.sim.catalogue.CloudGaps.DEFAULT_MISSING_SEED).get(0).cloud())
                .isEqualTo(CloudState.MISSING);
        long otherSeedGaps = CATALOGUE.seedTargets().stream().flatMap(t -> CATALOGUE.products(t).stream())
                .filter(p -> p.cloud() == CloudState.PRIVATE || p.cloud() == CloudState.MISSING).count();
        assertThat(otherSeedGaps).isEqualTo(2);
        long extraGaps = CATALOGUE.targets().subList(31, 231).stream().flatMap(t -> CATALOGUE.products(t).stream())
                .filter(p -> p.cloud() == CloudState.PRIVATE || p.cloud() == CloudState.MISSING).count();
        assertThat(extraGaps).isPositive();
        assertThat(clean.targets().stream().flatMap(t -> clean.products(t).stream()))
                .noneMatch(p -> p.cloud() == CloudState.PRIVATE || p.cloud() == CloudState.MISSING);
        assertThat(CATALOGUE.bucketKeys()).doesNotContain(CATALOGUE.lightCurves("K2-70").get(0).s3Key().orElseThrow())
                .contains(CATALOGUE.lightCurves("K2-65").get(0).s3Key().orElseThrow());
    }

    @Test
    void planetsTransitInsideTheirFirstCampaign() {
        for (Target t : CATALOGUE.targets(radio.sim.catalogue.Mission.K2)) {
            K2Campaign c = K2Campaign.of(t.seasons().get(0));
            K2Campaign.Part part = c.parts().get(c.split() == K2Campaign.Split.ONE_OBSERVATION_SECOND_HALF_LIGHT_CURVE
                    ? 1 : 0);
            for (Planet p : t.planets()) {
                double mjd = p.epochBjd() - 2400000.5;
                assertThat(mjd).as(p.name()).isBetween(part.mjdStart(), part.mjdEnd());
                assertThat(p.durationHours()).isLessThan(p.periodDays() * 24 / 4);
            }
        }
    }
}
