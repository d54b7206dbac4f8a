import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import radio.api.Downloads;
import radio.api.Radio;
import radio.config.RadioConfig;
import radio.search.SearchSettings;
import radio.search.Selection;
import radio.sim.SimArchive;
import radio.sim.server.Endpoint;

/**
 * Benchmark (a) of issue 4: the seed workflow for the 31 spacekit targets (targets → search → download of the K2
 * long-cadence light curves) as `./radio download` processes against the simulated archive with latency added to
 * every response, radio's default against the same run forced to one job, one MAST connection and a sequential
 * search (spacekit's way). Every run starts from an empty output folder and an empty catalog. Requests are counted
 * by the simulator; the files of every run are checked against the simulator's bytes.
 *
 * Run through bench/download.sh. Arguments: REPO_DIR LATENCY_MS RUNS
 */
public final class DownloadBench {
    private static final Pattern TOOK = Pattern.compile("download command took (\\d+) ms; the JVM started (\\d+) ms ago");

    record Result(double wall, double command, double jvmUptime, Map<Endpoint, Long> requests) {
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args[0]).toAbsolutePath();
        int latencyMs = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        Path work = Files.createTempDirectory("radio-download-bench");
        try (SimArchive sim = SimArchive.builder().latency(Duration.ofMillis(latencyMs)).start()) {
            List<String> targets = sim.catalogue().seedTargetNames();
            List<String> slowFlags = List.of("--jobs", "1", "--mast-connections", "1", "--sequential");
            run(repo, sim, work, targets, List.of(), "0"); // warm-up of the simulator (renders the FITS files)
            List<Result> fast = new ArrayList<>();
            List<Result> slow = new ArrayList<>();
            for (int i = 1; i <= runs; i++) { // interleaved, so both see the same machine load
                fast.add(run(repo, sim, work, targets, List.of(), "" + i));
                slow.add(run(repo, sim, work, targets, slowFlags, "" + i));
                System.err.printf("run %d: default %.2f s (command %.2f s), one job/connection, sequential %.2f s "
                        + "(command %.2f s)%n", i, fast.get(i - 1).wall(), fast.get(i - 1).command(),
                        slow.get(i - 1).wall(), slow.get(i - 1).command());
            }
            Result f = median(fast);
            Result s = median(slow);
            System.out.printf("31 seed targets, K2/1800 s/LLC, %d ms added to every simulated response, median of %d "
                    + "runs%n%n", latencyMs, runs);
            System.out.println("| mode | whole process [s] | after JVM start-up [s] | JVM up at command start [s] "
                    + "| MAST invoke | path_lookup | SANTA | TAP | S3 GET | MAST Download/file |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            row("radio (default: 16 jobs, 4 MAST connections, batched search)", f);
            row("`--jobs 1 --mast-connections 1 --sequential`", s);
            System.out.printf("%nspeed-up: %.1f× whole process, %.1f× after JVM start-up%n", s.wall() / f.wall(),
                    s.command() / f.command());

            // the same workflow through the library in this JVM, warmed up: the algorithmic difference alone
            inProcess(sim, work, targets, false, 0);
            inProcess(sim, work, targets, true, 0);
            List<double[]> warmFast = new ArrayList<>();
            List<double[]> warmSlow = new ArrayList<>();
            for (int i = 1; i <= runs; i++) {
                warmFast.add(inProcess(sim, work, targets, false, i));
                warmSlow.add(inProcess(sim, work, targets, true, i));
            }
            double wf = medianOf(warmFast);
            double ws = medianOf(warmSlow);
            System.out.printf("%nIn one JVM after a warm-up run of each (radio.api.Radio.download(targets, selection, "
                    + "out): the search feeding the transfers, fresh folder and catalog each time), median of %d:%n%n",
                    runs);
            System.out.println("| mode | time [s] | speed-up |");
            System.out.println("|---|---:|---:|");
            System.out.printf("| default (16 jobs, 4 MAST connections, batched search) | %.2f |  |%n", wf);
            System.out.printf("| one job, one MAST connection, sequential search | %.2f | %.1f× |%n", ws, ws / wf);
        } finally {
            delete(work);
        }
    }

    private static void row(String mode, Result r) {
        Map<Endpoint, Long> q = r.requests();
        System.out.printf("| %s | %.2f | %.2f | %.2f | %d | %d | %d | %d | %d | %d |%n", mode, r.wall(), r.command(),
                r.jvmUptime() - r.command(), q.get(Endpoint.INVOKE), q.get(Endpoint.PATH_LOOKUP),
                q.get(Endpoint.RESOLVER), q.get(Endpoint.TAP), q.get(Endpoint.S3_GET), q.get(Endpoint.DOWNLOAD_GET));
    }

    private static Result median(List<Result> rs) {
        List<Result> byWall = new ArrayList<>(rs);
        byWall.sort(Comparator.comparingDouble(Result::wall));
        List<Double> command = rs.stream().map(Result::command).sorted().toList();
        List<Double> uptime = rs.stream().map(Result::jvmUptime).sorted().toList();
        Result m = byWall.get(byWall.size() / 2);
        return new Result(m.wall(), command.get(command.size() / 2), uptime.get(uptime.size() / 2), m.requests());
    }

    /** One {@code ./radio -v download} into a fresh folder and catalog, in a JVM of its own. */
    private static Result run(Path repo, SimArchive sim, Path work, List<String> targets, List<String> extra,
                              String n) throws IOException, InterruptedException {
        Path out = work.resolve("out-" + n + (extra.isEmpty() ? "-default" : "-slow"));
        Path home = work.resolve("home-" + n + (extra.isEmpty() ? "-default" : "-slow"));
        List<String> cmd = new ArrayList<>(List.of(repo.resolve("radio").toString(), "-v", "download"));
        cmd.addAll(targets);
        cmd.addAll(List.of("--mission", "K2", "--exptime", "1800", "--product", "LLC", "--out", out.toString(),
                "--radio-home", home.toString()));
        cmd.addAll(extra);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(repo.toFile());
        pb.environment().putAll(sim.clientEnvironment());
        Path err = work.resolve("err.txt");
        pb.redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        sim.resetCounters();
        long t0 = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("radio download did not finish: " + cmd);
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        String stderr = Files.readString(err);
        Matcher m = TOOK.matcher(stderr);
        boolean timed = m.find();
        // exit 1 names K2-1 (target pixel files only), the one seed host without a light curve; nothing else
        boolean onlyK2One = p.exitValue() == 1 && stderr.contains("radio: K2-1: no products match")
                && stderr.contains(" 0 failed (and 1 target without files)");
        if (!onlyK2One || !timed) {
            throw new IllegalStateException("radio download failed (exit " + p.exitValue() + "): " + stderr);
        }
        check(sim, targets, out);
        Map<Endpoint, Long> counts = new TreeMap<>();
        for (Endpoint e : Endpoint.values()) {
            counts.put(e, sim.requestCount(e));
        }
        return new Result(wall, Integer.parseInt(m.group(1)) / 1000.0, Integer.parseInt(m.group(2)) / 1000.0, counts);
    }

    /** One search-and-download through the library in this JVM: wall seconds. */
    private static double[] inProcess(SimArchive sim, Path work, List<String> targets, boolean slow, int n)
            throws Exception {
        Path out = work.resolve("in-jvm-out-" + n + (slow ? "-slow" : "-default"));
        Path home = work.resolve("in-jvm-home-" + n + (slow ? "-slow" : "-default"));
        RadioConfig config = RadioConfig.builder(home).radioHome(home).mastUrl(sim.mastUrl())
                .resolverUrl(sim.resolverUrl()).exoplanetArchiveUrl(sim.exoplanetArchiveUrl())
                .s3Endpoint(sim.s3Endpoint()).jobs(slow ? 1 : RadioConfig.DEFAULT_JOBS)
                .mastConnections(slow ? 1 : RadioConfig.DEFAULT_MAST_CONNECTIONS).build();
        SearchSettings settings = slow ? SearchSettings.sequential() : SearchSettings.concurrent(4);
        Selection selection = Selection.k2LongCadenceLightCurves();
        long t0 = System.nanoTime();
        try (Radio radio = Radio.builder(config).searchSettings(settings).build()) {
            Downloads d = radio.download(targets, selection, out);
            if (!d.failed().isEmpty() || d.downloadedCount() != 30) {
                throw new IllegalStateException("in-JVM run: " + d.failed().size() + " failed, "
                        + d.downloadedCount() + " downloaded");
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        check(sim, targets, out);
        return new double[] {seconds};
    }

    private static double medianOf(List<double[]> xs) {
        List<Double> v = xs.stream().map(x -> x[0]).sorted().toList();
        return v.get(v.size() / 2);
    }

    /** Every seed light curve is on disk with the simulator's bytes. */
    private static void check(SimArchive sim, List<String> targets, Path out) throws IOException {
        for (String t : targets) {
            for (var p : sim.catalogue().lightCurves(t)) {
                Path f = out.resolve("mastDownload").resolve(p.obsCollection()).resolve(p.obsId())
                        .resolve(p.productFilename());
                if (!java.util.Arrays.equals(Files.readAllBytes(f), sim.files().bytes(p))) {
                    throw new IllegalStateException("wrong bytes in " + f);
                }
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
