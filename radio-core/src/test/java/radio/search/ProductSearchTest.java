package radio.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import radio.archive.Http;
import radio.archive.JdkHttp;
import radio.archive.exoplanets.ExoplanetArchiveClient;
import radio.archive.mast.MastClient;
import radio.archive.mast.SantaResolver;
import radio.testing.LoopbackServer.Received;

/** The search service against recorded answers: batching, attribution to targets, failure isolation. */
class ProductSearchTest {
    private static final String C9 = "EPIC 228162462";
    private static final String C10 = "EPIC 228725972";
    private static final String C11 = "ktwo203830112";
    private FixtureArchive archive;
    private final SearchExecutors threads = new SearchExecutors(4);

    @AfterEach
    void stop() {
        threads.close();
        if (archive != null) {
            archive.close();
        }
    }

    private ProductSearch search(SearchSettings settings, Predicate<Received> failing) throws Exception {
        archive = new FixtureArchive(failing);
        Http http = new JdkHttp(HttpClient.newHttpClient()::send, Duration.ofSeconds(10));
        MastClient mast = new MastClient(http, archive.url(), Optional.empty(), Duration.ofSeconds(30),
                new MastClient.Options(50_000, Duration.ofMillis(1), 0));
        return new ProductSearch(mast, new SantaResolver(http, archive.url()),
                new ExoplanetArchiveClient(http, archive.url()), settings, threads);
    }

    /**
     * Batched, with a linger far longer than any test: a batch then goes only when no target in progress can
     * still reach its step, so what shares a request does not depend on how loaded the machine is.
     */
    private ProductSearch batched() throws Exception {
        return search(new SearchSettings(100, Duration.ofSeconds(20), 100, 4), r -> false);
    }

    @Test
    void findsEachTargetsOwnLongCadenceLightCurvesWithOneRequestPerStep() throws Exception {
        List<TargetOutcome> out = batched().search(List.of(C9, C10, C11), Selection.k2LongCadenceLightCurves(),
                Optional.empty());

        assertThat(out).extracting(TargetOutcome::target).containsExactly(C9, C10, C11);
        assertThat(out.get(0).failed()).isFalse();
        assertThat(out.get(0).products()).isEmpty(); // campaign 9 has no pipeline LLC for this star
        assertThat(out.get(1).products()).singleElement().satisfies(p -> {
            assertThat(p.target()).isEqualTo(C10);
            assertThat(p.obsId()).isEqualTo("ktwo228725972-c10_lc");
            assertThat(p.productFilename()).isEqualTo("ktwo228725972-c102_llc.fits");
            assertThat(p.sizeBytes().getAsLong()).isEqualTo(368640);
            assertThat(p.exptimeSeconds().getAsDouble()).isEqualTo(1800);
            assertThat(p.s3Key()).contains("k2/public/lightcurves/c102/228700000/25000/ktwo228725972-c102_llc.fits");
        });
        assertThat(out.get(2).products()).extracting(FoundProduct::productFilename)
                .containsExactly("ktwo203830112-c111_llc.fits", "ktwo203830112-c112_llc.fits");

        assertThat(archive.invokes("Mast.Caom.Filtered")).isEqualTo(1);
        assertThat(archive.invokes("Mast.Caom.Products")).isEqualTo(1);
        assertThat(archive.requestsTo("/api/v0.1/path_lookup/")).isEqualTo(1);
        assertThat(archive.requestsTo("/TAP/sync")).isZero();
        assertThat(archive.requestsTo("/Santa-war/query")).isZero();
    }

    @Test
    void sequentialModeRunsOneChainPerTarget() throws Exception {
        List<TargetOutcome> out = search(SearchSettings.sequential(), r -> false)
                .search(List.of(C9, C10, C11), Selection.k2LongCadenceLightCurves(), Optional.empty());

        assertThat(out.stream().mapToInt(o -> o.products().size()).sum()).isEqualTo(3);
        assertThat(archive.invokes("Mast.Caom.Filtered")).isEqualTo(3);
        assertThat(archive.invokes("Mast.Caom.Products")).isEqualTo(3);
        assertThat(archive.requestsTo("/api/v0.1/path_lookup/")).isEqualTo(2);
    }

    @Test
    void serverSideSelectionIsAnExposureRangeAndTargetNamesShareOneFilter() throws Exception {
        batched().search(List.of(C10, C11), Selection.k2LongCadenceLightCurves(), Optional.empty());

        Received filtered = archive.received().stream()
                .filter(r -> r.body().contains("Mast.Caom.Filtered")).findFirst().orElseThrow();
        var filters = FixtureArchive.request(filtered).at("/params/filters");
        assertThat(filters.get(0).path("paramName").asText()).isEqualTo("target_name");
        assertThat(filters.get(0).path("values").toString()).isEqualTo("[\"ktwo228725972\",\"ktwo203830112\"]");
        assertThat(filters.get(1).toString()).isEqualTo("{\"paramName\":\"project\",\"separator\":\";\",\"values\":[\"K2\"]}");
        assertThat(filters.get(2).toString()).isEqualTo("{\"paramName\":\"t_exptime\",\"values\":[{\"min\":1799,\"max\":1801}]}");
    }

    @Test
    void k2NamesAreMappedThroughOneArchiveQuery() throws Exception {
        List<TargetOutcome> out = batched().search(List.of("K2-18", "K2-3 b", "K2-112 f", "K2-18 c"), Selection.all(),
                Optional.empty());

        assertThat(out).noneMatch(TargetOutcome::failed);
        assertThat(archive.requestsTo("/TAP/sync")).isEqualTo(1);
        Received filtered = archive.received().stream()
                .filter(r -> r.body().contains("Mast.Caom.Filtered")).findFirst().orElseThrow();
        List<String> names = new java.util.ArrayList<>();
        FixtureArchive.request(filtered).at("/params/filters/0/values").forEach(v -> names.add(v.asText()));
        assertThat(names).containsExactlyInAnyOrder("ktwo201912552", "ktwo201367065", "ktwo246199087");
    }

    @Test
    void anUnresolvableNameIsReportedWhileTheOthersSucceed() throws Exception {
        List<TargetOutcome> out = batched().search(List.of(C10, "Nowhere Star", "K2-99999", "Elsewhere"),
                Selection.k2LongCadenceLightCurves(), Optional.empty());

        assertThat(out.get(0).products()).hasSize(1);
        assertThat(out.get(1).failure()).contains("could not resolve 'Nowhere Star': the SANTA resolver found "
                + "nothing and Mast.Name.Lookup found nothing");
        assertThat(out.get(2).failure()).contains("could not resolve 'K2-99999': K2-99999 is not in the Exoplanet "
                + "Archive's k2names, and the SANTA resolver found nothing and Mast.Name.Lookup found nothing");
        assertThat(out.get(3).failure()).isPresent();
        // the resolver step waits while K2-99999 could still reach it (after the k2names query): one call for all
        List<Received> santa = archive.received().stream()
                .filter(r -> r.uri().getPath().equals("/Santa-war/query")).toList();
        assertThat(santa).hasSize(1);
        assertThat(santa.get(0).uri().getRawQuery()).contains("name=Nowhere%20Star").contains("name=Elsewhere")
                .contains("name=K2-99999");
    }

    @Test
    void aFailingPositionalQueryFailsOnlyItsTarget() throws Exception {
        ProductSearch s = search(new SearchSettings(100, Duration.ofMillis(20), 100, 4),
                r -> r.body().contains("Mast.Caom.Filtered.Position"));

        List<TargetOutcome> out = s.search(List.of(C11, "pi Mensae"), Selection.k2LongCadenceLightCurves(),
                Optional.empty());

        assertThat(out.get(0).products()).hasSize(2);
        assertThat(out.get(1).failure()).hasValueSatisfying(f -> assertThat(f).contains("HTTP 503").contains("/api/v0/invoke"));
    }

    @Test
    void anExplicitRadiusSearchesEveryTargetByPosition() throws Exception {
        List<TargetOutcome> out = batched().search(List.of("pi Mensae"), Selection.k2LongCadenceLightCurves(),
                Optional.of(Angle.parse("0s")));

        assertThat(out.get(0).products()).extracting(FoundProduct::productFilename)
                .containsExactly("ktwo228725972-c102_llc.fits");
        Received pos = archive.received().stream()
                .filter(r -> r.body().contains("Mast.Caom.Filtered.Position")).findFirst().orElseThrow();
        assertThat(FixtureArchive.request(pos).at("/params/position").asText())
                .isEqualTo("84.2911951861308, -80.46912070924, 0.0");
    }

    @Test
    void withoutServerSideFiltersAPositionIsAConeSearchAtTheDefaultRadius() throws Exception {
        batched().search(List.of("pi Mensae"), Selection.all(), Optional.empty());

        Received cone = archive.received().stream()
                .filter(r -> r.body().contains("Mast.Caom.Cone")).findFirst().orElseThrow();
        assertThat(FixtureArchive.request(cone).at("/params/radius").asDouble()).isEqualTo(0.0001 / 3600);
    }

    @Test
    void everyTargetIsDeliveredExactlyOnceWhileTheRunIsInProgress() throws Exception {
        List<TargetOutcome> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        SearchReport report = batched().run(List.of(C9, C10, C11, "Nowhere Star").iterator(),
                Selection.k2LongCadenceLightCurves(), Optional.empty(), seen::add);

        assertThat(seen).extracting(TargetOutcome::index).containsExactlyInAnyOrder(0, 1, 2, 3);
        assertThat(report.targets()).isEqualTo(4);
        assertThat(report.matched()).isEqualTo(2);
        assertThat(report.empty()).isEqualTo(1);
        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.products()).isEqualTo(3);
    }

    @Test
    void anUnreadableNameTableSendsItsNamesToTheResolver() throws Exception {
        ProductSearch s = search(new SearchSettings(100, Duration.ofMillis(20), 100, 4),
                r -> r.uri().getPath().equals("/TAP/sync"));

        List<TargetOutcome> out = s.search(List.of("K2-18", "K2-3"), Selection.all(), Optional.empty());

        assertThat(out).allSatisfy(o -> assertThat(o.failure()).hasValueSatisfying(f -> assertThat(f)
                .contains("the Exoplanet Archive's k2names could not be read (HTTP 503")
                .contains("the SANTA resolver found nothing")));
        assertThat(archive.requestsTo("/TAP/sync")).isEqualTo(1);
        assertThat(archive.requestsTo("/Santa-war/query")).isEqualTo(1);
    }

    // ------------------------------------------------------------------ missions, seasons, authors, keys

    private static List<FoundProduct> products(List<TargetOutcome> out, int i) {
        return out.get(i).products();
    }

    @Test
    void campaignTenKeepsTheC102LightCurveWithItsKeyByRule() throws Exception {
        Selection c10 = Selection.all().withSeasons(Seasons.parse(Mission.K2, "10")).withProducts(Set.of("LLC"));

        List<TargetOutcome> out = batched().search(List.of(C10), c10, Optional.empty());

        assertThat(products(out, 0)).singleElement().satisfies(p -> {
            assertThat(p.productFilename()).isEqualTo("ktwo228725972-c102_llc.fits");
            assertThat(p.sizeBytes().getAsLong()).isEqualTo(368640);
            assertThat(p.s3Key()).contains("k2/public/lightcurves/c102/228700000/25000/ktwo228725972-c102_llc.fits");
        });
        var filters = FixtureArchive.request(archive.received().stream()
                .filter(r -> r.body().contains("Mast.Caom.Filtered")).findFirst().orElseThrow()).at("/params/filters");
        assertThat(filters.get(1).toString()).isEqualTo("{\"paramName\":\"project\",\"separator\":\";\",\"values\":[\"K2\"]}");
        assertThat(filters.get(2).toString()).isEqualTo("{\"paramName\":\"sequence_number\",\"values\":[\"10\"]}");
    }

    @Test
    void aCampaignHalfKeepsOnlyThatHalfsFiles() throws Exception {
        List<TargetOutcome> out = batched().search(List.of(C10),
                Selection.all().withSeasons(Seasons.parse(Mission.K2, "101")), Optional.empty());

        assertThat(products(out, 0)).extracting(FoundProduct::productFilename)
                .containsExactly("ktwo228725972-c101_lpd-targ.fits.gz");
    }

    @Test
    void campaignElevenGivesBothHalvesLightCurvesWithOneConfirmingPathLookup() throws Exception {
        List<TargetOutcome> out = batched().search(List.of(C11),
                Selection.all().withSeasons(Seasons.parse(Mission.K2, "11")).withProducts(Set.of("LLC")),
                Optional.empty());

        assertThat(products(out, 0)).extracting(p -> p.productFilename() + " " + p.sizeBytes().getAsLong() + " "
                + p.s3Key().orElseThrow()).containsExactly(
                "ktwo203830112-c111_llc.fits 144000 k2/public/lightcurves/c111/203800000/30000/ktwo203830112-c111_llc.fits",
                "ktwo203830112-c112_llc.fits 264960 k2/public/lightcurves/c112/203800000/30000/ktwo203830112-c112_llc.fits");
        List<Received> lookups = archive.received().stream()
                .filter(r -> r.uri().getPath().equals("/api/v0.1/path_lookup/")).toList();
        assertThat(lookups).singleElement().satisfies(r -> assertThat(r.uri().getRawQuery().split("uri=")).hasSize(2));
    }

    @Test
    void verifiedKeysAreAllLookedUp() throws Exception {
        ProductSearch s = search(new SearchSettings(100, Duration.ofSeconds(20), 100, 4, true), r -> false);

        List<TargetOutcome> out = s.search(List.of(C11), Selection.k2LongCadenceLightCurves(), Optional.empty());

        assertThat(products(out, 0)).hasSize(2).allSatisfy(p -> assertThat(p.s3Key()).isPresent());
        assertThat(archive.received().stream().filter(r -> r.uri().getPath().equals("/api/v0.1/path_lookup/")))
                .singleElement().satisfies(r -> assertThat(r.uri().getRawQuery().split("uri=")).hasSize(3));
    }

    @Test
    void campaignNineHasNoPipelineLightCurveButK2sffObservations() throws Exception {
        List<TargetOutcome> llc = batched().search(List.of(C9), Selection.k2LongCadenceLightCurves(), Optional.empty());
        archive.close();
        List<TargetOutcome> k2sff = batched().search(List.of(C9),
                Selection.all().withAuthors(Set.of("k2sff")).withSeasons(Seasons.parse(Mission.K2, "9")),
                Optional.empty());

        assertThat(llc.get(0).failed()).isFalse();
        assertThat(llc.get(0).products()).isEmpty();
        assertThat(llc.get(0).note()).hasValueSatisfying(n -> assertThat(n)
                .contains("K2 campaign 9 has no pipeline light curves"));
        assertThat(k2sff.get(0).note()).hasValueSatisfying(n -> assertThat(n)
                .contains("hlsp_k2sff_k2_lightcurve_228162462-c91_kepler_v1_llc")
                .contains("hlsp_k2sff_k2_lightcurve_228162462-c92_kepler_v1_llc"));
        var filters = FixtureArchive.request(archive.received().stream()
                .filter(r -> r.body().contains("Mast.Caom.Filtered")).findFirst().orElseThrow()).at("/params/filters");
        assertThat(filters.get(2).toString()).isEqualTo("{\"paramName\":\"provenance_name\",\"values\":[\"k2sff\"]}");
    }

    @Test
    void k2HlspLightCurvesByAuthorAndFileNameEnding() throws Exception {
        List<TargetOutcome> out = batched().search(List.of(C10), Selection.all().withMission("K2")
                .withAuthors(Set.of("K2SFF", "EVEREST")).withExtensions(Set.of("lc.fits")), Optional.empty());

        assertThat(products(out, 0)).extracting(p -> p.obsCollection() + " " + p.productFilename() + " "
                + p.sizeBytes().getAsLong() + " " + p.s3Key().isPresent()).containsExactlyInAnyOrder(
                "HLSP hlsp_k2sff_k2_lightcurve_228725972-c102_kepler_v1_llc.fits 2514240 false",
                "HLSP hlsp_everest_k2_llc_228725972-c102_kepler_v2.0_lc.fits 12407040 false");
    }

    @Test
    void minimumRecommendedProductsOnly() throws Exception {
        List<TargetOutcome> out = batched().search(List.of(C10), Selection.all().withMrpOnly(true), Optional.empty());

        assertThat(products(out, 0)).hasSize(13).extracting(FoundProduct::productFilename)
                .contains("ktwo228725972-c102_llc.fits", "hlsp_everest_k2_llc_228725972-c102_kepler_v2.0_lc.fits")
                .doesNotContain("ktwo228725972-c102_llc_bw_large.png",
                        "hlsp_k2sff_k2_lightcurve_228725972-c102_kepler_v1_allfiles.tar.gz");
    }

    @Test
    void tessPositionalQueryIsByteForByteWhatLightkurveSent() throws Exception {
        String recorded = radio.testing.Fixtures.text("mast/tess_filtered_position_pi_mensae.request.txt");
        String cacheBreaker = FixtureArchive.request(recorded).get("cacheBreaker").asText();
        Selection tessSector1 = Selection.all().withMission("TESS").withSeasons(Seasons.parse(Mission.TESS, "1"))
                .withExposure(ExposureRange.parse("0..9999"));

        batched().search(List.of("pi Mensae"), tessSector1, Optional.empty());

        Received sent = archive.received().stream().filter(r -> r.body().contains("Mast.Caom.Filtered.Position"))
                .findFirst().orElseThrow();
        String ours = FixtureArchive.request(sent).get("cacheBreaker").asText();
        assertThat(sent.body().replace(ours, cacheBreaker)).isEqualTo(recorded);
    }
}
