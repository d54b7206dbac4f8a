package radio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static radio.cli.DownloadFixtures.assertManifestTruthful;
import static radio.cli.DownloadFixtures.readCsv;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import radio.sim.SimArchive;
import radio.sim.catalogue.Catalogue;
import radio.sim.catalogue.Mission;
import radio.sim.catalogue.Observation;
import radio.sim.catalogue.Product;
import radio.sim.catalogue.Target;
import radio.sim.server.Endpoint;

/**
 * Every mission through the CLI against the simulated archive: {@code radio search} with each mission's options,
 * then {@code radio download} with the same selection. Expected rows come from the simulator's catalogue (the
 * truth), never from lists written here.
 */
class MissionsEndToEndTest {
    private static SimArchive sim;
    private static Catalogue catalogue;

    @TempDir
    Path home;

    @BeforeAll
    static void startSim() {
        sim = SimArchive.builder().extraK2Targets(150).tessTargets(80).start();
        catalogue = sim.catalogue();
    }

    @AfterAll
    static void stopSim() {
        sim.close();
    }

    @BeforeEach
    void reset() {
        sim.resetCounters();
    }

    private CliRun radio(String command, List<String> targets, String... options) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(targets);
        all.addAll(Arrays.asList(options));
        return CliRun.run(DownloadFixtures.env(sim), home, all.toArray(String[]::new));
    }

    private CliRun search(List<String> targets, String... options) {
        List<String> all = new ArrayList<>(Arrays.asList(options));
        all.addAll(List.of("--format", "csv"));
        return radio("search", targets, all.toArray(String[]::new));
    }

    /** CSV rows as "target|obs_collection|product|productFilename|size|dataURI|s3_key" of a search that found all. */
    private static Set<String> rows(CliRun r) {
        assertThat(r.exitCode()).as(r.err()).isZero();
        return rowsOf(r);
    }

    /** CSV rows as {@link #rows}, whatever the exit code. */
    private static Set<String> rowsOf(CliRun r) {
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("target,obs_id,obs_collection,t_exptime,product,productFilename,size,"
                + "dataURI,s3_key,season,author,year");
        return lines.subList(1, lines.size()).stream().map(l -> {
            String[] c = l.split(",", -1);
            return c[0] + "|" + c[2] + "|" + c[4] + "|" + c[5] + "|" + c[6] + "|" + c[7] + "|" + c[8];
        }).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The same row for a simulated product found for {@code target}. */
    private static String row(String target, Product p) {
        return target + "|" + p.obsCollection() + "|" + (p.productSubGroupDescription() == null ? ""
                : p.productSubGroupDescription()) + "|" + p.productFilename() + "|" + p.size() + "|" + p.dataUri()
                + "|" + p.s3Key().orElse("");
    }

    /** A target's products that satisfy {@code keep}, as rows. */
    private static Set<String> truth(String target, Predicate<Product> keep) {
        return catalogue.products(target).stream().filter(keep).map(p -> row(target, p))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Target firstTarget(Mission m, Predicate<Target> test) {
        return catalogue.targets(m).stream().filter(test).findFirst()
                .orElseThrow(() -> new AssertionError("the simulated catalogue has no such " + m + " target"));
    }

    private static long pathLookupUris() {
        return sim.requests(Endpoint.PATH_LOOKUP).stream().mapToLong(r -> r.params("uri").size()).sum();
    }

    // ------------------------------------------------------------------ Kepler

    @Test
    void keplerQuartersComeFromDescriptionsIncludingModuleThreesEarlyQ4File() {
        CliRun r = search(List.of("Kepler-90", "KIC 11446443"), "--quarter", "4", "--product", "LLC");

        Set<String> want = new TreeSet<>(truth("Kepler-90", p -> "LLC".equals(p.productSubGroupDescription())
                && p.description().endsWith(" - Q4")));
        want.addAll(truth("KIC 11446443", p -> "LLC".equals(p.productSubGroupDescription())
                && p.description().endsWith(" - Q4")));
        assertThat(rows(r)).isEqualTo(want).hasSize(2)
                .anyMatch(row -> row.contains("kplr011442793-2010009091648_llc.fits"));
        // keys by rule: one confirming path_lookup for the mission
        assertThat(pathLookupUris()).isEqualTo(1);
    }

    @Test
    void keplerShortCadenceHasSeveralFilesPerQuarter() {
        CliRun r = search(List.of("Kepler-1"), "--cadence", "short", "--quarter", "0-1", "--product", "SLC");

        assertThat(rows(r)).isEqualTo(truth("Kepler-1", p -> "SLC".equals(p.productSubGroupDescription())
                && (p.description().endsWith(" - Q0M1") || p.description().contains(" - Q1M")))).hasSize(4);
    }

    // ------------------------------------------------------------------ K2

    @Test
    void k2SplitCampaignsGiveEachHalfsLightCurvesWithKeysByRule() {
        List<String> targets = new ArrayList<>();
        for (int campaign : List.of(9, 10, 11)) {
            targets.add(firstTarget(Mission.K2, t -> t.seasons().equals(List.of(campaign))).designation());
        }

        CliRun r = search(targets, "--campaign", "9-11", "--product", "LLC");

        Set<String> want = new TreeSet<>();
        for (String t : targets) {
            want.addAll(truth(t, p -> "LLC".equals(p.productSubGroupDescription()) && p.obsCollection().equals("K2")));
        }
        assertThat(r.exitCode()).as("the campaign 9 star has no light curve: %s", r.err()).isEqualTo(1);
        assertThat(rowsOf(r)).isEqualTo(want).hasSize(3)
                .anyMatch(row -> row.contains("-c102_llc.fits|") && row.contains("|k2/public/lightcurves/c102/"))
                .anyMatch(row -> row.contains("-c111_llc.fits|")).anyMatch(row -> row.contains("-c112_llc.fits|"));
        assertThat(r.err()).contains("radio: " + targets.get(0) + ": no products match the selection: ")
                .contains("K2 campaign 9 has no pipeline light curves");
        assertThat(pathLookupUris()).isEqualTo(1);
        assertThat(sim.requests(Endpoint.INVOKE).get(0).param("request").orElseThrow())
                .contains("{\"paramName\": \"sequence_number\", \"values\": [\"9\", \"10\", \"11\"]}");
    }

    @Test
    void k2HlspLightCurvesByAuthor() {
        CliRun r = search(List.of("K2-21"), "--author", "K2SFF,EVEREST,K2SC", "--extension", "lc.fits");

        assertThat(rows(r)).isEqualTo(truth("K2-21", p -> Set.of("K2SFF", "EVEREST", "K2SC").contains(p.project())
                && p.productFilename().endsWith("lc.fits"))).hasSize(3);
    }

    @Test
    void theEngineeringTargetIsReportedWithTheReason() {
        CliRun r = search(List.of("K2-1", "K2-21"), "--mission", "K2", "--cadence", "long", "--product", "LLC");

        assertThat(r.exitCode()).as("a target with nothing matching is named and counts: %s", r.err()).isEqualTo(1);
        assertThat(r.err()).contains("radio: K2-1: no products match the selection: its observation "
                + "ktwo060017806-c00_lc lists 1 product (LPD-TARG)").contains("engineering-test target");
    }

    // ------------------------------------------------------------------ TESS

    @Test
    void tessTwoMinuteFastAndFfiLightCurvesBySectorAndCadence() {
        Target fast = firstTarget(Mission.TESS, Target::shortCadence);
        int fastSector = fast.shortCadenceSeasons().get(0);
        String tic = fast.designation();

        Set<String> twoMinute = rows(search(List.of("WASP-126"), "--sector", "1", "--cadence", "short", "--product",
                "LC,TP"));
        Set<String> twenty = rows(search(List.of(tic), "--sector", String.valueOf(fastSector), "--cadence", "fast"));
        Set<String> ffi = rows(search(List.of("TIC 25155310", tic), "--cadence", "ffi"));

        assertThat(twoMinute).isEqualTo(truth("WASP-126", p -> p.project().equals("SPOC")
                && Set.of("LC", "TP").contains(p.productSubGroupDescription()))).hasSize(2)
                .allMatch(row -> row.contains("|tess/public/tid/s0001/0000/0000/2515/5310/tess2018206045859-s0001-"));
        assertThat(twenty).isEqualTo(truth(tic, p -> p.productFilename().contains("-s" + String.format("%04d",
                fastSector) + "-") && p.productFilename().contains("a_fast"))).hasSize(2);
        Set<String> wantFfi = new TreeSet<>(truth("TIC 25155310", p -> p.obsCollection().equals("HLSP")));
        wantFfi.addAll(truth(tic, p -> p.obsCollection().equals("HLSP")));
        assertThat(ffi).isEqualTo(wantFfi).isNotEmpty().allMatch(row -> row.contains("|mast/hlsp/"));
    }

    // ------------------------------------------------------------------ HST and JWST

    private static Set<String> programTruth(Mission m, Predicate<Observation> obs, Predicate<Product> keep) {
        Map<String, Product> distinct = new java.util.LinkedHashMap<>();
        catalogue.programObservations(m).stream().filter(obs)
                .forEach(o -> catalogue.products(o).stream().filter(keep).forEach(p -> distinct.putIfAbsent(p.dataUri(), p)));
        return distinct.values().stream().map(p -> row(p.target().name(), p))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void hstByProposalObservationPatternAndProductGroup() {
        CliRun r = search(List.of(), "--proposal-id", "9401", "--obs-id", "j8pu0b*", "--product", "FLC,SPT");
        CliRun mrp = search(List.of(), "--proposal-id", "9401", "--mrp-only");

        assertThat(rows(r)).isEqualTo(programTruth(Mission.HST, o -> o.obsId().startsWith("j8pu0b"),
                p -> Set.of("FLC", "SPT").contains(p.productSubGroupDescription()))).hasSize(4)
                .contains("NGC-6397|HST|FLC|j8pu0bbuq_flc.fits|" + catalogue.productByUri(
                        "mast:HST/product/j8pu0bbuq_flc.fits").orElseThrow().size()
                        + "|mast:HST/product/j8pu0bbuq_flc.fits|hst/public/j8pu/j8pu0bbuq/j8pu0bbuq_flc.fits");
        assertThat(rows(mrp)).isEqualTo(programTruth(Mission.HST, o -> o.proposalId().equals("9401"),
                p -> "Minimum Recommended Products".equals(p.productGroupDescription()))).hasSize(12);
        String sent = sim.requests(Endpoint.INVOKE).get(0).param("request").orElseThrow();
        assertThat(sent).contains("{\"paramName\": \"obs_id\", \"values\": [], \"freeText\": \"j8pu0b%\"}");
    }

    @Test
    void jwstByProgramAndFilter() {
        CliRun r = search(List.of(), "--proposal-id", "2736", "--filters", "F090W", "--product", "I2D,ASN");

        assertThat(rows(r)).isEqualTo(programTruth(Mission.JWST, o -> o.filters().equals("F090W"),
                p -> Set.of("I2D", "ASN").contains(p.productSubGroupDescription()))).hasSize(6)
                .allMatch(row -> row.contains("|jwst/public/jw02736/"));
    }

    // ------------------------------------------------------------------ search → download

    private CliRun download(Path out, Path manifest, List<String> targets, String... options) {
        List<String> all = new ArrayList<>(Arrays.asList(options));
        all.addAll(List.of("--out", out.toString(), "--manifest", manifest.toString()));
        return radio("download", targets, all.toArray(String[]::new));
    }

    /** Downloads a search's products and checks disk and manifest against the simulator, row for row. */
    private void downloadsExactlyWhatSearchFinds(String label, List<String> targets, String... options)
            throws Exception {
        Set<String> found = rows(search(targets, options));
        assertThat(found).as("%s: the search finds something to download", label).isNotEmpty();
        Path out = home.resolve(label);
        Path manifest = home.resolve(label + ".csv");

        CliRun r = download(out, manifest, targets, options);

        assertThat(r.exitCode()).as(r.err()).isZero();
        List<Map<String, String>> manifestRows = readCsv(manifest);
        assertManifestTruthful(manifestRows, sim);
        assertThat(manifestRows).extracting(m -> m.get("uri")).containsExactlyInAnyOrderElementsOf(
                found.stream().map(f -> f.split("\\|")[5]).toList());
        for (Map<String, String> m : manifestRows) {
            Product p = catalogue.productByUri(m.get("uri")).orElseThrow();
            assertThat(m.get("status")).isEqualTo("downloaded");
            assertThat(Path.of(m.get("path"))).isEqualTo(out.resolve("mastDownload").resolve(m.get("obs_collection"))
                    .resolve(m.get("obs_id")).resolve(p.productFilename()));
            assertThat(Files.readAllBytes(Path.of(m.get("path")))).isEqualTo(sim.files().bytes(p));
        }
    }

    @Test
    void everyMissionsSearchDownloadsThroughTheCli() throws Exception {
        downloadsExactlyWhatSearchFinds("kepler", List.of("Kepler-90"), "--quarter", "4", "--product", "LLC");
        downloadsExactlyWhatSearchFinds("k2", List.of(firstTarget(Mission.K2,
                t -> t.seasons().equals(List.of(10))).designation()), "--campaign", "10", "--product", "LLC");
        downloadsExactlyWhatSearchFinds("tess", List.of("WASP-126"), "--sector", "1", "--product", "LC");
        downloadsExactlyWhatSearchFinds("tess-ffi", List.of("WASP-126"), "--cadence", "ffi", "--author", "QLP");
        downloadsExactlyWhatSearchFinds("hst", List.of(), "--proposal-id", "9401", "--obs-id", "j8pu0bbuq",
                "--product", "SPT,TRL");
        downloadsExactlyWhatSearchFinds("jwst", List.of(), "--proposal-id", "2736", "--filters", "F090W",
                "--product", "ASN");
    }

    @Test
    void whenOneMissionsKeysHaveMovedDownloadsStillComeFromS3UnderTheKeysPathLookupGives() throws Exception {
        try (SimArchive moved = SimArchive.builder().extraK2Targets(0).tessTargets(0)
                .movedKeys(Mission.TESS, "tess/moved/").start()) {
            Path out = home.resolve("moved");
            Path manifest = home.resolve("moved.csv");
            List<String> args = List.of("download", "WASP-126", "pi Men", "--sector", "1", "--product", "LC", "--out",
                    out.toString(), "--manifest", manifest.toString());

            CliRun r = CliRun.run(DownloadFixtures.env(moved), home, args.toArray(String[]::new));

            assertThat(r.exitCode()).as(r.err()).isZero();
            List<Map<String, String>> rows = readCsv(manifest);
            assertManifestTruthful(rows, moved);
            assertThat(rows).hasSize(2).allSatisfy(m -> {
                assertThat(m.get("s3_key")).startsWith("tess/moved/tid/s0001/");
                assertThat(m.get("source")).isEqualTo("s3");
            });
        }
    }
}
