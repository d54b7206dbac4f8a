import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import radio.config.RadioConfig;
import radio.search.SearchSettings;
import radio.search.Selection;
import radio.sim.SimArchive;
import radio.transfer.DownloadOptions;
import radio.transfer.TransferEvents;
import radio.transfer.TransferReport;
import radio.transfer.TransferSession;
import radio.workflow.SearchRequest;
import radio.workflow.Services;
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
            run(repo, sim, work, targets, List.of(), "0", null); // warm-up of the simulator (renders the FITS files)
            List<Result> fast = new ArrayList<>();
            List<Result> slow = new ArrayList<>();
            for (int i = 1; i <= runs; i++) { // interleaved, so both see the same machine load
                fast.add(run(repo, sim, work, targets, List.of(), "" + i, null));
                slow.add(run(repo, sim, work, targets, slowFlags, "" + i, null));
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

            daemonTable(repo, sim, work, targets, slowFlags, runs);

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
            System.out.printf("%nIn one JVM after a warm-up run of each (radio.workflow: RecordedSearch.feed into a "
                    + "TransferSession, fresh folder and catalog each time), median of %d:%n%n", runs);
            System.out.println("| mode | time [s] | speed-up |");
            System.out.println("|---|---:|---:|");
            System.out.printf("| default (16 jobs, 4 MAST connections, batched search) | %.2f |  |%n", wf);
            System.out.printf("| one job, one MAST connection, sequential search | %.2f | %.1f× |%n", ws, ws / wf);
        } finally {
            delete(work);
        }
    }

    /**
     * The same commands with a radio daemon running ({@code radio daemon start}): each {@code ./radio download} is
     * a thin client whose command runs in the daemon's warm JVM. A resident daemon is warm: it gets ten untimed runs
     * of the default mode and two of the one-at-a-time one first (its JIT compiles as it goes); every run must have
     * been served by it, not by a fallback JVM.
     */
    private static void daemonTable(Path repo, SimArchive sim, Path work, List<String> targets,
                                    List<String> slowFlags, int runs) throws Exception {
        final int warmUp = 10; // default runs; the sequential mode, which mostly waits, gets 2
        Path home = Files.createDirectories(work.resolve("daemon-home"));
        daemon(repo, home, "start");
        try {
            for (int i = 0; i < warmUp; i++) {
                run(repo, sim, work, targets, List.of(), "warm-" + i, home);
                if (i < 2) {
                    run(repo, sim, work, targets, slowFlags, "warm-" + i, home);
                }
            }
            List<Result> fast = new ArrayList<>();
            List<Result> slow = new ArrayList<>();
            for (int i = 1; i <= runs; i++) {
                fast.add(run(repo, sim, work, targets, List.of(), "daemon-" + i, home));
                slow.add(run(repo, sim, work, targets, slowFlags, "daemon-" + i, home));
                System.err.printf("daemon run %d: default %.2f s, one job/connection, sequential %.2f s%n", i,
                        fast.get(i - 1).wall(), slow.get(i - 1).wall());
            }
            String status = daemon(repo, home, "status");
            int served = warmUp + 2 + 2 * runs;
            if (!status.contains(served + " commands served")) {
                throw new IllegalStateException("not every command ran in the daemon (" + served + " expected): "
                        + status);
            }
            Result f = median(fast);
            Result s = median(slow);
            System.out.printf("%nThe same commands with a radio daemon running (`./radio daemon start`; each command a "
                    + "thin client whose download runs in the daemon's JVM), after %d warm-up runs of the default and 2 of "
                    + "the one-at-a-time run, median of %d:%n%n", warmUp, runs);
            System.out.println("| mode | whole command [s] | MAST invoke | path_lookup | SANTA | TAP | S3 GET "
                    + "| MAST Download/file | speed-up |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            for (Result r : List.of(f, s)) {
                Map<Endpoint, Long> q = r.requests();
                System.out.printf("| %s | %.2f | %d | %d | %d | %d | %d | %d | %s |%n", r == f
                                ? "radio (default: 16 jobs, 4 MAST connections, batched search)"
                                : "`--jobs 1 --mast-connections 1 --sequential`", r.wall(), q.get(Endpoint.INVOKE),
                        q.get(Endpoint.PATH_LOOKUP), q.get(Endpoint.RESOLVER), q.get(Endpoint.TAP),
                        q.get(Endpoint.S3_GET), q.get(Endpoint.DOWNLOAD_GET),
                        r == s ? String.format("**%.1f×**", s.wall() / f.wall()) : "");
            }
        } finally {
            daemon(repo, home, "stop");
            Thread.sleep(500); // the stopped daemon lets go of its files
        }
    }

    private static String daemon(Path repo, Path home, String what) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(repo.resolve("radio").toString(), "daemon", what)
                .directory(repo.toFile()).redirectErrorStream(true);
        pb.environment().put("RADIO_HOME", home.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
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

    /**
     * One {@code ./radio download} into a fresh folder and catalog; with {@code daemonHome} through the daemon of
     * that RADIO_HOME (without -v, which a daemon declines, so without the command's timer), else in a JVM of its
     * own.
     */
    private static Result run(Path repo, SimArchive sim, Path work, List<String> targets, List<String> extra,
                              String n, Path daemonHome) throws IOException, InterruptedException {
        Path out = work.resolve("out-" + n + (extra.isEmpty() ? "-default" : "-slow"));
        Path home = work.resolve("home-" + n + (extra.isEmpty() ? "-default" : "-slow"));
        List<String> cmd = new ArrayList<>(List.of(repo.resolve("radio").toString()));
        if (daemonHome == null) {
            cmd.add("-v");
        }
        cmd.add("download");
        cmd.addAll(targets);
        cmd.addAll(List.of("--mission", "K2", "--exptime", "1800", "--product", "LLC", "--out", out.toString(),
                "--radio-home", home.toString()));
        cmd.addAll(extra);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(repo.toFile());
        pb.environment().putAll(sim.clientEnvironment());
        if (daemonHome == null) {
            pb.environment().put("RADIO_DAEMON", "off");
        } else {
            pb.environment().put("RADIO_HOME", daemonHome.toString());
        }
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
        if (p.exitValue() != 0 || (daemonHome == null && !timed)) {
            throw new IllegalStateException("radio download failed (exit " + p.exitValue() + "): " + stderr);
        }
        check(sim, targets, out);
        Map<Endpoint, Long> counts = new TreeMap<>();
        for (Endpoint e : Endpoint.values()) {
            counts.put(e, sim.requestCount(e));
        }
        return timed ? new Result(wall, Integer.parseInt(m.group(1)) / 1000.0, Integer.parseInt(m.group(2)) / 1000.0,
                counts) : new Result(wall, Double.NaN, Double.NaN, counts);
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
        try (Services services = Services.open(config)) {
            CompletableFuture<TransferSession> session = services.transfersAsync()
                    .thenApply(e -> e.start(DownloadOptions.to(out), TransferEvents.NONE));
            services.recordedSearch(settings).feed(new SearchRequest(targets, selection, Optional.empty()), false,
                    session, config.bucket(), o -> { });
            TransferReport report;
            try (TransferSession s = session.join()) {
                report = s.finish();
            }
            if (!report.failed().isEmpty() || report.downloaded().size() != 30) {
                throw new IllegalStateException("in-JVM run: " + report.failed().size() + " failed, "
                        + report.downloaded().size() + " downloaded");
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
