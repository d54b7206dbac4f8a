package radio.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import radio.config.RadioConfig;
import radio.search.Selection;
import radio.sim.SimArchive;
import radio.sim.catalogue.Mission;
import radio.sim.catalogue.Product;
import radio.sim.catalogue.Target;
import radio.sim.server.Endpoint;
import radio.archive.exoplanets.TargetTable;

/** The Java facade against the simulated archive: the seed workflow in a few calls, checked against its truth. */
class RadioTest {
    private static SimArchive sim;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSim() {
        sim = SimArchive.builder().start();
    }

    @AfterAll
    static void stopSim() {
        sim.close();
    }

    private RadioConfig config() {
        return RadioConfig.builder(dir).mastUrl(sim.mastUrl()).resolverUrl(sim.resolverUrl())
                .exoplanetArchiveUrl(sim.exoplanetArchiveUrl()).s3Endpoint(sim.s3Endpoint())
                .retryBaseDelay(Duration.ofMillis(10)).build();
    }

    private static Set<String> uris(List<radio.api.Product> products) {
        return products.stream().map(radio.api.Product::dataUri).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> seedLightCurveUris() {
        Set<String> out = new TreeSet<>();
        sim.catalogue().seedTargetNames().forEach(n -> sim.catalogue().lightCurves(n).forEach(p -> out.add(p.dataUri())));
        return out;
    }

    @Test
    void targetsListTheK2HostsOfTheNameTableAsEpicDesignations() throws Exception {
        Set<String> expected = new TreeSet<>();
        for (Target t : sim.catalogue().targets(Mission.K2)) {
            if (t.inNameTable() && t.planets().stream().anyMatch(p -> p.missionName().isPresent())) {
                expected.add(t.designation());
            }
        }
        try (Radio radio = Radio.create(config())) {
            List<String> targets = radio.targets(TargetTable.K2NAMES);
            assertThat(targets).doesNotHaveDuplicates();
            assertThat(new TreeSet<>(targets)).isEqualTo(expected);
        }
    }

    @Test
    void theSeedWorkflowFindsDownloadsAndListsTheFilesAndASecondDownloadRequestsNothing() throws Exception {
        List<String> seeds = sim.catalogue().seedTargetNames();
        Path data = dir.resolve("data");
        try (Radio radio = Radio.create(config())) {
            SearchResults found = radio.search(seeds, Selection.k2LongCadenceLightCurves());

            assertThat(found.failures()).isEmpty();
            assertThat(uris(found.products())).isEqualTo(seedLightCurveUris());
            assertThat(found.of("K2-21")).singleElement().satisfies(p -> assertThat(p.s3Key()).isPresent());

            Downloads d = radio.download(found, data);

            assertThat(d.complete()).isTrue();
            assertThat(d.downloadedCount()).isEqualTo(found.size());
            assertThat(d.files()).hasSize(found.size());
            for (int i = 0; i < found.size(); i++) {
                radio.api.Product p = found.products().get(i);
                Product truth = sim.catalogue().productByUri(p.dataUri()).orElseThrow();
                Path file = d.paths().get(i);
                assertThat(file).isEqualTo(data.resolve("mastDownload/K2/" + truth.obsId() + "/" + truth.productFilename()));
                assertThat(Files.readAllBytes(file)).isEqualTo(sim.files().bytes(truth));
            }
            assertThat(d.files().stream().filter(f -> f.source() == DownloadedFile.Source.MAST)
                    .map(f -> f.target().orElseThrow())).containsExactlyInAnyOrder("K2-65", "K2-70");

            sim.resetCounters();
            Downloads again = radio.download(found, data);
            assertThat(again.presentCount()).isEqualTo(found.size());
            assertThat(sim.requestCount(Endpoint.S3_GET) + sim.requestCount(Endpoint.S3_HEAD)
                    + sim.requestCount(Endpoint.DOWNLOAD_GET) + sim.requestCount(Endpoint.DOWNLOAD_HEAD)).isZero();
        }
    }

    @Test
    void coneSearchHasSpacekitsSemanticsAndOfflineSearchAnswersFromTheCatalog() throws Exception {
        List<String> some = List.of("K2-21", "K2-28", "No Such Star 7");
        try (Radio radio = Radio.create(config())) {
            SearchResults cone = radio.coneSearch(some, "0s", "K2", 1800.0, "LLC");

            Set<String> expected = new TreeSet<>();
            for (String name : some.subList(0, 2)) {
                Target t = sim.catalogue().target(name).orElseThrow();
                sim.catalogue().observationsNear(t.ra(), t.dec(), 0).stream()
                        .filter(o -> o.obsCollection().equals("K2") && o.tExptime().doubleValue() == 1800)
                        .flatMap(o -> sim.catalogue().products(o).stream())
                        .filter(p -> "LLC".equals(p.productSubGroupDescription()))
                        .forEach(p -> expected.add(p.dataUri()));
            }
            assertThat(uris(cone.products())).isEqualTo(expected).isNotEmpty();
            assertThat(cone.failures()).containsOnlyKeys("No Such Star 7");

            SearchResults online = radio.search(some.subList(0, 2), Selection.k2LongCadenceLightCurves());
            SearchResults offline = radio.searchOffline(List.of("k2-21", "K2-28 b", "K2-39"),
                    Selection.k2LongCadenceLightCurves());
            assertThat(uris(offline.products())).isEqualTo(uris(online.products()));
            assertThat(offline.failures()).containsOnlyKeys("K2-39");
            assertThat(offline.failures().get("K2-39")).contains("not in the catalog");
        }
    }

    @Test
    void downloadingTargetsDirectlyOverlapsSearchAndTransferAndNamesFailedTargets() throws Exception {
        try (Radio radio = Radio.create(config())) {
            Downloads d = radio.download(List.of("K2-21", "K2-28", "No Such Star 8"),
                    Selection.k2LongCadenceLightCurves(), dir.resolve("data"));

            assertThat(d.complete()).isFalse();
            assertThat(d.targetsWithoutFiles()).singleElement().satisfies(t -> {
                assertThat(t.target()).isEqualTo("No Such Star 8");
                assertThat(t.status()).isEqualTo(TargetResult.Status.UNRESOLVED);
            });
            assertThat(d.failed()).isEmpty();
            Map<String, byte[]> truth = Map.of(
                    sim.catalogue().lightCurves("K2-21").get(0).productFilename(),
                    sim.files().bytes(sim.catalogue().lightCurves("K2-21").get(0)),
                    sim.catalogue().lightCurves("K2-28").get(0).productFilename(),
                    sim.files().bytes(sim.catalogue().lightCurves("K2-28").get(0)));
            assertThat(d.paths()).hasSize(2).allSatisfy(f ->
                    assertThat(Files.readAllBytes(f)).isEqualTo(truth.get(f.getFileName().toString())));
        }
    }
}
