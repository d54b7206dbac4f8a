package radio.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import radio.catalog.CatalogStore;
import radio.config.RadioConfig;
import radio.sim.SimArchive;
import radio.sim.catalogue.Product;
import radio.sim.server.Endpoint;
import radio.sim.server.Fault;
import radio.sim.server.FaultRule;

/**
 * The engine against the team's simulated archive (an independent implementation of S3 and MAST Download/file):
 * the seed workflow's light curves of the 31 seed hosts, with a fifth of all file responses spoiled.
 */
class TransferSimTest {
    @TempDir
    Path dir;

    private SimArchive sim;
    private CatalogStore catalog;
    /** Each item and the product it was made from. */
    private final Map<TransferItem, Product> products = new LinkedHashMap<>();

    @BeforeEach
    void start() {
        sim = SimArchive.builder().extraK2Targets(0).stallLimit(Duration.ofSeconds(5)).start();
        catalog = CatalogStore.open(dir.resolve("radio-home/catalog.db"));
        for (String name : sim.catalogue().seedTargetNames()) {
            for (Product p : sim.catalogue().lightCurves(name)) {
                products.put(TransferItem.product(name, p.obsCollection(), p.obsId(),
                        Optional.ofNullable(p.productSubGroupDescription()), p.productFilename(), p.dataUri(),
                        p.s3Key().map(k -> new S3Location(sim.bucket(), k)), OptionalLong.of(p.size())), p);
            }
        }
    }

    @AfterEach
    void stop() {
        catalog.close();
        sim.close();
    }

    private TransferEngine engine() {
        RadioConfig config = TransferFixtures.config(dir, sim.mastUrl(), sim.s3Endpoint()).bucket(sim.bucket())
                .maxAttempts(10).build();
        // the simulator renders each FITS file on first request: allow for that before calling a response stalled
        TransferSettings settings = TransferFixtures.fastSettings().withStallTimeout(Duration.ofMillis(2_000));
        return new TransferEngine(config, settings, TransferFixtures.http(), catalog);
    }

    private static long fileRequests(SimArchive sim) {
        return sim.requestCount(Endpoint.S3_GET) + sim.requestCount(Endpoint.S3_HEAD)
                + sim.requestCount(Endpoint.DOWNLOAD_GET) + sim.requestCount(Endpoint.DOWNLOAD_HEAD);
    }

    @Test
    void seedLightCurvesArriveByteIdenticalThroughTwentyPercentFaultsAndARerunMakesNoRequest() throws Exception {
        List<TransferItem> items = new ArrayList<>(products.keySet());
        assertThat(items).hasSizeGreaterThanOrEqualTo(30);
        sim.setFaults(List.of(
                FaultRule.rate(0.2, List.of(Fault.HTTP_503, Fault.RESET, Fault.TRUNCATE, Fault.STALL),
                        Endpoint.FILE_BODIES),
                FaultRule.rate(0.05, Fault.SLOW_DOWN, Endpoint.S3_GET)));
        Path out = dir.resolve("out");
        TransferReport report;
        try (TransferEngine engine = engine()) {
            report = engine.download(DownloadOptions.to(out), items, TransferEvents.NONE);
        }
        assertThat(sim.faultCount(Endpoint.S3_GET) + sim.faultCount(Endpoint.DOWNLOAD_GET)).isGreaterThan(3);
        assertThat(report.failed()).isEmpty();
        assertThat(report.downloaded()).hasSize(items.size());
        for (CompletedTransfer c : report.downloaded()) {
            Product p = products.get(c.item());
            assertThat(c.file()).isEqualTo(out.resolve("mastDownload/K2/" + p.obsId() + "/" + p.productFilename()));
            assertThat(Files.readAllBytes(c.file())).as("%s", c.file()).isEqualTo(sim.files().bytes(p));
            // K2-65's light curve is private and K2-70's missing from the bucket: both come from MAST
            String host = c.item().target().orElseThrow();
            assertThat(c.source()).as(host)
                    .isEqualTo(host.equals("K2-65") || host.equals("K2-70") ? TransferSource.MAST : TransferSource.S3);
        }
        TransferFixtures.assertNoTemporaryFiles(out);
        Path manifest = dir.resolve("manifest.csv");
        ManifestWriter.forFile(manifest).write(report);
        ManifestAssertions.assertTruthful(manifest, report);

        sim.setFaults(List.of());
        sim.resetCounters();
        TransferReport again;
        try (TransferEngine engine = engine()) {
            again = engine.download(DownloadOptions.to(out), items, TransferEvents.NONE);
        }
        assertThat(again.present()).hasSize(items.size());
        assertThat(fileRequests(sim)).isZero();
    }

    @Test
    void aCutS3BodyIsResumedWithRangeAndIfMatch() throws Exception {
        TransferItem item = products.keySet().stream().filter(i -> i.target().orElseThrow().equals("K2-21"))
                .findFirst().orElseThrow();
        sim.setFaults(List.of(FaultRule.first(1, Fault.TRUNCATE, Endpoint.S3_GET)));
        Path out = dir.resolve("out");
        try (TransferEngine engine = engine()) {
            TransferReport report = engine.download(DownloadOptions.to(out), List.of(item), TransferEvents.NONE);
            assertThat(report.downloaded()).singleElement().satisfies(c -> assertThat(c.source()).isEqualTo(TransferSource.S3));
        }
        var gets = sim.requests(Endpoint.S3_GET);
        assertThat(gets).hasSize(2);
        assertThat(gets.get(0).fault()).contains(Fault.TRUNCATE);
        assertThat(gets.get(1).header("Range")).hasValueSatisfying(r -> assertThat(r).matches("bytes=[1-9][0-9]*-"));
        assertThat(gets.get(1).header("If-Match")).contains(sim.files().etag(products.get(item)));
        assertThat(Files.readAllBytes(Destinations.resolve(out, item))).isEqualTo(sim.files().bytes(products.get(item)));
    }
}
