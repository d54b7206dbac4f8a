package radio.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static radio.transfer.TransferFixtures.content;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import radio.catalog.CatalogStore;
import radio.config.RadioConfig;
import radio.testing.LoopbackHttpServer;
import radio.testing.MastDownloadFiles;
import radio.testing.PartFiles;

/**
 * A process downloading is killed ({@code SIGKILL}) mid-transfer: what it leaves on disk is only complete, correct
 * files and resumable partials, and a new run finishes everything, resuming with Range.
 */
class TransferCrashTest {
    private static final int FILES = 12;
    private static final int SIZE = 120_000;
    /** Two seconds per file: longer than {@link DeferredToken#DELAY}, so the parts in flight get their tokens. */
    private static final long BYTES_PER_SECOND = 60_000;

    @TempDir
    Path dir;

    static List<TransferItem> items(int n) {
        List<TransferItem> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add(TransferFixtures.k2(String.valueOf(231000000 + i), SIZE, false));
        }
        return items;
    }

    @Test
    void killedDownloadLeavesOnlyGoodFilesAndResumablePartsAndARerunCompletes() throws Exception {
        List<TransferItem> items = items(FILES);
        MastDownloadFiles files = new MastDownloadFiles();
        for (int i = 0; i < FILES; i++) {
            files.put(items.get(i).dataUri().orElseThrow(), content(i, SIZE));
        }
        Path out = dir.resolve("out");
        Path home = dir.resolve("home");
        try (LoopbackHttpServer mast = LoopbackHttpServer.start(files).throttle(BYTES_PER_SECOND)) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            // killed, the child cannot remove its copy of SQLite's native library: keep it in the test folder
            Process child = new ProcessBuilder(java, "-Dorg.sqlite.tmpdir=" + dir, "-cp",
                    System.getProperty("java.class.path"), TransferCrashChild.class.getName(), mast.uri().toString(), out.toString(), home.toString(),
                    Integer.toString(FILES))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (PartFiles.resumable(out) < 3 && child.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
            } finally {
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(Files.readString(dir.resolve("child.log"))).doesNotContain("finished before being killed");
            assertThat(PartFiles.withBytes(out)).as("partial downloads left by the killed process").isGreaterThan(0);
            assertFinalNamesHoldOnlyCorrectFiles(items, out);

            mast.clearRequests();
            mast.throttle(0);
            RadioConfig config = TransferFixtures.config(home, mast.uri(), URI.create("http://127.0.0.1:9")).build();
            TransferReport report;
            try (CatalogStore catalog = CatalogStore.open(config.catalogFile());
                 TransferEngine engine = new TransferEngine(config, TransferFixtures.fastSettings(),
                         TransferFixtures.http(), catalog)) {
                report = engine.download(DownloadOptions.to(out), items, TransferEvents.NONE);
            }
            assertThat(report.failed()).isEmpty();
            assertThat(report.downloaded().size() + report.present().size()).isEqualTo(FILES);
            for (int i = 0; i < FILES; i++) {
                assertThat(Files.readAllBytes(Destinations.resolve(out, items.get(i)))).isEqualTo(content(i, SIZE));
            }
            assertThat(mast.count(r -> r.header("Range").isPresent())).as("resumed with Range").isGreaterThan(0);
            TransferFixtures.assertNoTemporaryFiles(out);
        }
    }

    private static void assertFinalNamesHoldOnlyCorrectFiles(List<TransferItem> items, Path out) throws IOException {
        for (int i = 0; i < items.size(); i++) {
            Path dest = Destinations.resolve(out, items.get(i));
            if (Files.exists(dest)) {
                assertThat(Files.readAllBytes(dest)).as("%s", dest).isEqualTo(content(i, SIZE));
            }
        }
    }
}
