package radio.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static radio.transfer.TransferFixtures.assertNoTemporaryFiles;
import static radio.transfer.TransferFixtures.content;
import static radio.transfer.TransferFixtures.k2;
import static radio.transfer.TransferFixtures.read;

import java.net.URI;
import java.net.http.HttpClient;
import radio.archive.Transport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import radio.catalog.CatalogStore;
import radio.config.RadioConfig;
import radio.testing.LoopbackHttpServer;
import radio.testing.LoopbackHttpServer.Fault;
import radio.testing.MastDownloadFiles;

/** Downloads through MAST's {@code Download/file} from a loopback server that misbehaves on demand. */
class TransferMastTest {
    @TempDir
    Path dir;

    private LoopbackHttpServer mast;
    private MastDownloadFiles files;
    private CatalogStore catalog;
    private final Transport http = TransferFixtures.http();

    @BeforeEach
    void start() throws Exception {
        files = new MastDownloadFiles();
        mast = LoopbackHttpServer.start(files);
        catalog = CatalogStore.open(dir.resolve("radio-home/catalog.db"));
    }

    @AfterEach
    void stop() throws Exception {
        mast.close();
        catalog.close();
    }

    private RadioConfig.Builder config() {
        // no S3 endpoint is reachable here: the items below have no key, or --source mast is used
        return TransferFixtures.config(dir, mast.uri(), URI.create("http://127.0.0.1:9"));
    }

    private TransferEngine engine(RadioConfig config) {
        return new TransferEngine(config, TransferFixtures.fastSettings(), http, catalog);
    }

    private List<TransferItem> items(int n, int size) {
        List<TransferItem> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            TransferItem it = k2(String.valueOf(211000000 + i), size + i, false);
            files.put(it.dataUri().orElseThrow(), content(100 + i, size + i));
            items.add(it);
        }
        return items;
    }

    private static DownloadOptions mastOnly(Path out) {
        return new DownloadOptions(out, SourcePolicy.MAST, false);
    }

    @Test
    void requestsDownloadFileWithTheUriEncodedExceptColonAndSlash() throws Exception {
        String uri = "mast:HLSP/k2sff/c102/odd name+&=?.fits";
        TransferItem it = TransferItem.product("K2-3", "HLSP", "hlsp_k2sff_k2_lightcurve_201367065-c01_kepler_v1",
                Optional.empty(), "odd name+&=?.fits", uri, Optional.empty(), OptionalLong.of(1000));
        files.put(uri, content(1, 1000));
        Path out = dir.resolve("out");
        try (TransferEngine engine = engine(config().build())) {
            TransferReport report = engine.download(DownloadOptions.to(out), List.of(it), TransferEvents.NONE);
            assertThat(report.downloaded()).singleElement()
                    .satisfies(c -> assertThat(read(c.file())).isEqualTo(content(1, 1000)));
        }
        assertThat(mast.requests()).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("GET");
            assertThat(r.target()).isEqualTo(
                    "/api/v0.1/Download/file?uri=mast:HLSP/k2sff/c102/odd%20name%2B%26%3D%3F.fits");
            assertThat(r.header("User-Agent")).hasValueSatisfying(a -> assertThat(a).startsWith("radio/"));
        });
    }

    @Test
    void everyFileEndsCompleteDespiteTwentyPercentFaults() throws Exception {
        List<TransferItem> items = items(30, 50_000);
        Path out = dir.resolve("out");
        FaultyNetwork faults = new FaultyNetwork(7, 0.2);
        mast.faults(faults).stallMillis(4_000);
        TransferReport report;
        try (TransferEngine engine = engine(config().maxAttempts(10).build())) {
            report = engine.download(mastOnly(out), items, TransferEvents.NONE);
        }
        assertThat(faults.injected()).isGreaterThanOrEqualTo(4);
        assertThat(report.failed()).isEmpty();
        for (int i = 0; i < 30; i++) {
            CompletedTransfer c = report.downloaded().get(i);
            assertThat(c.source()).isEqualTo(TransferSource.MAST);
            assertThat(read(c.file())).as("file %d", i).isEqualTo(content(100 + i, 50_000 + i));
        }
        assertNoTemporaryFiles(out);
        Path csv = dir.resolve("m/manifest.csv");
        ManifestWriter.forFile(csv).write(report);
        ManifestAssertions.assertTruthful(csv, report);
    }

    @Test
    void neverOpensMoreThanTheMastConnectionLimit() throws Exception {
        List<TransferItem> items = items(10, 4_000);
        AtomicInteger busy = new AtomicInteger();
        AtomicInteger mostBusy = new AtomicInteger();
        // the server thinks a while over each request: a client that keeps more requests open would be seen here
        mast.handler(r -> {
            mostBusy.accumulateAndGet(busy.incrementAndGet(), Math::max);
            try {
                Thread.sleep(40);
                return files.handle(r);
            } catch (InterruptedException e) {
                throw new java.io.InterruptedIOException();
            } finally {
                busy.decrementAndGet();
            }
        });
        Path out = dir.resolve("out");
        try (TransferEngine engine = engine(config().jobs(16).mastConnections(2).build())) {
            assertThat(engine.download(mastOnly(out), items, TransferEvents.NONE).downloaded()).hasSize(10);
        }
        assertThat(mostBusy.get()).isEqualTo(2);
    }

    @Test
    void resumesWithRangeAndIfRangeWhenUnchangedAndRestartsWhenChanged() throws Exception {
        TransferItem unchanged = k2("212000001", 80_000, false);
        TransferItem changed = k2("212000002", 80_000, false);
        files.put(unchanged.dataUri().get(), content(1, 80_000)).put(changed.dataUri().get(), content(2, 80_000));
        Path out = dir.resolve("out");
        try (TransferEngine engine = engine(config().maxAttempts(1).build())) {
            // the first body is cut in half, then MAST is down: the item fails keeping its half
            mast.faults(FaultyNetwork.firstGetThenUnavailable(Fault.TRUNCATE));
            assertThat(engine.download(mastOnly(out), List.of(unchanged), TransferEvents.NONE).failed()).hasSize(1);
            mast.faults(FaultyNetwork.firstGetThenUnavailable(Fault.TRUNCATE));
            assertThat(engine.download(mastOnly(out), List.of(changed), TransferEvents.NONE).failed()).hasSize(1);
        }
        Path a = Destinations.resolve(out, unchanged);
        Path b = Destinations.resolve(out, changed);
        // the server sent half of each body; the client keeps what reached it before the connection closed
        long partA = Files.size(Destinations.part(a));
        long partB = Files.size(Destinations.part(b));
        assertThat(partA).isBetween(1L, 40_000L);
        assertThat(partB).isBetween(1L, 40_000L);

        byte[] newContent = content(3, 80_000);
        files.put(changed.dataUri().get(), newContent);
        mast.faults(LoopbackHttpServer.FaultPolicy.NONE).clearRequests();
        TransferReport report;
        try (TransferEngine engine = engine(config().build())) {
            report = engine.download(mastOnly(out), List.of(unchanged, changed), TransferEvents.NONE);
        }
        assertThat(report.downloaded()).hasSize(2);
        assertThat(read(a)).isEqualTo(content(1, 80_000));
        assertThat(read(b)).isEqualTo(newContent);
        assertThat(mast.requests()).hasSize(2);
        assertThat(mast.requests()).filteredOn(r -> r.target().contains("212000001")).singleElement()
                .satisfies(r -> assertThat(r.header("Range")).contains("bytes=" + partA + "-"));
        assertThat(mast.requests()).filteredOn(r -> r.target().contains("212000002")).singleElement()
                .satisfies(r -> assertThat(r.header("Range")).contains("bytes=" + partB + "-"));
        assertThat(mast.requests()).allSatisfy(r -> assertThat(r.header("If-Range")).isPresent());
        assertThat(report.bytesTransferred()).as("the rest of one file, all of the other")
                .isEqualTo(80_000 - partA + 80_000);
        assertNoTemporaryFiles(out);
    }

    @Test
    void aMissingFileFailsAloneWithMastsAnswerAndTheRestCompletes() throws Exception {
        List<TransferItem> items = new ArrayList<>(items(2, 10_000));
        TransferItem missing = k2("219999999", 10_000, false);
        items.add(1, missing);
        Path out = dir.resolve("out");
        TransferReport report;
        try (TransferEngine engine = engine(config().build())) {
            report = engine.download(DownloadOptions.to(out), items, TransferEvents.NONE);
        }
        assertThat(report.downloaded()).hasSize(2);
        assertThat(report.outcomes().get(1)).isInstanceOfSatisfying(FailedTransfer.class, f -> {
            assertThat(f.item()).isEqualTo(missing);
            assertThat(f.cause()).isInstanceOfSatisfying(MastTransferException.class,
                    e -> assertThat(e.status()).hasValue(404));
            assertThat(f.message()).contains("404").contains("MAST does not have this file");
        });
        assertThat(mast.count(r -> r.target().contains("219999999"))).as("404 is final, not retried").isEqualTo(1);
    }

    @Test
    void tokenGoesOnlyToTheMastHostAsACookie() throws Exception {
        String token = "secret-token-0123456789";
        TransferItem it = k2("213000001", 5_000, false);
        try (LoopbackHttpServer elsewhere = LoopbackHttpServer.start(files)) {
            files.put(it.dataUri().get(), content(4, 5_000));
            // MAST redirects to another host (localhost is not 127.0.0.1 as far as origins go)
            mast.handler(r -> {
                Map<String, String> h = new LinkedHashMap<>();
                h.put("Location", "http://localhost:" + elsewhere.port() + r.target());
                return new LoopbackHttpServer.Response(302, h, new byte[0]);
            });
            Path out = dir.resolve("out");
            TransferReport report;
            try (TransferEngine engine = engine(config().mastToken(token).build())) {
                report = engine.download(DownloadOptions.to(out), List.of(it), TransferEvents.NONE);
            }
            assertThat(report.downloaded()).hasSize(1);
            assertThat(mast.requests()).singleElement()
                    .satisfies(r -> assertThat(r.header("Cookie")).contains("mast_token=" + token));
            assertThat(elsewhere.requests()).singleElement()
                    .satisfies(r -> assertThat(r.header("Cookie")).isEmpty());
            Path manifest = dir.resolve("manifest.json");
            ManifestWriter.forFile(manifest).write(report);
            assertThat(Files.readString(manifest, StandardCharsets.UTF_8)).doesNotContain(token);
        }
    }
}
