package radio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static radio.cli.DownloadFixtures.assertOnlyK2OneYieldsNothing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import radio.sim.SimArchive;
import radio.sim.catalogue.Catalogue;
import radio.sim.catalogue.Observation;
import radio.sim.catalogue.Product;
import radio.sim.catalogue.Target;
import radio.sim.server.Endpoint;

/**
 * radio search and radio targets end to end, in-process, against the simulated archive. Expected answers come
 * from the simulation's own catalogue, never from hard-coded lists.
 */
class SearchEndToEndTest {
    private static final String[] SEED_SELECTION = {"--mission", "K2", "--exptime", "1800", "--product", "LLC"};
    private static SimArchive sim;
    private static Catalogue catalogue;

    @TempDir
    Path home;

    @BeforeAll
    static void startSim() {
        sim = SimArchive.builder().start();
        catalogue = sim.catalogue();
    }

    @AfterAll
    static void stopSim() {
        sim.close();
    }

    @BeforeEach
    void resetCounters() {
        sim.resetCounters();
    }

    private static Map<String, String> env() {
        return sim.clientEnvironment();
    }

    private CliRun search(String... args) {
        List<String> all = new ArrayList<>(List.of("search"));
        all.addAll(List.of(args));
        return CliRun.run(env(), home, all.toArray(String[]::new));
    }

    private static String[] concat(List<String> first, String... rest) {
        List<String> all = new ArrayList<>(first);
        all.addAll(Arrays.asList(rest));
        return all.toArray(String[]::new);
    }

    /** CSV output → target → set of "dataURI s3_key size filename" (no field holds a comma here). */
    private static Map<String, Set<String>> rowsByTarget(String csv) {
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("target,obs_id,obs_collection,t_exptime,product,productFilename,size,dataURI,s3_key,"
                + "season,author,year");
        Map<String, Set<String>> out = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            assertThat(c).hasSize(12);
            assertThat(c[2]).isEqualTo("K2");
            assertThat(c[3]).isEqualTo("1800");
            assertThat(c[4]).isEqualTo("LLC");
            out.computeIfAbsent(c[0], k -> new TreeSet<>()).add(c[7] + " " + c[8] + " " + c[6] + " " + c[5]);
        }
        return out;
    }

    private static Set<String> expected(List<Product> products) {
        return products.stream()
                .map(p -> p.dataUri() + " " + p.s3Key().orElse("") + " " + p.size() + " " + p.productFilename())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theThirtyOneSeedTargetsGiveExactlyTheirLongCadenceLightCurvesAndKeys() {
        List<String> seeds = catalogue.seedTargetNames();
        assertThat(seeds).hasSize(31);

        CliRun r = search(concat(seeds, SEED_SELECTION[0], SEED_SELECTION[1], SEED_SELECTION[2], SEED_SELECTION[3],
                SEED_SELECTION[4], SEED_SELECTION[5], "--format", "csv"));

        assertOnlyK2OneYieldsNothing(r, "K2-1");
        Map<String, Set<String>> found = rowsByTarget(r.out());
        Map<String, Set<String>> want = new TreeMap<>();
        for (String name : seeds) {
            Set<String> llcs = expected(catalogue.lightCurves(name));
            if (!llcs.isEmpty()) {
                want.put(name, llcs);
            }
        }
        assertThat(found).isEqualTo(want);
        assertThat(want).hasSizeGreaterThanOrEqualTo(29);
        // the one without a pipeline light curve is named, not failed
        seeds.stream().filter(n -> !want.containsKey(n)).forEach(n ->
                assertThat(r.err()).contains("radio: " + n + ": no products match the selection"));
        // batched: one TAP query, a handful of MAST requests instead of a chain per target
        assertThat(sim.requestCount(Endpoint.TAP)).isEqualTo(1);
        assertThat(sim.requestCount(Endpoint.INVOKE) + sim.requestCount(Endpoint.PATH_LOOKUP)).isLessThan(12);
    }

    @Test
    void rowsSayEachProductsSeasonAuthorAndYearOnlineAndOffline() {
        List<String> args = List.of("K2-21", "TIC 25155310", "Kepler-90", "--product", "LLC,LC", "--format", "csv");
        CliRun online = search(args.toArray(String[]::new));
        List<String> argsOffline = new ArrayList<>(args);
        argsOffline.add("--offline");
        CliRun offline = search(argsOffline.toArray(String[]::new));

        assertThat(online.exitCode()).as(online.err()).isZero();
        assertThat(offline.out()).isEqualTo(online.out());
        Map<String, String> lastColumns = new TreeMap<>();
        for (String line : online.out().lines().skip(1).toList()) {
            String[] c = line.split(",", -1);
            lastColumns.put(c[5], c[9] + "|" + c[10] + "|" + c[11]);
        }
        assertThat(lastColumns).containsEntry("ktwo206011691-c03_llc.fits", "K2 Campaign 3|K2|2014")
                .containsEntry("tess2018206045859-s0001-0000000025155310-0120-s_lc.fits", "TESS Sector 1|SPOC|2018")
                .containsEntry("kplr011442793-2009350155506_llc.fits", "Kepler Quarter 3|Kepler|2009")
                .containsEntry("kplr011442793-2010009091648_llc.fits", "Kepler Quarter 4|Kepler|2010");
    }

    @Test
    void sequentialModeFindsTheSameRowsWithOneChainPerTarget() {
        List<String> some = catalogue.seedTargetNames().subList(1, 7);
        CliRun fast = search(concat(some, SEED_SELECTION[0], SEED_SELECTION[1], SEED_SELECTION[2], SEED_SELECTION[3],
                SEED_SELECTION[4], SEED_SELECTION[5], "--format", "csv"));
        long fastInvokes = sim.requestCount(Endpoint.INVOKE);
        sim.resetCounters();

        CliRun slow = search(concat(some, SEED_SELECTION[0], SEED_SELECTION[1], SEED_SELECTION[2], SEED_SELECTION[3],
                SEED_SELECTION[4], SEED_SELECTION[5], "--format", "csv", "--sequential"));

        assertThat(slow.exitCode()).as(slow.err()).isZero();
        assertThat(slow.out()).isEqualTo(fast.out());
        assertThat(fastInvokes).isLessThanOrEqualTo(4); // one Filtered and one Products call unless the machine stalls
        assertThat(sim.requestCount(Endpoint.INVOKE)).isEqualTo(2L * some.size());
        assertThat(sim.requestCount(Endpoint.PATH_LOOKUP)).isEqualTo(some.size());
    }

    @Test
    void aBogusNameIsReportedWhileTheOthersSucceed() {
        CliRun r = search("K2-21", "Bogus Star 123", "K2-28", "--mission", "K2", "--exptime", "1800", "--product", "LLC",
                "--format", "csv");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("radio: Bogus Star 123: could not resolve 'Bogus Star 123'");
        Map<String, Set<String>> found = rowsByTarget(r.out());
        assertThat(found).containsOnlyKeys("K2-21", "K2-28");
        assertThat(found.get("K2-21")).isEqualTo(expected(catalogue.lightCurves("K2-21")));
        assertThat(found.get("K2-28")).isEqualTo(expected(catalogue.lightCurves("K2-28")));
    }

    @Test
    void targetsTextPipesIntoSearchTargetsFile() {
        CliRun targets = CliRun.run(env(), home, "targets", "--table", "k2names", "--format", "text");
        assertThat(targets.exitCode()).as(targets.err()).isZero();
        List<String> designations = targets.out().lines().toList();
        assertThat(designations).isNotEmpty().allMatch(l -> l.startsWith("EPIC "));

        CliRun r = CliRun.withStdin(targets.out(), env(), home, concat(List.of("search", "--targets-file", "-"),
                SEED_SELECTION));

        assertOnlyK2OneYieldsNothing(r, "EPIC 60017806");
        Map<String, Set<String>> want = new LinkedHashMap<>();
        for (String d : designations) {
            Set<String> llcs = expected(catalogue.lightCurves(d));
            if (!llcs.isEmpty()) {
                want.put(d, llcs);
            }
        }
        CliRun csv = CliRun.withStdin(targets.out(), env(), home, concat(List.of("search", "--targets-file", "-"),
                SEED_SELECTION[0], SEED_SELECTION[1], SEED_SELECTION[2], SEED_SELECTION[3], SEED_SELECTION[4],
                SEED_SELECTION[5], "--format", "csv"));
        assertThat(rowsByTarget(csv.out())).isEqualTo(new TreeMap<>(want));
        assertThat(r.out()).contains("# target").contains("bytes");
    }

    @Test
    void spacekitsExactInvocationSearchesEachPositionWithRadiusZero() {
        List<String> seeds = catalogue.seedTargetNames();

        CliRun r = search(concat(seeds, "--radius", "0s", SEED_SELECTION[0], SEED_SELECTION[1], SEED_SELECTION[2],
                SEED_SELECTION[3], SEED_SELECTION[4], SEED_SELECTION[5], "--format", "csv"));

        assertOnlyK2OneYieldsNothing(r, "K2-1");
        Map<String, Set<String>> found = rowsByTarget(r.out());
        for (String name : seeds) {
            Target t = catalogue.target(name).orElseThrow();
            List<Product> near = new ArrayList<>();
            for (Observation o : catalogue.observationsNear(t.ra(), t.dec(), 0)) {
                if (o.obsCollection().equals("K2") && o.tExptime().doubleValue() == 1800) {
                    catalogue.products(o).stream().filter(p -> "LLC".equals(p.productSubGroupDescription()))
                            .forEach(near::add);
                }
            }
            assertThat(found.getOrDefault(name, Set.of())).as(name).isEqualTo(expected(near));
        }
        // every name asked once, up to 30 per resolver call; one positional query per target
        List<Integer> namesPerCall = sim.requests(Endpoint.RESOLVER).stream().map(q -> q.params("name").size()).toList();
        assertThat(namesPerCall.stream().mapToInt(Integer::intValue).sum()).isEqualTo(31);
        assertThat(namesPerCall).allMatch(n -> n <= 30).hasSizeLessThanOrEqualTo(8);
        assertThat(sim.requests(Endpoint.INVOKE).stream()
                .filter(q -> q.param("request").orElse("").contains("\"Mast.Caom.Filtered.Position\"")))
                .hasSize(31);
        assertThat(sim.requestCount(Endpoint.TAP)).isZero();
    }
}
