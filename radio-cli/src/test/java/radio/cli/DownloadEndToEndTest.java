package radio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static radio.cli.DownloadFixtures.SEED_SELECTION;
import static radio.cli.DownloadFixtures.assertManifestTruthful;
import static radio.cli.DownloadFixtures.assertOnlyK2OneYieldsNothing;
import static radio.cli.DownloadFixtures.destination;
import static radio.cli.DownloadFixtures.fileRequests;
import static radio.cli.DownloadFixtures.files;
import static radio.cli.DownloadFixtures.readCsv;
import static radio.cli.DownloadFixtures.temporaryFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import radio.sim.SimArchive;
import radio.sim.catalogue.CloudState;
import radio.sim.catalogue.Product;
import radio.sim.server.Endpoint;
import radio.sim.server.Fault;
import radio.sim.server.FaultRule;

/**
 * {@code radio download} end to end, in-process, against the simulated archive: what lands on disk is exactly the
 * simulator's files, byte for byte, in the astroquery layout, whatever faults the archive throws in. Expected
 * answers come from the simulation's own catalogue.
 */
class DownloadEndToEndTest {
    private static SimArchive sim;

    @TempDir
    Path home;

    @BeforeAll
    static void startSim() {
        // stalled bodies are dropped by the client after --stall-timeout; the server lets go a little later
        sim = SimArchive.builder().stallLimit(Duration.ofSeconds(4)).start();
    }

    @AfterAll
    static void stopSim() {
        sim.close();
    }

    @BeforeEach
    void reset() {
        sim.setFaults(List.of());
        sim.resetCounters();
    }

    private CliRun download(String... args) {
        List<String> all = new ArrayList<>(List.of("download"));
        all.addAll(Arrays.asList(args));
        return CliRun.run(DownloadFixtures.env(sim), home, all.toArray(String[]::new));
    }

    private static String[] seedDownload(Path out, String... more) {
        List<String> args = new ArrayList<>(sim.catalogue().seedTargetNames());
        args.addAll(SEED_SELECTION);
        args.addAll(List.of("--out", out.toString()));
        args.addAll(Arrays.asList(more));
        return args.toArray(String[]::new);
    }

    @Test
    void theSeedSelectionDownloadsExactlyTheSimulatorsLightCurvesAndARerunRequestsNoFile() throws Exception {
        Map<String, Product> truth = DownloadFixtures.seedLightCurves(sim);
        assertThat(truth).hasSizeGreaterThanOrEqualTo(30);
        Path out = home.resolve("data");
        Path manifest = home.resolve("manifest.csv");

        CliRun r = download(seedDownload(out, "--manifest", manifest.toString()));

        assertOnlyK2OneYieldsNothing(r, "K2-1");
        assertThat(files(out)).isEqualTo(truth.values().stream()
                .map(p -> "mastDownload/K2/" + p.obsId() + "/" + p.productFilename()).sorted().toList());
        for (Product p : truth.values()) {
            assertThat(Files.readAllBytes(destination(out, p))).as(p.productFilename()).isEqualTo(sim.files().bytes(p));
        }
        List<Map<String, String>> rows = readCsv(manifest);
        assertThat(rows).hasSize(truth.size() + 1);
        assertManifestTruthful(rows, sim);
        // the one seed host without a pipeline light curve is named in the manifest too
        assertThat(rows.get(rows.size() - 1)).containsEntry("target", "K2-1").containsEntry("status", "no-products");
        for (Map<String, String> row : rows.subList(0, truth.size())) {
            Product p = truth.get(row.get("uri"));
            assertThat(row.get("status")).isEqualTo("downloaded");
            // K2-65's file is private in the bucket and K2-70's missing: those two come from MAST
            assertThat(row.get("source")).as(row.get("target"))
                    .isEqualTo(p.cloud() == CloudState.PUBLIC ? "s3" : "mast");
            assertThat(row.get("target")).isEqualTo(p.target().name());
            assertThat(row.get("s3_key")).isEqualTo(p.s3Key().orElse(""));
        }
        assertThat(rows.stream().filter(m -> "mast".equals(m.get("source"))).map(m -> m.get("target")))
                .containsExactlyInAnyOrder("K2-65", "K2-70");
        assertThat(r.err()).contains("radio: " + truth.size() + " downloaded, 0 present, 0 failed (and 1 target "
                + "without files)");

        sim.resetCounters();
        CliRun again = download(seedDownload(out));

        assertOnlyK2OneYieldsNothing(again, "K2-1");
        assertThat(fileRequests(sim)).as("file requests of the re-run").isZero();
        assertThat(again.err()).contains("radio: 0 downloaded, " + truth.size() + " present, 0 failed");
    }

    @Test
    void everyFileArrivesWholeThroughTwentyPercentFaultsAndTheManifestTellsTheTruth() throws Exception {
        Map<String, Product> truth = DownloadFixtures.seedLightCurves(sim);
        sim.setFaults(List.of(FaultRule.rate(0.2, List.of(Fault.HTTP_503, Fault.RESET, Fault.TRUNCATE, Fault.STALL),
                Endpoint.FILE_BODIES)));
        Path out = home.resolve("data");
        Path manifest = home.resolve("m.json");

        CliRun r = download(seedDownload(out, "--stall-timeout", "1", "--manifest", home.resolve("m.csv").toString()));

        assertThat(sim.faultCount(Endpoint.S3_GET) + sim.faultCount(Endpoint.DOWNLOAD_GET)).as("faults injected")
                .isGreaterThanOrEqualTo(3);
        assertOnlyK2OneYieldsNothing(r, "K2-1");
        for (Product p : truth.values()) {
            assertThat(Files.readAllBytes(destination(out, p))).as(p.productFilename()).isEqualTo(sim.files().bytes(p));
        }
        assertThat(temporaryFiles(out)).isEmpty();
        List<Map<String, String>> rows = readCsv(home.resolve("m.csv"));
        assertThat(rows).hasSize(truth.size() + 1);
        assertThat(rows.subList(0, truth.size())).allSatisfy(row -> assertThat(row.get("status")).isEqualTo("downloaded"));
        assertManifestTruthful(rows, sim);
        assertThat(manifest).doesNotExist();
    }

    @Test
    void privateAndMissingObjectsFailCleanlyWithSourceS3() throws Exception {
        Path out = home.resolve("data");
        Path manifest = home.resolve("m.csv");

        CliRun r = download("K2-21", "K2-65", "K2-70", "--mission", "K2", "--exptime", "1800", "--product", "LLC",
                "--source", "s3", "--out", out.toString(), "--manifest", manifest.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        Product k2_65 = sim.catalogue().lightCurves("K2-65").get(0);
        Product k2_70 = sim.catalogue().lightCurves("K2-70").get(0);
        assertThat(r.err()).contains("radio: failed: " + k2_65.productFilename() + " (K2-65): s3://stpubdata/"
                + k2_65.s3Key().orElseThrow() + ": S3 answered 403 AccessDenied");
        assertThat(r.err()).contains("radio: failed: " + k2_70.productFilename() + " (K2-70): s3://stpubdata/"
                + k2_70.s3Key().orElseThrow() + ": S3 answered 404 NoSuchKey");
        assertThat(r.err()).contains("1 downloaded, 0 present, 2 failed");
        assertThat(sim.requestCount(Endpoint.DOWNLOAD_GET)).as("no MAST fallback").isZero();
        assertThat(files(out)).containsExactly("mastDownload/K2/" + sim.catalogue().lightCurves("K2-21").get(0).obsId()
                + "/" + sim.catalogue().lightCurves("K2-21").get(0).productFilename());
        List<Map<String, String>> rows = readCsv(manifest);
        assertManifestTruthful(rows, sim);
        assertThat(rows.stream().filter(m -> m.get("status").equals("failed")).map(m -> m.get("target")))
                .containsExactlyInAnyOrder("K2-65", "K2-70");
    }

    @Test
    void uriFileLinesLandAtTheirKeyPathWithoutAnySearch() throws Exception {
        Product viaS3 = sim.catalogue().lightCurves("K2-21").get(0);
        Product viaMast = sim.catalogue().lightCurves("K2-28").get(0);
        Path list = home.resolve("uris.txt");
        Files.writeString(list, "# two files\ns3://stpubdata/" + viaS3.s3Key().orElseThrow() + "\n\n  "
                + viaMast.dataUri() + "  \n");
        Path out = home.resolve("data");

        CliRun r = download("--uri-file", list.toString(), "--out", out.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        Path s3File = out.resolve(viaS3.s3Key().orElseThrow());
        Path mastFile = out.resolve(viaMast.dataUri().substring("mast:".length()));
        assertThat(files(out)).containsExactlyInAnyOrder(out.relativize(s3File).toString(),
                out.relativize(mastFile).toString());
        assertThat(Files.readAllBytes(s3File)).isEqualTo(sim.files().bytes(viaS3));
        assertThat(Files.readAllBytes(mastFile)).isEqualTo(sim.files().bytes(viaMast));
        assertThat(sim.requestCount(Endpoint.INVOKE) + sim.requestCount(Endpoint.TAP)
                + sim.requestCount(Endpoint.RESOLVER) + sim.requestCount(Endpoint.PATH_LOOKUP)).as("searches").isZero();
        assertThat(sim.requestCount(Endpoint.S3_GET)).isEqualTo(1);
        assertThat(sim.requestCount(Endpoint.DOWNLOAD_GET)).isEqualTo(1);
    }

    @Test
    void dryRunListsWhatWouldBeFetchedAndFromWhereWithoutRequestingAnyFile() throws Exception {
        Path out = home.resolve("data");
        Product k2_21 = sim.catalogue().lightCurves("K2-21").get(0);
        Product k2_65 = sim.catalogue().lightCurves("K2-65").get(0);

        CliRun r = download("K2-21", "K2-65", "--mission", "K2", "--exptime", "1800", "--product", "LLC",
                "--out", out.toString(), "--dry-run");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(fileRequests(sim)).isZero();
        assertThat(out).doesNotExist();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).startsWith("action  from");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("fetch").contains("s3, then mast")
                .contains(Long.toString(k2_21.size())).contains("data/mastDownload/K2/" + k2_21.obsId() + "/"
                        + k2_21.productFilename()).contains(k2_21.dataUri()));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(k2_65.dataUri()));
        assertThat(lines.get(lines.size() - 1)).isEqualTo("2 files: 2 to fetch (" + DownloadFeedback.megabytes(
                k2_21.size() + k2_65.size()) + "), 0 to resume, 0 to verify, 0 present, 0 would fail; nothing was "
                + "downloaded (dry run)");
    }

    @Test
    void hostileKeysAndPathsFromAUriFileAreRefusedAndNothingLandsOutsideOut() throws Exception {
        Path list = home.resolve("uris.txt");
        Files.writeString(list, "s3://stpubdata/../../x\nmast:K2/../../../y\ns3://stpubdata//etc/passwd\n");
        Path out = home.resolve("a/b/data");

        CliRun r = download("--uri-file", list.toString(), "--out", out.toString(), "--manifest",
                home.resolve("m.csv").toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("radio: failed: s3://stpubdata/../../x: refused s3 key '../../x': contains '..'")
                .contains("radio: failed: mast:K2/../../../y: refused data URI path 'K2/../../../y': contains '..'")
                .contains("radio: failed: s3://stpubdata//etc/passwd: refused s3 key '/etc/passwd': is an absolute path");
        assertThat(files(home)).filteredOn(f -> !f.startsWith(".radio/")).containsExactlyInAnyOrder("m.csv",
                "uris.txt");
        assertThat(fileRequests(sim)).isZero();
        assertThat(readCsv(home.resolve("m.csv"))).hasSize(3)
                .allSatisfy(row -> assertThat(row.get("status")).isEqualTo("failed"));
    }

    @Test
    void aTerminalGetsAProgressBarAndQuietPrintsNothingButErrors() throws Exception {
        CliRun bar = CliRun.onTerminal(DownloadFixtures.env(sim), home, "download", "K2-21", "K2-28", "--product",
                "LLC", "--mission", "K2", "--out", home.resolve("a").toString());
        assertThat(bar.exitCode()).as(bar.err()).isZero();
        assertThat(bar.err()).contains("\r[").contains("2/2 files").contains("MB/s")
                .contains("radio: 2 downloaded, 0 present, 0 failed");

        CliRun lines = download("K2-21", "K2-28", "--product", "LLC", "--mission", "K2", "--out",
                home.resolve("b").toString());
        assertThat(lines.err()).doesNotContain("\r").contains("radio: 2 downloaded");

        CliRun quiet = download("K2-21", "K2-28", "--product", "LLC", "--mission", "K2", "--out",
                home.resolve("c").toString(), "--quiet");
        assertThat(quiet.exitCode()).isZero();
        assertThat(quiet.err()).isEmpty();
        assertThat(quiet.out()).isEmpty();

        CliRun quietFailure = download("K2-21", "No Such Star 9", "--product", "LLC", "--mission", "K2", "--out",
                home.resolve("d").toString(), "-q");
        assertThat(quietFailure.exitCode()).isEqualTo(1);
        assertThat(quietFailure.err().lines()).singleElement().asString()
                .startsWith("radio: No Such Star 9: could not resolve 'No Such Star 9'");
    }

    @Test
    void badInputIsOneLineNamingTheCulpritAndNothingIsAttempted() throws Exception {
        Path bad = home.resolve("bad.txt");
        Files.writeString(bad, "s3://stpubdata/k2/a.fits\nhttp://example.com/b.fits\n");
        Files.writeString(home.resolve("file"), "x");
        Map<List<String>, String> cases = Map.of(
                List.of("K2-21", "--source", "ftp"), "radio: --source: 'ftp' is not one of auto, s3, mast",
                List.of("K2-21", "--manifest", "m.txt"), "radio: --manifest m.txt: not a .csv/.json path",
                List.of("--uri-file", bad.toString()), "--uri-file " + bad + ":2: 'http://example.com/b.fits' is "
                        + "neither an s3://bucket/key nor a mast: URI",
                List.of("--uri-file", bad.toString(), "--product", "LLC"), "radio: --product selects targets' "
                        + "products, but no target was given",
                List.of(), "radio: nothing to download: give TARGETs, --targets-file FILE or --uri-file FILE",
                List.of("K2-21", "--jobs", "0"), "radio: --jobs: 0 is outside 1..1024",
                List.of("K2-21", "--out", "file"), "exists and is not a folder",
                List.of("K2-21", "--radius", "2 arcsec"), "radio: --radius:");
        for (Map.Entry<List<String>, String> c : cases.entrySet()) {
            CliRun r = download(c.getKey().toArray(String[]::new));
            assertThat(r.exitCode()).as("%s: %s", c.getKey(), r.err()).isEqualTo(2);
            assertThat(r.err().lines().findFirst().orElse("")).as("%s", c.getKey()).contains(c.getValue());
        }
        assertThat(sim.requests()).as("requests made").isEmpty();
        assertThat(files(home)).containsExactlyInAnyOrder("bad.txt", "file");
    }
}
