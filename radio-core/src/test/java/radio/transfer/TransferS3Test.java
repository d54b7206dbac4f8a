package radio.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static radio.transfer.TransferFixtures.BUCKET;
import static radio.transfer.TransferFixtures.assertNoTemporaryFiles;
import static radio.transfer.TransferFixtures.content;
import static radio.transfer.TransferFixtures.k2;
import static radio.transfer.TransferFixtures.key;
import static radio.transfer.TransferFixtures.read;

import java.net.http.HttpClient;
import radio.archive.Transport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import radio.catalog.CatalogStore;
import radio.catalog.FileRecord;
import radio.config.RadioConfig;
import radio.testing.LoopbackHttpServer;
import radio.testing.LoopbackHttpServer.Fault;
import radio.testing.MastDownloadFiles;
import radio.testing.S3ProxyFixture;

/** S3 behaviour against a real S3 server (s3proxy), seen through a counting, fault-injecting proxy. */
class TransferS3Test {
    private static S3ProxyFixture s3;
    private static final AtomicInteger BUCKETS = new AtomicInteger();

    @TempDir
    Path dir;

    private LoopbackHttpServer front;
    private LoopbackHttpServer mast;
    private MastDownloadFiles mastFiles;
    private String bucket;
    private CatalogStore catalog;
    private final Transport http = TransferFixtures.http();

    @BeforeAll
    static void startS3() throws Exception {
        s3 = S3ProxyFixture.start();
    }

    @AfterAll
    static void stopS3() throws Exception {
        s3.close();
    }

    @BeforeEach
    void servers() throws Exception {
        bucket = BUCKET + "-" + BUCKETS.incrementAndGet();
        s3.createBucket(bucket);
        front = LoopbackHttpServer.proxyTo(s3.port());
        mastFiles = new MastDownloadFiles();
        mast = LoopbackHttpServer.start(mastFiles);
        catalog = CatalogStore.open(dir.resolve("radio-home/catalog.db"));
    }

    @AfterEach
    void stop() throws Exception {
        front.close();
        mast.close();
        catalog.close();
    }

    private RadioConfig.Builder config() {
        return TransferFixtures.config(dir, mast.uri(), front.uri()).bucket(bucket);
    }

    private TransferEngine engine(RadioConfig config) {
        return new TransferEngine(config, TransferFixtures.fastSettings(), http, catalog);
    }

    /** A K2 item in this test's bucket. */
    private TransferItem item(String epic, int size) {
        TransferItem k = k2(epic, size, true);
        return new TransferItem(k.target(), k.obsCollection(), k.obsId(), k.product(), k.productFilename(), k.dataUri(),
                Optional.of(new S3Location(bucket, key(k))), k.expectedSize(), k.layout());
    }

    private List<TransferItem> publicItems(int n, int size) {
        List<TransferItem> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            TransferItem it = item(String.valueOf(201000000 + i), size + i);
            s3.putPublic(bucket, key(it), content(i, size + i));
            items.add(it);
        }
        return items;
    }

    private static long gets(LoopbackHttpServer server) {
        return server.count(r -> r.method().equals("GET"));
    }

    @Test
    void downloadsPublicObjectsAnonymouslyVerifiesAndRecordsThem() throws Exception {
        List<TransferItem> items = publicItems(12, 40_000);
        Path out = dir.resolve("out");
        TransferReport report;
        try (TransferEngine engine = engine(config().build())) {
            report = engine.download(DownloadOptions.to(out), items, TransferEvents.NONE);
        }
        assertThat(report.failed()).isEmpty();
        assertThat(report.downloaded()).hasSize(12);
        for (int i = 0; i < 12; i++) {
            CompletedTransfer c = report.downloaded().get(i);
            assertThat(c.item()).isEqualTo(items.get(i));
            assertThat(c.source()).isEqualTo(TransferSource.S3);
            assertThat(c.file()).isEqualTo(out.resolve("mastDownload/K2/" + items.get(i).obsId().orElseThrow() + "/"
                    + items.get(i).productFilename().orElseThrow()));
            assertThat(read(c.file())).isEqualTo(content(i, 40_000 + i));
            FileRecord r = catalog.file(c.file()).orElseThrow();
            assertThat(r.size()).isEqualTo(40_000 + i);
            assertThat(r.md5()).isEqualTo(c.md5());
            assertThat(r.source()).isEqualTo("s3");
            assertThat(r.s3Key()).contains(key(items.get(i)));
        }
        assertThat(report.bytesDownloaded()).isEqualTo(12 * 40_000 + 66);
        assertThat(gets(front)).isEqualTo(12);
        // anonymous: nothing signed, no credentials sent
        assertThat(front.requests()).allSatisfy(r -> assertThat(r.header("Authorization")).isEmpty());
        assertThat(mast.requests()).isEmpty();
        assertNoTemporaryFiles(out);
    }

    @Test
    void privateObjectGivesClear403InS3ModeAndFallsBackToMastInAutoMode() throws Exception {
        TransferItem it = item("202000001", 30_000);
        byte[] body = content(7, 30_000);
        s3.putPrivate(bucket, key(it), body);
        mastFiles.put(it.dataUri().orElseThrow(), body);
        Path out = dir.resolve("out");
        try (TransferEngine engine = engine(config().build())) {
            TransferReport s3Only = engine.download(new DownloadOptions(out, SourcePolicy.S3, false), List.of(it),
                    TransferEvents.NONE);
            assertThat(s3Only.failed()).hasSize(1);
            FailedTransfer f = s3Only.failed().get(0);
            assertThat(f.cause()).isInstanceOf(S3TransferException.class);
            S3TransferException e = (S3TransferException) f.cause();
            assertThat(e.status()).hasValue(403);
            assertThat(e.errorCode()).contains("AccessDenied");
            assertThat(f.message()).contains("s3://" + bucket + "/" + key(it)).contains("403").contains("access denied");
            assertThat(f.source()).contains(TransferSource.S3);
            assertThat(Files.exists(f.destination().orElseThrow())).isFalse();
            assertThat(mast.requests()).isEmpty();

            TransferReport auto = engine.download(DownloadOptions.to(out), List.of(it), TransferEvents.NONE);
            assertThat(auto.failed()).isEmpty();
            assertThat(auto.downloaded()).singleElement().satisfies(c -> {
                assertThat(c.source()).isEqualTo(TransferSource.MAST);
                assertThat(read(c.file())).isEqualTo(body);
            });
        }
        assertThat(gets(mast)).isEqualTo(1);
        assertNoTemporaryFiles(out);
    }

    @Test
    void missingKeyFallsBackToMastInAutoMode() throws Exception {
        TransferItem it = item("202000002", 20_000);
        byte[] body = content(8, 20_000);
        mastFiles.put(it.dataUri().orElseThrow(), body);
        Path out = dir.resolve("out");
        try (TransferEngine engine = engine(config().build())) {
            TransferReport report = engine.download(DownloadOptions.to(out), List.of(it), TransferEvents.NONE);
            assertThat(report.downloaded()).singleElement().satisfies(c -> {
                assertThat(c.source()).isEqualTo(TransferSource.MAST);
                assertThat(read(c.file())).isEqualTo(body);
            });
        }
        assertThat(gets(front)).isEqualTo(1);
    }

    @Test
    void signedRequestsWithANamedProfileReadPrivateObjects() throws Exception {
        TransferItem it = item("203000001", 25_000);
        byte[] body = content(9, 25_000);
        s3.putPrivate(bucket, key(it), body);
        Path awsConfig = dir.resolve("aws/config");
        Path awsCredentials = dir.resolve("aws/credentials");
        Files.createDirectories(awsConfig.getParent());
        Files.writeString(awsConfig, "[profile radio-test]\nregion = us-east-1\n");
        Files.writeString(awsCredentials, "[radio-test]\naws_access_key_id = " + S3ProxyFixture.ACCESS_KEY
                + "\naws_secret_access_key = " + S3ProxyFixture.SECRET_KEY + "\n");
        TransferSettings settings = TransferFixtures.fastSettings()
                .withAwsProfileFiles(Optional.of(awsConfig), Optional.of(awsCredentials));
        RadioConfig config = config().signed(true).awsProfile("radio-test").build();
        Path out = dir.resolve("out");
        try (TransferEngine engine = new TransferEngine(config, settings, http, catalog)) {
            TransferReport report = engine.download(new DownloadOptions(out, SourcePolicy.S3, false), List.of(it),
                    TransferEvents.NONE);
            assertThat(report.failed()).isEmpty();
            assertThat(read(report.downloaded().get(0).file())).isEqualTo(body);
        }
        assertThat(front.requests()).allSatisfy(r -> assertThat(r.header("Authorization"))
                .hasValueSatisfying(a -> assertThat(a).contains("Credential=" + S3ProxyFixture.ACCESS_KEY + "/")));
    }

    @Test
    void corruptedObjectIsCaughtByTheEtagRetriedAndReported() throws Exception {
        TransferItem it = item("204000001", 30_000);
        s3.putPublic(bucket, key(it), content(10, 30_000));
        s3.corrupt(bucket, key(it), 12_345);
        Path out = dir.resolve("out");
        TransferReport report;
        try (TransferEngine engine = engine(config().maxAttempts(3).build())) {
            report = engine.download(new DownloadOptions(out, SourcePolicy.S3, false), List.of(it), TransferEvents.NONE);
        }
        assertThat(report.downloaded()).isEmpty();
        FailedTransfer f = report.failed().get(0);
        assertThat(f.cause()).isInstanceOf(IntegrityException.class);
        assertThat(f.message()).contains("MD5").contains("ETag");
        assertThat(gets(front)).as("retried, then reported").isEqualTo(3);
        assertThat(Files.exists(f.destination().orElseThrow())).isFalse();
        assertThat(catalog.file(f.destination().orElseThrow())).isEmpty();
        assertNoTemporaryFiles(out);
    }

    @Test
    void rerunOfAFinishedDownloadMakesNoRequestAtAll() throws Exception {
        List<TransferItem> items = publicItems(6, 20_000);
        Path out = dir.resolve("out");
        try (TransferEngine engine = engine(config().build())) {
            assertThat(engine.download(DownloadOptions.to(out), items, TransferEvents.NONE).downloaded()).hasSize(6);
        }
        front.clearRequests();
        TransferReport again;
        try (TransferEngine engine = engine(config().build())) {
            again = engine.download(DownloadOptions.to(out), items, TransferEvents.NONE);
        }
        assertThat(again.present()).hasSize(6);
        assertThat(again.present()).allSatisfy(c -> assertThat(c.source()).isEqualTo(TransferSource.LOCAL));
        assertThat(front.requests()).isEmpty();
        assertThat(mast.requests()).isEmpty();
    }

    @Test
    void fileOnDiskUnknownToTheCatalogIsVerifiedWithOneHeadNotDownloaded() throws Exception {
        List<TransferItem> items = publicItems(2, 20_000);
        Path out = dir.resolve("out");
        Path good = Destinations.resolve(out, items.get(0));
        Path bad = Destinations.resolve(out, items.get(1));
        Files.createDirectories(good.getParent());
        Files.createDirectories(bad.getParent());
        Files.write(good, content(0, 20_000));
        byte[] wrong = content(1, 20_001);
        wrong[100] ^= 1;
        Files.write(bad, wrong);
        TransferReport report;
        try (TransferEngine engine = engine(config().build())) {
            report = engine.download(DownloadOptions.to(out), items, TransferEvents.NONE);
        }
        assertThat(report.present()).singleElement().satisfies(c -> assertThat(c.file()).isEqualTo(good));
        assertThat(report.downloaded()).singleElement().satisfies(c -> assertThat(c.file()).isEqualTo(bad));
        assertThat(read(bad)).isEqualTo(content(1, 20_001));
        assertThat(front.count(r -> r.method().equals("HEAD"))).isEqualTo(2);
        assertThat(front.count(r -> r.method().equals("GET") && r.path().endsWith(items.get(0).productFilename().get())))
                .isZero();
        assertThat(catalog.file(good)).hasValueSatisfying(r -> assertThat(r.source()).isEqualTo("local"));
    }

    @Test
    void interruptedDownloadResumesWithRangeWhenTheObjectIsUnchanged() throws Exception {
        TransferItem it = item("205000001", 200_000);
        byte[] body = content(11, 200_000);
        s3.putPublic(bucket, key(it), body);
        Path out = dir.resolve("out");
        front.faults(FaultyNetwork.firstGetThenUnavailable(Fault.STALL)).stallMillis(4_000);
        try (TransferEngine engine = engine(config().maxAttempts(1).build())) {
            TransferReport first = engine.download(new DownloadOptions(out, SourcePolicy.S3, false), List.of(it),
                    TransferEvents.NONE);
            assertThat(first.failed()).singleElement()
                    .satisfies(f -> assertThat(f.cause()).isInstanceOf(S3TransferException.class)
                            .hasMessageContaining("503"));
        }
        Path dest = Destinations.resolve(out, it);
        long partial = Files.size(Destinations.part(dest));
        assertThat(partial).isBetween(1L, 100_000L); // the server sent half before stalling
        assertThat(Files.exists(Destinations.token(dest))).isTrue();
        assertThat(Files.exists(dest)).isFalse();

        front.faults(LoopbackHttpServer.FaultPolicy.NONE).clearRequests();
        try (TransferEngine engine = engine(config().build())) {
            TransferReport second = engine.download(DownloadOptions.to(out), List.of(it), TransferEvents.NONE);
            assertThat(second.downloaded()).hasSize(1);
            assertThat(second.bytesTransferred()).isEqualTo(200_000 - partial);
        }
        assertThat(front.requests()).singleElement().satisfies(r -> {
            assertThat(r.header("Range")).contains("bytes=" + partial + "-");
            assertThat(r.header("If-Match")).isPresent();
        });
        assertThat(read(dest)).isEqualTo(body);
        assertNoTemporaryFiles(out);
    }

    @Test
    void interruptedDownloadRestartsWhenTheObjectChanged() throws Exception {
        TransferItem it = item("205000002", 100_000);
        s3.putPublic(bucket, key(it), content(12, 100_000));
        Path out = dir.resolve("out");
        front.faults(FaultyNetwork.firstGetThenUnavailable(Fault.TRUNCATE));
        try (TransferEngine engine = engine(config().maxAttempts(1).build())) {
            assertThat(engine.download(new DownloadOptions(out, SourcePolicy.S3, false), List.of(it),
                    TransferEvents.NONE).failed()).hasSize(1);
        }
        Path dest = Destinations.resolve(out, it);
        long partial = Files.size(Destinations.part(dest));
        assertThat(partial).isBetween(1L, 50_000L);

        byte[] changed = content(13, 100_000);
        s3.putPublic(bucket, key(it), changed);
        front.faults(LoopbackHttpServer.FaultPolicy.NONE).clearRequests();
        try (TransferEngine engine = engine(config().build())) {
            assertThat(engine.download(DownloadOptions.to(out), List.of(it), TransferEvents.NONE).downloaded()).hasSize(1);
        }
        assertThat(front.requests()).hasSize(2);
        assertThat(front.requests().get(0).header("Range")).contains("bytes=" + partial + "-");
        assertThat(front.requests().get(1).header("Range")).isEmpty();
        assertThat(read(dest)).isEqualTo(changed);
        assertNoTemporaryFiles(out);
    }

    @Test
    void everyFileEndsCompleteDespiteTwentyPercentFaults() throws Exception {
        List<TransferItem> items = publicItems(40, 60_000);
        Path out = dir.resolve("out");
        FaultyNetwork faults = new FaultyNetwork(42, 0.2);
        front.faults(faults).stallMillis(4_000);
        TransferReport report;
        try (TransferEngine engine = engine(config().maxAttempts(10).build())) {
            report = engine.download(DownloadOptions.to(out), items, TransferEvents.NONE);
        }
        assertThat(faults.injected()).as("faults injected").isGreaterThanOrEqualTo(5);
        assertThat(report.failed()).isEmpty();
        assertThat(report.downloaded()).hasSize(40);
        for (int i = 0; i < 40; i++) {
            assertThat(read(report.downloaded().get(i).file())).as("file %d", i).isEqualTo(content(i, 60_000 + i));
        }
        assertNoTemporaryFiles(out);
        Path manifest = dir.resolve("manifest.csv");
        ManifestWriter.forFile(manifest).write(report);
        ManifestAssertions.assertTruthful(manifest, report);
    }
}
