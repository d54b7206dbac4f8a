import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import radio.sim.SimArchive;
import radio.sim.catalogue.Mission;
import radio.sim.catalogue.Target;
import radio.sim.server.Endpoint;

/**
 * Benchmark of `radio search` at archive scale: 5,000 targets against the simulated archive with latency added to
 * every response, batched (radio's default) versus the seed's one-target-at-a-time chain (--sequential, measured
 * on the first 100 targets and extrapolated). Two target lists: every TESS 2-minute target of the simulated
 * catalogue as a TIC list, and the Kepler planet hosts of `radio targets --table keplernames`. Each search is a
 * separate `./radio` process run under /usr/bin/time (peak RSS) with a GC log (heap before and after collections; a run capped at -Xmx128m shows the working set does not grow with the target count);
 * the simulator counts the requests it receives. Prints Markdown tables (see docs/benchmarks.md).
 *
 * Run through bench/search-scale.sh. Arguments: REPO_DIR LATENCY_MS TARGETS SEQUENTIAL_SAMPLE
 */
public final class SearchScaleBench {
    private static final Pattern SEARCHED = Pattern.compile("searched (\\d+) targets in (\\d+) ms: .*, (\\d+) failed;");
    private static final Pattern GC = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final Pattern TIME = Pattern.compile("BENCH_TIME (\\S+) (\\d+)");

    /** One `radio search` process. */
    record Run(double wallSeconds, double searchSeconds, long rssKb, long heapPeakMb, long heapLiveMb,
               Map<Endpoint, Long> requests, long rows, String csv) {
        long mast() {
            return requests.get(Endpoint.INVOKE) + requests.get(Endpoint.PATH_LOOKUP);
        }

        long all() {
            return mast() + requests.get(Endpoint.RESOLVER) + requests.get(Endpoint.TAP);
        }
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args[0]).toAbsolutePath();
        int latencyMs = Integer.parseInt(args[1]);
        int targets = Integer.parseInt(args[2]);
        int sample = Integer.parseInt(args[3]);
        Path work = Files.createTempDirectory("radio-scale");
        System.out.printf("%d targets per list, %d ms added to every simulated response; sequential measured on the "
                + "first %d targets and extrapolated%n%n", targets, latencyMs, sample);

        try (SimArchive sim = SimArchive.builder().tessTargets(targets - 5).keplerTargets(targets * 11 / 5)
                .latency(Duration.ofMillis(latencyMs)).requestLogCapacity(0).start()) {
            List<String> tics = sim.catalogue().targets(Mission.TESS).stream().map(Target::designation).toList();
            List<String> hosts = keplerHosts(repo, sim, work, targets);
            scenario(repo, sim, work, "TESS TIC list", tics, List.of("--mission", "TESS", "--cadence", "short",
                    "--product", "LC"), sample);
            scenario(repo, sim, work, "Kepler hosts (keplernames)", hosts, List.of("--mission", "Kepler", "--product",
                    "LLC"), sample);
        }
    }

    /** The first {@code n} lines of `radio targets --table keplernames --format text`. */
    private static List<String> keplerHosts(Path repo, SimArchive sim, Path work, int n) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(repo.resolve("radio").toString(), "targets", "--table", "keplernames",
                "--format", "text");
        env(pb, sim, work);
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process p = pb.start();
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        if (p.waitFor() != 0 || lines.size() < n) {
            throw new IllegalStateException("radio targets gave " + lines.size() + " hosts, wanted " + n);
        }
        return lines.subList(0, n);
    }

    private static void scenario(Path repo, SimArchive sim, Path work, String name, List<String> all,
                                 List<String> selection, int sample) throws Exception {
        int n = all.size();
        System.out.printf("### %s: `radio search --targets-file FILE %s --format csv`%n%n", name,
                String.join(" ", selection));
        System.out.println("| run | targets | wall [s] | search [s] | MAST requests (invoke + path_lookup) | SANTA + TAP "
                + "| rows | peak RSS [MB] | heap before / after GC, max [MB] |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        Run warm = search(repo, sim, work, all.subList(0, Math.min(n, 500)), selection, false, "");
        Run batched = search(repo, sim, work, all, selection, false, "");
        print("batched (default)", n, batched);
        Run capped = search(repo, sim, work, all, selection, false, "-Xmx128m");
        print("batched, `-Xmx128m`", n, capped);
        for (int size : List.of(n / 5, n / 2)) {
            print("batched", size, search(repo, sim, work, all.subList(0, size), selection, false, ""));
        }
        List<String> first = all.subList(0, sample);
        Run small = search(repo, sim, work, first, selection, false, "");
        Run slow = search(repo, sim, work, first, selection, true, "");
        if (!sorted(small.csv()).equals(sorted(slow.csv()))) {
            throw new IllegalStateException("batched and sequential searches printed different rows");
        }
        print("batched", sample, small);
        print("`--sequential`", sample, slow);
        double factor = (double) n / sample;
        long seqRequests = Math.round(slow.all() * factor);
        double seqSearch = slow.searchSeconds() * factor;
        double seqWall = (slow.wallSeconds() - slow.searchSeconds()) + seqSearch;
        System.out.printf("| `--sequential`, extrapolated ×%.0f | %d | %.0f | %.0f | %d |  | %d |  |  |%n", factor, n,
                seqWall, seqSearch, Math.round(slow.mast() * factor), Math.round(slow.rows() * factor));
        System.out.printf("%n**%s, %d targets:** %d requests in all (MAST, SANTA, TAP) instead of ~%d: %.0f× fewer; "
                        + "%.1f s instead of ~%.0f s wall time: %.0f× less (search alone %.0f×); peak RSS %d MB "
                        + "(%d MB with -Xmx128m); warm-up run %.1f s.%n%n", name, n, batched.all(), seqRequests,
                (double) seqRequests / batched.all(), batched.wallSeconds(), seqWall, seqWall / batched.wallSeconds(),
                seqSearch / batched.searchSeconds(), batched.rssKb() / 1024, capped.rssKb() / 1024,
                warm.wallSeconds());
    }

    private static List<String> sorted(String csv) {
        return csv.lines().sorted().toList();
    }

    private static void print(String label, int targets, Run r) {
        System.out.printf("| %s | %d | %.2f | %.2f | %d (%d + %d) | %d | %d | %d | %d / %d |%n", label, targets,
                r.wallSeconds(), r.searchSeconds(), r.mast(), r.requests().get(Endpoint.INVOKE),
                r.requests().get(Endpoint.PATH_LOOKUP), r.requests().get(Endpoint.RESOLVER)
                        + r.requests().get(Endpoint.TAP), r.rows(), r.rssKb() / 1024, r.heapPeakMb(), r.heapLiveMb());
    }

    private static void env(ProcessBuilder pb, SimArchive sim, Path work) {
        pb.environment().putAll(sim.clientEnvironment());
        pb.environment().put("RADIO_HOME", work.resolve("home").toString());
    }

    private static Run search(Path repo, SimArchive sim, Path work, List<String> targets, List<String> selection,
                              boolean sequential, String javaOpts) throws IOException, InterruptedException {
        Path list = work.resolve("targets.txt");
        Files.write(list, targets);
        Path gc = work.resolve("gc.log");
        Files.deleteIfExists(gc);
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-f", "BENCH_TIME %e %M",
                repo.resolve("radio").toString(), "-v", "search", "--targets-file", list.toString()));
        cmd.addAll(selection);
        cmd.addAll(List.of("--format", "csv"));
        if (sequential) {
            cmd.add("--sequential");
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(repo.toFile());
        env(pb, sim, work);
        pb.environment().put("RADIO_JAVA_OPTS", (javaOpts + " -Xlog:gc:file=" + gc).strip());
        Path out = work.resolve("out.csv");
        Path err = work.resolve("err.txt");
        pb.redirectOutput(out.toFile());
        pb.redirectError(err.toFile());
        sim.resetCounters();
        Process p = pb.start();
        if (!p.waitFor(30, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("radio search did not finish: " + cmd);
        }
        String stderr = Files.readString(err);
        Matcher m = SEARCHED.matcher(stderr);
        Matcher t = TIME.matcher(stderr);
        // exit 1 with no failed target: some target has nothing matching the selection
        if (!m.find() || !t.find() || !(p.exitValue() == 0 || p.exitValue() == 1 && m.group(3).equals("0"))) {
            throw new IllegalStateException("radio search failed (exit " + p.exitValue() + "): " + stderr);
        }
        long peak = 0;
        long live = 0;
        for (String line : Files.readAllLines(gc)) {
            Matcher g = GC.matcher(line);
            if (g.find()) {
                peak = Math.max(peak, Long.parseLong(g.group(1)));
                live = Math.max(live, Long.parseLong(g.group(2)));
            }
        }
        Map<Endpoint, Long> counts = new java.util.EnumMap<>(Endpoint.class);
        for (Endpoint e : Endpoint.values()) {
            counts.put(e, sim.requestCount(e));
        }
        String csv = Files.readString(out);
        return new Run(Double.parseDouble(t.group(1)), Integer.parseInt(m.group(2)) / 1000.0,
                Long.parseLong(t.group(2)), peak, live, counts, csv.lines().count() - 1, csv);
    }
}
