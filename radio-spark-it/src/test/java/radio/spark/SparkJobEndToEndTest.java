package radio.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import radio.ml.dataset.DatasetBuilder;
import radio.ml.dataset.DatasetListener;
import radio.ml.dataset.DatasetOptions;
import radio.ml.dataset.Labels;
import radio.ml.model.Architecture;
import radio.ml.model.ModelTrainer;
import radio.ml.model.TrainingOptions;
import radio.ml.model.TrainingProgress;
import radio.sim.SimArchive;
import radio.sim.catalogue.Catalogue;
import radio.sim.catalogue.CatalogueSpec;
import radio.sim.catalogue.CloudState;
import radio.sim.catalogue.Damage;
import radio.sim.catalogue.LabelledStarFiles;
import radio.sim.catalogue.Product;
import radio.sim.catalogue.StarPopulation;
import radio.sim.catalogue.Target;
import radio.sim.server.Endpoint;
import radio.sim.server.Fault;
import radio.sim.server.FaultRule;

/**
 * The job as CI runs it: {@code local[2]} over the simulated bucket, more than 500 Kepler, K2 and TESS light curves
 * named in a manifest, among them private (403), missing (404), truncated and corrupted objects, with 503s, cut
 * bodies and dropped connections injected into S3's answers. Every good light curve's numbers must equal what
 * {@code radio periodogram --format json} prints for the same file, exactly the bad ones must be in failures, a
 * rerun must do nothing, and the tables are read back by DuckDB (an independent Parquet reader).
 */
class SparkJobEndToEndTest {
    /** A cheaper grid than lightkurve's (the same for the job and the command line), to keep CI fast. */
    private static final List<String> SEARCH = List.of("--min-period", "0.5", "--max-period", "5",
            "--frequency-factor", "50");
    private static final int FIRST_FAULTS = 4;

    @TempDir
    static Path dir;
    static SimArchive sim;
    static Path manifest;
    static Path out;
    static Set<String> good;
    static Map<String, String> bad;
    static Run first;
    static Map<String, Map<String, Object>> results;

    record Run(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void runTheJob() throws Exception {
        sim = SimArchive.builder().keplerTargets(24).tessTargets(20).retryAfter(Duration.ZERO)
                // each of the four faults once first, then 3 % of the requests: fewer in a row for one object than
                // the job's 5 attempts (the first four could all hit one object), so every good object arrives
                .fault(new FaultRule(Set.of(Endpoint.S3_GET), List.of(Fault.HTTP_503, Fault.TRUNCATE, Fault.RESET,
                        Fault.SLOW_DOWN), FIRST_FAULTS, 0.03)).start();
        List<Product> lightCurves = new ArrayList<>();
        for (Target t : sim.catalogue().targets()) {
            for (Product p : sim.catalogue().products(t)) {
                String name = p.productFilename();
                // the missions' pipeline light curves (the simulator's HLSPs are placeholders, not FITS)
                boolean pipeline = name.startsWith("kplr") || name.startsWith("ktwo") || name.startsWith("tess");
                if (pipeline && p.s3Key().isPresent() && (name.endsWith("_llc.fits") || name.endsWith("-s_lc.fits"))) {
                    lightCurves.add(p);
                }
            }
        }
        good = new java.util.HashSet<>();
        bad = new HashMap<>();
        int damaged = 0;
        for (Product p : lightCurves) {
            String key = p.s3Key().orElseThrow();
            if (p.cloud() == CloudState.PRIVATE) {
                bad.put(key, "fetch: s3://stpubdata/" + key + ": S3 answered 403 AccessDenied");
            } else if (p.cloud() == CloudState.MISSING) {
                bad.put(key, "fetch: s3://stpubdata/" + key + ": S3 answered 404 NoSuchKey");
            } else if (p.cloud() == CloudState.PUBLIC && damaged < 6 && good.size() % 50 == 7) {
                Damage d = damaged++ % 2 == 0 ? Damage.TRUNCATED : Damage.CORRUPTED;
                sim.damageObject(key, d);
                bad.put(key, "read: " + p.productFilename() + (d == Damage.TRUNCATED ? ": truncated"
                        : ": damaged: bytes after HDU 0 are not a FITS extension header"));
            } else {
                good.add(key);
            }
        }
        assertThat(lightCurves).hasSizeGreaterThanOrEqualTo(500);
        assertThat(bad.values()).anyMatch(v -> v.contains("403")).anyMatch(v -> v.contains("404"))
                .anyMatch(v -> v.contains("truncated")).anyMatch(v -> v.contains("damaged"));
        StringBuilder lines = new StringBuilder("# the test's light curves, one s3:// URI per line\n");
        lightCurves.forEach(p -> lines.append("s3://stpubdata/").append(p.s3Key().orElseThrow()).append('\n'));
        lines.append("s3://stpubdata/").append(lightCurves.get(0).s3Key().orElseThrow()).append('\n'); // twice
        manifest = Files.writeString(dir.resolve("keys.txt"), lines);
        out = dir.resolve("out");
        first = job(manifest, out, "--partition-objects", "40");
        results = rows("SELECT * FROM read_parquet('" + out + "/results/**/*.parquet', hive_partitioning = true)");
    }

    @AfterAll
    static void stop() {
        if (sim != null) {
            sim.close();
        }
    }

    static Run job(Path keys, Path to, String... more) {
        List<String> args = new ArrayList<>(List.of("--master", "local[2]", "--manifest", keys.toString(), "--out",
                to.toString(), "--s3-endpoint", sim.s3Endpoint().toString(), "--retry-delay-ms", "20",
                "--conf", "spark.ui.enabled=false", "--conf", "spark.ui.showConsoleProgress=false"));
        args.addAll(SEARCH);
        args.addAll(List.of(more));
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = SparkMain.run(args.toArray(String[]::new), Map.of(), new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    @Test
    void everyGoodLightCurveHasTheNumbersRadioPeriodogramGivesForTheSameFile() throws Exception {
        assertThat(results.keySet()).as(first.err()).containsExactlyInAnyOrderElementsOf(good);
        Path files = Files.createDirectories(dir.resolve("files"));
        List<String> paths = new ArrayList<>();
        for (String key : new java.util.TreeSet<>(good)) {
            Product p = sim.catalogue().productByS3Key(key).orElseThrow();
            paths.add(Files.write(files.resolve(p.productFilename()), sim.files().bytes(p)).toString());
        }
        Map<String, JsonNode> bls = periodogram(paths, SEARCH);
        Map<String, JsonNode> ls = periodogram(paths, List.of("--method", "ls", "--min-period", "0.5",
                "--max-period", "5"));
        assertThat(bls).hasSameSizeAs(good);

        for (Map<String, Object> row : results.values()) {
            String name = ((String) row.get("key")).substring(((String) row.get("key")).lastIndexOf('/') + 1);
            JsonNode b = bls.get(name);
            JsonNode l = ls.get(name);
            Map<String, Object> expected = new LinkedHashMap<>();
            expected.put("target", b.path("target").asText());
            expected.put("title", b.path("title").asText());
            expected.put("time_system", b.path("time_system").asText());
            expected.put("points", b.path("points").asInt());
            expected.put("flatten_window_days", number(b.path("flatten_window_days")));
            expected.put("bls_periods", b.path("grid").path("periods").asInt());
            expected.put("bls_refined_periods", b.path("grid").path("refined_periods").asInt());
            expected.put("bls_min_period_days", number(b.path("grid").path("min_period_days")));
            expected.put("bls_max_period_days", number(b.path("grid").path("max_period_days")));
            JsonNode best = b.path("best");
            for (String k : List.of("period_days", "epoch", "epoch_bjd", "duration_days", "depth_ppm",
                    "depth_err_ppm", "snr", "power", "log_likelihood")) {
                expected.put("bls_" + k, number(best.path(k)));
            }
            expected.put("bls_transits", best.path("transits").asInt());
            JsonNode stats = b.path("stats");
            for (String k : List.of("depth_odd_ppm", "depth_odd_err_ppm", "depth_even_ppm", "depth_even_err_ppm",
                    "depth_half_ppm", "depth_half_err_ppm", "depth_phased_ppm", "depth_phased_err_ppm",
                    "harmonic_amplitude_ppm", "harmonic_delta_log_likelihood")) {
                expected.put(k, number(stats.path(k)));
            }
            List<String> warnings = new ArrayList<>();
            b.path("warnings").forEach(w -> warnings.add(w.asText()));
            expected.put("warnings", String.join("; ", warnings));
            expected.put("ls_points", l.path("points").asInt());
            expected.put("ls_period_days", number(l.path("best").path("period_days")));
            expected.put("ls_frequency_per_day", number(l.path("best").path("frequency_per_day")));
            expected.put("ls_power", number(l.path("best").path("power")));
            expected.put("ls_false_alarm_probability", number(l.path("best").path("false_alarm_probability")));

            Map<String, Object> actual = new LinkedHashMap<>();
            expected.keySet().forEach(k -> actual.put(k, row.get(k)));
            assertThat(actual).as(name).isEqualTo(expected);
        }
    }

    @Test
    void exactlyTheBadObjectsAreInFailuresWithTheirStageAndReason() throws Exception {
        Map<String, Map<String, Object>> failures = rows("SELECT * FROM read_parquet('" + out
                + "/failures/**/*.parquet', hive_partitioning = true)");

        assertThat(failures.keySet()).as(first.err()).containsExactlyInAnyOrderElementsOf(bad.keySet());
        for (Map.Entry<String, String> e : bad.entrySet()) {
            Map<String, Object> row = failures.get(e.getKey());
            assertThat(row.get("stage") + ": " + row.get("error")).as(e.getKey()).startsWith(e.getValue());
        }
        assertThat(first.exitCode()).as(first.err()).isEqualTo(1);
        assertThat(first.out()).contains(good.size() + bad.size() + " light curves: " + good.size() + " searched, "
                + bad.size() + " failed");
        assertThat(first.err().lines().filter(l -> l.startsWith("radio-spark: s3://"))).hasSize(Math.min(20,
                bad.size()));
        assertThat(sim.faultCount(Endpoint.S3_GET)).as("faults injected").isGreaterThanOrEqualTo(FIRST_FAULTS);
    }

    @Test
    void tablesArePartitionedByMissionAndSeason() throws Exception {
        for (Map<String, Object> row : results.values()) {
            String key = (String) row.get("key");
            String mission = key.substring(0, key.indexOf('/'));
            assertThat(row.get("mission")).as(key).isEqualTo(mission);
            String season = (String) row.get("season");
            switch (mission) {
                case "tess" -> assertThat(key).contains("/" + season + "/");
                case "k2" -> assertThat(key).contains("-c" + season.substring(1));
                default -> assertThat(season).matches("q\\d\\d");
            }
            assertThat(Files.isDirectory(out.resolve("results").resolve("mission=" + mission)
                    .resolve("season=" + season))).isTrue();
        }
        assertThat(results.values().stream().map(r -> r.get("mission")).distinct())
                .containsExactlyInAnyOrder("kepler", "k2", "tess");
        assertThat(results.values()).allSatisfy(r -> assertThat((Double) r.get("noise_cdpp_ppm")).isPositive());
    }

    @Test
    void aRerunFetchesNothingAndChangesNothing() throws Exception {
        Map<Path, Long> before = tree(out);
        sim.resetCounters();

        Run again = job(manifest, out, "--partition-objects", "40");

        assertThat(again.exitCode()).isEqualTo(1); // the failures are still there
        assertThat(again.out()).contains((good.size() + bad.size()) + " light curves, all done earlier ("
                + bad.size() + " in failures); nothing to do");
        assertThat(sim.requestCount(Endpoint.S3_GET) + sim.requestCount(Endpoint.S3_LIST)).isZero();
        assertThat(tree(out)).isEqualTo(before);
    }

    @Test
    void otherPartitionsAndPrefetchGiveTheSameRows() throws Exception {
        List<String> some = good.stream().sorted().limit(30).toList();
        Path keys = Files.write(dir.resolve("some.txt"), some.stream().map(k -> "s3://stpubdata/" + k).toList());
        Path other = dir.resolve("other");

        Run r = job(keys, other, "--partition-objects", "4", "--prefetch", "1");
        Map<String, Map<String, Object>> again = rows("SELECT * FROM read_parquet('" + other
                + "/results/**/*.parquet', hive_partitioning = true)");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(again.keySet()).containsExactlyInAnyOrderElementsOf(some);
        for (String key : some) {
            assertThat(again.get(key)).as(key).isEqualTo(results.get(key));
        }
    }

    @Test
    void withAModelEveryLightCurveGetsTheScoreRadioClassifyGivesItsFile() throws Exception {
        Catalogue labelled = Catalogue.generate(new CatalogueSpec(5, 0, 0, 0, false)
                .withLabelledStars(60, StarPopulation.standard()));
        List<Path> training = LabelledStarFiles.write(labelled, dir.resolve("labelled"));
        Path labels = Files.writeString(dir.resolve("labels.csv"), LabelledStarFiles.labelsCsv(labelled, true));
        Path dataset = dir.resolve("dataset");
        new DatasetBuilder(DatasetOptions.DEFAULT).build(Labels.read(labels), training, dataset, DatasetListener.NONE);
        Path model = dir.resolve("model");
        new ModelTrainer(TrainingOptions.defaults(Architecture.GBM).withSeed(7)).train(dataset, model,
                TrainingProgress.NONE);
        // one light curve per star, so that radio classify scores each file alone
        List<Product> some = new ArrayList<>();
        for (Target t : sim.catalogue().targets()) {
            sim.catalogue().products(t).stream().filter(p -> p.s3Key().isPresent() && good.contains(p.s3Key().get()))
                    .findFirst().filter(p -> some.size() < 8).ifPresent(some::add);
        }
        Path keys = Files.write(dir.resolve("scored.txt"), some.stream()
                .map(p -> "s3://stpubdata/" + p.s3Key().orElseThrow()).toList());
        Path files = Files.createDirectories(dir.resolve("scored-files"));
        List<String> paths = new ArrayList<>();
        for (Product p : some) {
            paths.add(Files.write(files.resolve(p.productFilename()), sim.files().bytes(p)).toString());
        }

        Run r = job(keys, dir.resolve("scored"), "--model", model.toString());
        Map<String, Map<String, Object>> scored = rows("SELECT * FROM read_parquet('" + dir.resolve("scored")
                + "/results/**/*.parquet', hive_partitioning = true)");
        Map<String, Double> classify = new HashMap<>();
        for (JsonNode star : new ObjectMapper().readTree(radio(List.of("classify", "--model", model.toString(),
                "--format", "json"), paths, 0).toFile())) {
            classify.put(Path.of(star.path("files").get(0).asText()).getFileName().toString(),
                    star.path("probability").asDouble());
        }

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(classify).hasSize(some.size());
        for (Product p : some) {
            Map<String, Object> row = scored.get(p.s3Key().orElseThrow());
            assertThat(row.get("score")).as(p.productFilename()).isEqualTo(classify.get(p.productFilename()));
            assertThat(row.get("score_skipped")).isNull();
        }
    }

    /** {@code radio periodogram --format json} over the files, in a JVM of its own: the JSON object of each file. */
    static Map<String, JsonNode> periodogram(List<String> files, List<String> options) throws Exception {
        List<String> command = new ArrayList<>(List.of("periodogram", "--format", "json"));
        command.addAll(options);
        Path json = radio(command, files, options.hashCode());
        Map<String, JsonNode> byFile = new HashMap<>();
        for (JsonNode o : new ObjectMapper().readTree(json.toFile())) {
            byFile.put(Path.of(o.path("files").get(0).asText()).getFileName().toString(), o);
        }
        return byFile;
    }

    /** A radio command over the files, in a JVM of its own, checked to exit 0: the file holding its output. */
    static Path radio(List<String> command, List<String> files, int run) throws Exception {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "radio.cli.Main"));
        line.addAll(command);
        line.addAll(files);
        Path output = dir.resolve(command.get(0) + "-" + run + ".json");
        ProcessBuilder pb = new ProcessBuilder(line).redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("RADIO_HOME", dir.resolve("radio-home").toString());
        Process p = pb.start();
        assertThat(p.waitFor(15, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).isZero();
        return output;
    }

    /** JSON has no NaN: null stands for an undefined number, as in the tables. */
    static Double number(JsonNode n) {
        return n.isNull() || n.isMissingNode() ? null : n.asDouble();
    }

    /** The rows of a DuckDB query by their key, each column by name. */
    static Map<String, Map<String, Object>> rows(String sql) throws SQLException {
        Map<String, Map<String, Object>> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.put(md.getColumnName(i), rs.getObject(i));
                }
                Object key = row.get("key");
                assertThat(out.put((String) key, row)).as("one row per key: " + key).isNull();
            }
        }
        return out;
    }

    /** Every file under a folder with its size. */
    static Map<Path, Long> tree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).sorted(Comparator.naturalOrder())
                    .collect(Collectors.toMap(root::relativize, f -> f.toFile().length(), (a, b) -> a,
                            LinkedHashMap::new));
        }
    }
}
