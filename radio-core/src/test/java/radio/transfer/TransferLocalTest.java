package radio.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static radio.transfer.TransferFixtures.content;
import static radio.transfer.TransferFixtures.k2;
import static radio.transfer.TransferFixtures.read;

import java.net.URI;
import java.net.http.HttpClient;
import radio.archive.Transport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import radio.catalog.CatalogStore;
import radio.config.RadioConfig;
import radio.testing.LoopbackHttpServer;
import radio.testing.MastDownloadFiles;

/** Safety, offline answers, dry runs, duplicates and the listener contract. */
class TransferLocalTest {
    @TempDir
    Path dir;

    private LoopbackHttpServer mast;
    private MastDownloadFiles files;
    private CatalogStore catalog;
    private TransferEngine engine;
    private final Transport http = TransferFixtures.http();

    @BeforeEach
    void start() throws Exception {
        files = new MastDownloadFiles();
        mast = LoopbackHttpServer.start(files);
        catalog = CatalogStore.open(dir.resolve("radio-home/catalog.db"));
        RadioConfig config = TransferFixtures.config(dir, mast.uri(), URI.create("http://127.0.0.1:9")).build();
        engine = new TransferEngine(config, TransferFixtures.fastSettings(), http, catalog);
    }

    @AfterEach
    void stop() throws Exception {
        engine.close();
        mast.close();
        catalog.close();
    }

    private TransferItem served(String epic, int size) {
        TransferItem it = k2(epic, size, false);
        files.put(it.dataUri().orElseThrow(), content(Long.parseLong(epic), size));
        return it;
    }

    private static TransferItem named(String collection, String obsId, String fileName) {
        return TransferItem.product("X", collection, obsId, Optional.empty(), fileName, "mast:K2/url/x.fits",
                Optional.empty(), OptionalLong.of(10));
    }

    @Test
    void hostileNamesAndKeysAreRefusedNamingTheCulpritAndNothingIsWritten() throws Exception {
        Path out = dir.resolve("out");
        List<TransferItem> hostile = List.of(
                named("K2", "ktwo1-c01_lc", "../../x"),
                named("K2", "..", "x.fits"),
                named("C:", "ktwo1-c01_lc", "x.fits"),
                named("K2", "a/b", "x.fits"),
                named("K2", "ktwo1-c01_lc", "x\\..\\..\\y.fits"),
                named("K2", "ktwo1-c01_lc", "x\0.fits"),
                named("K2", "ktwo1-c01_lc", "x.fits.part"),
                TransferItem.ofS3(new S3Location("stpubdata", "/etc/passwd")),
                TransferItem.ofS3(new S3Location("stpubdata", "k2/public/../../../../etc/passwd")),
                TransferItem.ofS3(new S3Location("stpubdata", "k2//x.fits")),
                TransferItem.ofDataUri("mast:../../x.fits"),
                TransferItem.ofDataUri("mast:/etc/passwd"));
        TransferReport report = engine.download(DownloadOptions.to(out), hostile, TransferEvents.NONE);
        assertThat(report.failed()).hasSize(hostile.size());
        assertThat(report.failed()).allSatisfy(f -> {
            assertThat(f.cause()).isInstanceOf(UnsafePathException.class);
            assertThat(f.destination()).isEmpty();
            assertThat(f.source()).isEmpty();
        });
        UnsafePathException first = (UnsafePathException) report.failed().get(0).cause();
        assertThat(first.field()).isEqualTo("productFilename");
        assertThat(first.value()).isEqualTo("../../x");
        assertThat(first.getMessage()).contains("productFilename").contains("'../../x'");
        assertThat(((UnsafePathException) report.failed().get(2).cause()).field()).isEqualTo("obs_collection");
        assertThat(((UnsafePathException) report.failed().get(5).cause()).getMessage()).contains("\\u0000");
        assertThat(((UnsafePathException) report.failed().get(7).cause()).getMessage()).contains("absolute");
        assertThat(mast.requests()).isEmpty();
        assertThat(Files.exists(out)).isFalse();
        try (Stream<Path> s = Files.walk(dir)) {
            assertThat(s.filter(p -> p.getFileName().toString().equals("x") || p.toString().endsWith("passwd")))
                    .isEmpty();
        }
    }

    @Test
    void offlineReportsWhatTheCatalogAndDiskVouchForAndFailsTheRestWithoutNetwork() throws Exception {
        Path out = dir.resolve("out");
        TransferItem known = served("221000001", 3_000);
        TransferItem unknown = served("221000002", 3_000);
        TransferItem copiedIn = served("221000003", 3_000);
        assertThat(engine.download(DownloadOptions.to(out), List.of(known), TransferEvents.NONE).downloaded()).hasSize(1);
        Path copied = Destinations.resolve(out, copiedIn);
        Files.createDirectories(copied.getParent());
        Files.write(copied, content(221000003L, 3_000));
        mast.close();
        mast.clearRequests();

        TransferReport offline = engine.download(new DownloadOptions(out, SourcePolicy.AUTO, true),
                List.of(known, unknown, copiedIn), TransferEvents.NONE);

        assertThat(offline.present()).extracting(CompletedTransfer::item).containsExactly(known, copiedIn);
        assertThat(offline.failed()).singleElement().satisfies(f -> {
            assertThat(f.item()).isEqualTo(unknown);
            assertThat(f.cause()).isInstanceOf(NotAvailableOfflineException.class);
            assertThat(f.message()).contains("not available offline").contains("not downloaded yet");
        });
        assertThat(catalog.file(copied)).isPresent();
        assertThat(mast.requests()).isEmpty();
    }

    @Test
    void dryRunPlansWithoutAnyRequest() throws Exception {
        Path out = dir.resolve("out");
        TransferItem present = served("222000001", 2_000);
        engine.download(DownloadOptions.to(out), List.of(present), TransferEvents.NONE);
        TransferItem onDisk = served("222000002", 2_000);
        Path onDiskPath = Destinations.resolve(out, onDisk);
        Files.createDirectories(onDiskPath.getParent());
        Files.write(onDiskPath, content(222000002L, 2_000));
        TransferItem fresh = served("222000003", 2_000);
        TransferItem both = k2("222000004", 2_000, true);
        TransferItem hostile = named("K2", "..", "x.fits");
        mast.clearRequests();

        TransferPlan plan = engine.plan(DownloadOptions.to(out), List.of(present, onDisk, fresh, both, hostile));

        assertThat(plan.entries()).extracting(PlannedTransfer::action).containsExactly(
                PlannedTransfer.Action.PRESENT, PlannedTransfer.Action.VERIFY, PlannedTransfer.Action.FETCH,
                PlannedTransfer.Action.FETCH, PlannedTransfer.Action.FAIL);
        assertThat(plan.entries().get(2).source()).contains(TransferSource.MAST);
        assertThat(plan.entries().get(3).source()).contains(TransferSource.S3);
        assertThat(plan.entries().get(3).fallback()).contains(TransferSource.MAST);
        assertThat(plan.entries().get(4).note()).contains("obs_id");
        assertThat(plan.bytesToFetch()).hasValue(4_000);
        assertThat(plan.count(PlannedTransfer.Action.FETCH)).isEqualTo(2);
        assertThat(mast.requests()).isEmpty();
        assertThat(Files.exists(Destinations.resolve(out, fresh))).isFalse();
    }

    @Test
    void sourcePolicyWithoutAUsableSourceFailsTheItemAtOnce() throws Exception {
        TransferItem noKey = served("223000001", 1_000);
        TransferItem s3Only = TransferItem.ofS3(new S3Location("stpubdata", "k2/public/x.fits"));
        Path out = dir.resolve("out");
        TransferReport s3 = engine.download(new DownloadOptions(out, SourcePolicy.S3, false), List.of(noKey),
                TransferEvents.NONE);
        TransferReport mastOnly = engine.download(new DownloadOptions(out, SourcePolicy.MAST, false), List.of(s3Only),
                TransferEvents.NONE);
        assertThat(s3.failed().get(0).cause()).isInstanceOf(NoSourceException.class).hasMessageContaining("--source s3");
        assertThat(mastOnly.failed().get(0).cause()).isInstanceOf(NoSourceException.class)
                .hasMessageContaining("--source mast");
        assertThat(mast.requests()).isEmpty();
    }

    @Test
    void duplicateDestinationsAreDownloadedOnceAndReportedPresent() throws Exception {
        TransferItem it = served("224000001", 5_000);
        Path out = dir.resolve("out");
        TransferReport report = engine.download(DownloadOptions.to(out), List.of(it, it), TransferEvents.NONE);
        assertThat(report.downloaded()).hasSize(1);
        assertThat(report.present()).hasSize(1);
        assertThat(mast.count(r -> r.method().equals("GET"))).isEqualTo(1);
    }

    @Test
    void listenersSeeOneInitiatedThenBytesThenExactlyOneEndPerItemAndCannotBreakTheRun() throws Exception {
        List<TransferItem> items = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            items.add(served(String.valueOf(225000000 + i), 150_000));
        }
        items.add(k2("225999999", 100, false)); // MAST has no such file
        items.add(named("K2", "..", "x.fits")); // refused at once
        Map<TransferItem, List<String>> seen = new ConcurrentHashMap<>();
        TransferEvents recorder = new TransferEvents() {
            @Override
            public void transferInitiated(TransferItem item) {
                seen.computeIfAbsent(item, k -> Collections.synchronizedList(new ArrayList<>())).add("initiated");
            }

            @Override
            public void bytesTransferred(TransferItem item, Progress progress) {
                seen.get(item).add(progress.total().equals(OptionalLong.of(150_000)) ? "bytes" : "bad total");
                throw new IllegalStateException("a careless listener");
            }

            @Override
            public void transferComplete(CompletedTransfer completed) {
                seen.get(completed.item()).add("complete");
            }

            @Override
            public void transferFailed(FailedTransfer failed) {
                seen.get(failed.item()).add("failed");
            }
        };
        TransferEvents thrower = new TransferEvents() {
            @Override
            public void transferInitiated(TransferItem item) {
                throw new IllegalStateException("another careless listener");
            }
        };
        TransferReport report = engine.download(DownloadOptions.to(dir.resolve("out")), items,
                TransferEvents.all(thrower, recorder));
        assertThat(report.downloaded()).hasSize(8);
        assertThat(report.failed()).hasSize(2);
        assertThat(seen).hasSize(10);
        for (TransferItem item : items) {
            List<String> events = seen.get(item);
            assertThat(events.get(0)).isEqualTo("initiated");
            assertThat(events.subList(1, events.size() - 1)).allMatch("bytes"::equals);
            assertThat(events.get(events.size() - 1)).isIn("complete", "failed");
            assertThat(events.stream().filter(e -> !e.equals("bytes"))).hasSize(2);
        }
        assertThat(seen.get(items.get(0))).contains("bytes");
    }

    @Test
    @Timeout(30)
    void closingAnUnfinishedSessionStopsWaitingRetriesAndReportsTheItemFailed() throws Exception {
        TransferItem it = served("227000001", 1_000);
        mast.handler(r -> {
            java.util.Map<String, String> h = new java.util.LinkedHashMap<>();
            h.put("Retry-After", "60");
            return new LoopbackHttpServer.Response(503, h, "busy".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
        RadioConfig slow = TransferFixtures.config(dir, mast.uri(), URI.create("http://127.0.0.1:9")).build();
        TransferSettings patient = TransferFixtures.fastSettings().withRetryMaxDelay(java.time.Duration.ofSeconds(60));
        try (TransferEngine e = new TransferEngine(slow, patient, http, catalog)) {
            TransferSession session = e.start(DownloadOptions.to(dir.resolve("out")), TransferEvents.NONE);
            session.submit(it);
            while (mast.requests().isEmpty()) {
                Thread.sleep(5);
            }
            Thread.sleep(500); // let the 503 arrive, so the item is waiting to retry when the session closes
            session.close(); // without the early wake-up this would wait out MAST's 60 s Retry-After
            TransferReport report = session.finish();
            assertThat(report.failed()).singleElement()
                    .satisfies(f -> assertThat(f.cause()).isInstanceOf(MastTransferException.class));
        }
        assertThat(mast.requests()).hasSize(1);
    }

    @Test
    void sessionAcceptsItemsWhileWorkingAndReportsProgress() throws Exception {
        Path out = dir.resolve("out");
        TransferItem a = served("226000001", 10_000);
        TransferItem b = served("226000002", 20_000);
        TransferReport report;
        try (TransferSession session = engine.start(DownloadOptions.to(out), TransferEvents.NONE)) {
            session.submit(a);
            while (session.progress().filesFinished() < 1) {
                Thread.sleep(5);
            }
            session.submit(b);
            report = session.finish();
            SessionProgress p = session.progress();
            assertThat(p.filesSubmitted()).isEqualTo(2);
            assertThat(p.filesDownloaded()).isEqualTo(2);
            assertThat(p.bytesDone()).isEqualTo(30_000);
            assertThat(p.bytesTotal()).hasValue(30_000);
            assertThat(p.bytesTransferred()).isEqualTo(30_000);
            assertThat(p.eta()).hasValue(java.time.Duration.ZERO);
            assertThatThrownBy(() -> session.submit(a)).isInstanceOf(IllegalStateException.class);
        }
        assertThat(report.downloaded()).extracting(CompletedTransfer::item).containsExactly(a, b);
        assertThat(read(Destinations.resolve(out, b))).isEqualTo(content(226000002L, 20_000));
    }
}
