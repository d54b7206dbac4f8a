package radio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static radio.cli.DownloadFixtures.destination;
import static radio.cli.DownloadFixtures.temporaryFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import radio.sim.SimArchive;
import radio.sim.catalogue.Product;
import radio.sim.server.Endpoint;
import radio.sim.server.Fault;
import radio.sim.server.FaultRule;
import radio.sim.server.RecordedRequest;
import radio.testing.PartFiles;

/**
 * The real command line, as a separate process, is killed with SIGKILL ({@code Process.destroyForcibly}) at a random
 * moment while files are half-received; what it leaves is only complete, correct files and resumable parts, and a
 * re-run completes everything, resuming the parts with HTTP Range.
 */
class DownloadKillTest {
    @TempDir
    Path home;

    @Test
    void aKilledDownloadLeavesOnlyGoodFilesAndARerunResumesAndCompletes() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        // most bodies stop half-way and hang: the process is caught with parts on disk whenever it is killed
        try (SimArchive sim = SimArchive.builder().latency(Duration.ofMillis(20)).stallLimit(Duration.ofSeconds(5))
                .fault(FaultRule.rate(0.6, Fault.STALL, Endpoint.S3_GET, Endpoint.DOWNLOAD_GET)).faultSeed(seed)
                .start()) {
            Map<String, Product> truth = DownloadFixtures.seedLightCurves(sim);
            Path out = home.resolve("data");
            // killed, the child cannot remove its copy of SQLite's native library: keep it in the test folder
            List<String> args = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Djava.awt.headless=true", "-Dorg.sqlite.tmpdir=" + home, "-cp",
                    System.getProperty("java.class.path"), Main.class.getName(), "download"));
            args.addAll(sim.catalogue().seedTargetNames());
            args.addAll(DownloadFixtures.SEED_SELECTION);
            args.addAll(List.of("--out", out.toString(), "--jobs", "4"));
            ProcessBuilder pb = new ProcessBuilder(args).directory(home.toFile()).redirectErrorStream(true)
                    .redirectOutput(home.resolve("child.log").toFile());
            pb.environment().putAll(DownloadFixtures.env(sim));
            pb.environment().put("RADIO_HOME", home.resolve(".radio").toString());
            Process child = pb.start();
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
                while (PartFiles.resumable(out) == 0 && child.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                Thread.sleep(random.nextInt(400));
            } finally {
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            String log = Files.readString(home.resolve("child.log"));
            assertThat(child.exitValue()).as("killed, not finished (seed %d): %s", seed, log).isEqualTo(137);
            assertThat(PartFiles.withBytes(out)).as("parts left by the killed process (seed %d)", seed).isPositive();
            for (Product p : truth.values()) {
                Path file = destination(out, p);
                if (Files.exists(file)) {
                    assertThat(Files.readAllBytes(file)).as("%s under its final name", file)
                            .isEqualTo(sim.files().bytes(p));
                }
            }

            sim.setFaults(List.of());
            sim.resetCounters();
            List<String> again = new ArrayList<>(List.of("download"));
            again.addAll(args.subList(args.indexOf("download") + 1, args.size()));
            CliRun rerun = CliRun.run(Map.of(), home, withEnvFlags(again, sim));

            DownloadFixtures.assertOnlyK2OneYieldsNothing(rerun, "K2-1");
            for (Product p : truth.values()) {
                assertThat(Files.readAllBytes(destination(out, p))).as(p.productFilename())
                        .isEqualTo(sim.files().bytes(p));
            }
            assertThat(temporaryFiles(out)).isEmpty();
            List<RecordedRequest> resumed = Stream.concat(sim.requests(Endpoint.S3_GET).stream(),
                    sim.requests(Endpoint.DOWNLOAD_GET).stream()).filter(r -> r.header("Range").isPresent()).toList();
            assertThat(resumed).as("requests resuming a part (seed %d)", seed).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.header("Range").orElseThrow()).matches("bytes=[1-9][0-9]*-"));
        }
    }

    /** The re-run is in-process: endpoints and catalog as flags instead of the child's environment. */
    private String[] withEnvFlags(List<String> args, SimArchive sim) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of("--mast-url", sim.mastUrl().toString(), "--resolver-url", sim.resolverUrl().toString(),
                "--exoplanet-archive-url", sim.exoplanetArchiveUrl().toString(), "--s3-endpoint",
                sim.s3Endpoint().toString(), "--radio-home", home.resolve(".radio").toString()));
        return all.toArray(String[]::new);
    }
}
