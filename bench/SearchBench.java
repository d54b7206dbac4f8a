import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import radio.archive.HostLimits;
import radio.archive.Http;
import radio.archive.JdkHttp;
import radio.archive.LoggingHttp;
import radio.archive.RetryPolicy;
import radio.archive.exoplanets.ExoplanetArchiveClient;
import radio.archive.mast.MastClient;
import radio.archive.mast.SantaResolver;
import radio.search.Angle;
import radio.search.ProductSearch;
import radio.search.SearchExecutors;
import radio.search.SearchReport;
import radio.search.SearchSettings;
import radio.search.Selection;
import radio.sim.SimArchive;
import radio.sim.server.Endpoint;

/**
 * Benchmark of `radio search` for the 31 seed targets against the simulated archive with latency added to every
 * response: batched and concurrent (radio's default) versus --sequential (one target at a time over one
 * connection, spacekit's chain of requests), for radio's own selection and for spacekit's exact invocation
 * (--radius 0s). Each command runs as a separate `./radio` process; requests are counted by the simulator.
 * A second table repeats the comparison through the library API in this (warmed-up) JVM, which separates
 * the search from the fixed cost of starting a JVM per command.
 *
 * Run through bench/search.sh. Arguments: REPO_DIR LATENCY_MS RUNS
 */
public final class SearchBench {
    private static final Pattern SEARCHED = Pattern.compile("searched (\\d+) targets in (\\d+) ms: .*, (\\d+) failed;");

    record Result(double wallSeconds, double searchSeconds, Map<Endpoint, Long> requests, String out) {
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args[0]).toAbsolutePath();
        int latencyMs = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        Path home = Files.createTempDirectory("radio-bench-home"); // the commands' catalog, never the user's
        try (SimArchive sim = SimArchive.builder().latency(Duration.ofMillis(latencyMs)).start()) {
            List<String> seeds = sim.catalogue().seedTargetNames();
            List<String> selection = List.of("--mission", "K2", "--exptime", "1800", "--product", "LLC");
            Map<String, List<String>> scenarios = new LinkedHashMap<>();
            scenarios.put("radio (exact target names)", List.of());
            scenarios.put("spacekit's invocation (--radius 0s)", List.of("--radius", "0s"));

            System.out.printf("31 seed targets, %d ms added to every simulated response, %d runs each (median)%n%n",
                    latencyMs, runs);
            System.out.println("| search | mode | wall time [s] | search time [s] | MAST requests (invoke + path_lookup) "
                    + "| SANTA | TAP | speed-up (wall / search) |");
            System.out.println("|---|---|---:|---:|---:|---:|---:|---:|");
            for (Map.Entry<String, List<String>> s : scenarios.entrySet()) {
                List<Result> fast = new ArrayList<>();
                List<Result> slow = new ArrayList<>();
                run(repo, sim, seeds, selection, s.getValue(), false, home); // warm-up of the simulator, not counted
                for (int i = 0; i < runs; i++) { // interleaved, so both modes see the same machine load
                    fast.add(run(repo, sim, seeds, selection, s.getValue(), false, home));
                    slow.add(run(repo, sim, seeds, selection, s.getValue(), true, home));
                    System.err.printf("run %d: batched %.2f s (search %.2f s), sequential %.2f s (search %.2f s)%n", i + 1,
                            fast.get(i).wallSeconds(), fast.get(i).searchSeconds(), slow.get(i).wallSeconds(),
                            slow.get(i).searchSeconds());
                }
                for (Result r : fast) {
                    if (!r.out().equals(slow.get(0).out())) {
                        throw new IllegalStateException("batched and sequential searches printed different rows");
                    }
                }
                Result f = median(fast);
                Result q = median(slow);
                row(s.getKey(), "batched, concurrent (default)", f, "");
                row(s.getKey(), "--sequential", q, String.format("%.1f× / %.1f×", q.wallSeconds() / f.wallSeconds(),
                        q.searchSeconds() / f.searchSeconds()));
                System.out.printf("|  | rows printed | %d |  |  |  |  |  |%n", f.out().lines().count() - 1);
            }

            System.out.printf("%nThe same searches through the library API in one JVM, after one warm-up run of each "
                    + "(median of %d)%n%n", runs);
            System.out.println("| search | mode | search time [s] | MAST requests (invoke + path_lookup) | SANTA | TAP "
                    + "| speed-up |");
            System.out.println("|---|---|---:|---:|---:|---:|---:|");
            Selection k2 = Selection.k2LongCadenceLightCurves();
            for (Map.Entry<String, Optional<Angle>> s : Map.of(
                    "radio (exact target names)", Optional.<Angle>empty(),
                    "spacekit's invocation (--radius 0s)", Optional.of(Angle.parse("0s"))).entrySet().stream()
                    .sorted(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())).toList()) {
                inProcess(sim, seeds, k2, s.getValue(), false);
                inProcess(sim, seeds, k2, s.getValue(), true);
                List<double[]> fast = new ArrayList<>();
                List<double[]> slow = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    fast.add(inProcess(sim, seeds, k2, s.getValue(), false));
                    slow.add(inProcess(sim, seeds, k2, s.getValue(), true));
                }
                double[] f = medianBy(fast);
                double[] q = medianBy(slow);
                System.out.printf("| %s | batched, concurrent (default) | %.2f | %d (%d + %d) | %d | %d |  |%n", s.getKey(),
                        f[0], (long) (f[1] + f[2]), (long) f[1], (long) f[2], (long) f[3], (long) f[4]);
                System.out.printf("| %s | sequential | %.2f | %d (%d + %d) | %d | %d | %.1f× |%n", s.getKey(),
                        q[0], (long) (q[1] + q[2]), (long) q[1], (long) q[2], (long) q[3], (long) q[4], q[0] / f[0]);
            }
        } finally {
            try (var files = Files.walk(home)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    /** One search through the library: {seconds, invokes, path lookups, SANTA calls, TAP calls}. */
    private static double[] inProcess(SimArchive sim, List<String> targets, Selection selection, Optional<Angle> radius,
                                      boolean sequential) throws InterruptedException {
        int connections = sequential ? 1 : 4;
        HostLimits limits = HostLimits.none().with(sim.mastUrl(), connections).with(sim.resolverUrl(), connections);
        radio.config.RadioConfig config = radio.config.RadioConfig.builder(Path.of(System.getProperty("java.io.tmpdir")))
                .mastConnections(connections).build();
        Http http = Http.standard(new JdkHttp(JdkHttp.newClient(config)::send, config.requestTimeout()),
                RetryPolicy.from(config), limits, LoggingHttp.Secrets.none());
        SearchReport report;
        try (SearchExecutors threads = new SearchExecutors(SearchSettings.concurrent(connections).workers())) {
            ProductSearch search = new ProductSearch(
                    new MastClient(http, sim.mastUrl(), Optional.empty(), Duration.ofSeconds(600),
                            MastClient.Options.defaults()),
                    new SantaResolver(http, sim.resolverUrl()), new ExoplanetArchiveClient(http, sim.exoplanetArchiveUrl()),
                    sequential ? SearchSettings.sequential() : SearchSettings.concurrent(connections), threads);
            sim.resetCounters();
            report = search.run(targets.iterator(), selection, radius, outcome -> { });
        }
        if (report.failed() > 0) {
            throw new IllegalStateException(report.failed() + " targets failed");
        }
        return new double[] {report.elapsed().toNanos() / 1e9, sim.requestCount(Endpoint.INVOKE),
                sim.requestCount(Endpoint.PATH_LOOKUP), sim.requestCount(Endpoint.RESOLVER),
                sim.requestCount(Endpoint.TAP)};
    }

    private static double[] medianBy(List<double[]> rs) {
        List<double[]> sorted = new ArrayList<>(rs);
        sorted.sort((a, b) -> Double.compare(a[0], b[0]));
        return sorted.get(sorted.size() / 2);
    }

    private static void row(String search, String mode, Result r, String speedup) {
        long mast = r.requests().get(Endpoint.INVOKE) + r.requests().get(Endpoint.PATH_LOOKUP);
        System.out.printf("| %s | %s | %.2f | %.2f | %d (%d + %d) | %d | %d | %s |%n", search, mode, r.wallSeconds(),
                r.searchSeconds(), mast, r.requests().get(Endpoint.INVOKE), r.requests().get(Endpoint.PATH_LOOKUP),
                r.requests().get(Endpoint.RESOLVER), r.requests().get(Endpoint.TAP), speedup);
    }

    private static Result median(List<Result> rs) {
        List<Result> byWall = new ArrayList<>(rs);
        byWall.sort((a, b) -> Double.compare(a.wallSeconds(), b.wallSeconds()));
        List<Double> search = rs.stream().map(Result::searchSeconds).sorted().toList();
        Result m = byWall.get(byWall.size() / 2);
        return new Result(m.wallSeconds(), search.get(search.size() / 2), m.requests(), m.out());
    }

    /** One {@code ./radio -v search} process, in a JVM of its own, with its catalog in {@code home}. */
    private static Result run(Path repo, SimArchive sim, List<String> targets, List<String> selection,
                              List<String> extra, boolean sequential, Path home)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(repo.resolve("radio").toString(), "-v", "search"));
        cmd.addAll(targets);
        cmd.addAll(selection);
        cmd.addAll(extra);
        cmd.addAll(List.of("--format", "csv"));
        if (sequential) {
            cmd.add("--sequential");
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(repo.toFile());
        pb.environment().putAll(sim.clientEnvironment());
        pb.environment().put("RADIO_HOME", home.toString());
        Path err = Files.createTempFile("radio-bench", ".err");
        pb.redirectError(err.toFile());
        sim.resetCounters();
        long t0 = System.nanoTime();
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("radio search did not finish: " + cmd);
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        String stderr = Files.readString(err);
        Files.delete(err);
        Matcher m = SEARCHED.matcher(stderr);
        // exit 1 with no failed target: some target has nothing matching (K2-1 has target pixel files only)
        if (!m.find() || !(p.exitValue() == 0 || p.exitValue() == 1 && m.group(3).equals("0"))) {
            throw new IllegalStateException("radio search failed (exit " + p.exitValue() + "): " + stderr);
        }
        Map<Endpoint, Long> counts = new LinkedHashMap<>();
        Arrays.stream(Endpoint.values()).forEach(e -> counts.put(e, sim.requestCount(e)));
        return new Result(wall, Integer.parseInt(m.group(2)) / 1000.0, counts, out);
    }
}
