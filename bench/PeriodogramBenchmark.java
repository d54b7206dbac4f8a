import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import radio.lightcurve.LightCurve;
import radio.lightcurve.LightCurves;
import radio.periodogram.AutoFrequency;
import radio.periodogram.Bls;
import radio.periodogram.BlsOptions;
import radio.periodogram.FrequencyGrid;
import radio.periodogram.LombScargle;
import radio.periodogram.Method;
import radio.periodogram.PeriodGrid;
import radio.periodsearch.TransitSearch;
import radio.periodsearch.TransitSearchOptions;

/**
 * Timed main for bench/periodogram.sh: BLS and Lomb–Scargle, radio vs astropy on the same data and the same grid,
 * for the Kepler-90 Q3–Q5 long-cadence stitch, the TESS Sector 1 light curve of WASP-126 and the Kepler
 * short-cadence Q0 light curve of TrES-2. Writes each case's data and grid to OUT/cases.json and starts
 * bench/periodogram_astropy.py on it; then per case warms radio up and runs REPEATS rounds of
 * (radio on 1 thread, radio on 2 threads, astropy), interleaved so that all three meet the same load.
 *
 * <p>Each run is timed in wall-clock seconds and in CPU seconds of the calling thread (radio's one-thread search
 * runs entirely in it; astropy's are single-threaded). The one-thread ratio is taken from the CPU seconds: on a
 * machine shared with other work a single-threaded run's wall time mostly measures how often it was scheduled
 * out, its CPU time what it cost, which is also what a million light curves are paid in. The wall ratio is
 * printed beside it. The two-thread speed-up can only be a wall-clock figure and needs two free cores; for BLS
 * each round also measures what the two cores gave at the time (two independent one-thread searches at once
 * against one alone, back to back), the ceiling of any two-thread speed-up, printed beside it. A short
 * case repeats its call within one run (the same number of times on both sides) so that a run lasts at least
 * {@value #MIN_RUN_SECONDS} s (0.3 s in tables A–F of docs/benchmarks.md); times are per call.
 *
 * <p>Prints one line per round, a Markdown table of medians, then per row its ratios against their goals; a row
 * short of a goal, or a best period that differs from astropy's, prints {@code FAIL <case>: ...} and the exit
 * status is 1. For the fast Lomb–Scargle the best period to equal is that of the direct sums (astropy's
 * {@code method="cython"} on the same grid), the periodogram both fast methods approximate: astropy's
 * extirpolation can move its highest peak (it does on the TESS light curve), radio's NUFFT equals the direct
 * sums to rounding. astropy's fast best period is shown beside it. Only the named cases run when names are given
 * ({@code tess*} names all that start so).
 *
 * <p>Usage: java -cp ... PeriodogramBenchmark FIXTURES_FITS_DIR OUT_DIR REPEATS PYTHON [CASE...]
 */
public final class PeriodogramBenchmark {
    /** lightkurve's trial durations, as radio's transit search uses them. */
    private static final double[] DURATIONS = TransitSearchOptions.DURATIONS_DAYS.stream()
            .mapToDouble(Double::doubleValue).toArray();

    private static final int MAX_WARMUP = 2;
    /** A warm-up round this long leaves the code compiled; further rounds would only cost time. */
    private static final double WARM_SECONDS = 2.0;
    private static final double MIN_RUN_SECONDS = 1.0;
    private static final double BLS_GOAL = 3.0;
    private static final double LS_FAST_GOAL = 3.0;
    private static final double LS_EXACT_GOAL = 8.0;
    private static final double TWO_THREAD_GOAL = 1.8;
    private static final int THREADS = 2;
    private static final OperatingSystemMXBean OS = ManagementFactory.getOperatingSystemMXBean();
    private static final ThreadMXBean THREAD = ManagementFactory.getThreadMXBean();

    record Case(String name, String light, String kind, double[] t, double[] y, double[] dy, double[] periods,
                FrequencyGrid grid, Method method, double goal, int[] calls) {
        int size() {
            return periods != null ? periods.length : grid.size();
        }

        boolean bls() {
            return periods != null;
        }
    }

    /** One timed run: wall and CPU seconds, the best period found, and (radio) the peak heap in bytes. */
    record Run(double wall, double cpu, double bestPeriod, long peakHeap) {
    }

    public static void main(String[] args) throws IOException {
        Path fits = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int repeats = Integer.parseInt(args[2]);
        String python = args[3];
        List<String> only = Arrays.asList(args).subList(4, args.length);
        Files.createDirectories(out);

        List<Case> cases = new ArrayList<>();
        LightCurve kepler = LightCurves.stitch(List.of(
                LightCurves.read(fits.resolve("kplr011442793-2009350155506_llc.fits")),
                LightCurves.read(fits.resolve("kplr011442793-2010009091648_llc.fits")),
                LightCurves.read(fits.resolve("kplr011442793-2010174085026_llc.fits")))).removeNans();
        addCases(cases, "kepler90", "Kepler-90 Q3–Q5 stitch", kepler, false);
        LightCurve tess = LightCurves.read(fits.resolve("tess2018206045859-s0001-0000000025155310-0120-s_lc.fits"))
                .normalize().removeNans();
        addCases(cases, "tess", "TESS S1 WASP-126", tess, true);
        LightCurve shortCadence = LightCurves.read(fits.resolve("kplr011446443-2009131110544_slc.fits"))
                .normalize().removeNans();
        addCases(cases, "kepler-sc", "Kepler Q0 short cadence TrES-2", shortCadence, false);
        if (!only.isEmpty()) {
            cases.removeIf(c -> only.stream().noneMatch(o -> o.endsWith("*")
                    ? c.name().startsWith(o.substring(0, o.length() - 1)) : c.name().equals(o)));
        }
        writeCases(cases, out.resolve("cases.json"));

        Process astropy = new ProcessBuilder(python, "bench/periodogram_astropy.py", out.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader answers = new BufferedReader(new InputStreamReader(astropy.getInputStream(),
                StandardCharsets.UTF_8));
        PrintWriter ask = new PrintWriter(astropy.getOutputStream(), true, StandardCharsets.UTF_8);
        if (!"ready".equals(answers.readLine())) {
            throw new IOException("the astropy side did not start");
        }
        StringBuilder table = new StringBuilder();
        table.append("| light curve | periodogram | points | grid | astropy CPU (s) | radio 1 thread CPU (s) ")
                .append("| radio faster, CPU | astropy wall (s) | radio 1 thread wall (s) | radio faster, wall ")
                .append("| radio ").append(THREADS).append(" threads wall (s) | ").append(THREADS)
                .append(" threads / 1 | two cores (two one-thread searches at once / 1) | radio peak heap (MB) ")
                .append("| best period astropy / radio (d) |\n")
                .append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        List<String> verdicts = new ArrayList<>();
        int failures = 0;
        for (Case c : cases) {
            warmUp(c, ask, answers);
            Run[] one = new Run[repeats];
            Run[] two = new Run[repeats];
            Run[] theirs = new Run[repeats];
            double[] cores = new double[repeats];
            for (int r = 0; r < repeats; r++) {
                one[r] = radio(c, 1);
                two[r] = radio(c, THREADS);
                cores[r] = c.bls() ? twoCoreThroughput(c, one[r].wall() * c.calls()[0]) : Double.NaN;
                theirs[r] = astropy(ask, answers, c);
                System.out.printf(Locale.ROOT, "%-26s round %d: astropy %.3f s (CPU %.3f), radio 1 thread %.3f s "
                                + "(CPU %.3f), %d threads %.3f s, two cores %.2f×, load %s%n", c.name(), r + 1,
                        theirs[r].wall(), theirs[r].cpu(), one[r].wall(), one[r].cpu(), THREADS, two[r].wall(),
                        cores[r], load());
            }
            double aCpu = median(theirs, Run::cpu);
            double rCpu = median(one, Run::cpu);
            double aWall = median(theirs, Run::wall);
            double rWall = median(one, Run::wall);
            double r2Wall = median(two, Run::wall);
            double twoCores = median(cores);
            long heap = Arrays.stream(one).mapToLong(Run::peakHeap).max().orElse(0);
            double bestTheirs = theirs[repeats - 1].bestPeriod();
            double bestMine = one[repeats - 1].bestPeriod();
            String theirBest = String.format(Locale.ROOT, "%.5f", bestTheirs);
            if (!c.bls() && c.method() == Method.FAST) {
                ask.println("reference " + c.name());
                double direct = Double.parseDouble(answers.readLine().trim());
                if (direct != bestTheirs) {
                    verdicts.add(String.format(Locale.ROOT, "NOTE %s: astropy's fast method puts its highest peak "
                            + "at %.8f d, the direct sums (astropy method=\"cython\") at %.8f d", c.name(),
                            bestTheirs, direct));
                    theirBest = String.format(Locale.ROOT, "fast %.5f, direct sums %.5f", bestTheirs, direct);
                }
                bestTheirs = direct;
            }
            table.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.3f | %.3f | %.1f× | %.3f | %.3f | "
                            + "%.1f× | %.3f | %.2f× | %s | %.0f | %s / %.5f |%n", c.light(), c.kind(), c.t().length,
                    c.size(), aCpu, rCpu, aCpu / rCpu, aWall, rWall, aWall / rWall, r2Wall, rWall / r2Wall,
                    c.bls() ? String.format(Locale.ROOT, "%.2f×", twoCores) : "—", heap / 1e6, theirBest,
                    bestMine));
            failures += verdict(verdicts, c.name(), "one thread, CPU", aCpu / rCpu, c.goal());
            if (c.bls()) {
                failures += verdict(verdicts, c.name(), String.format(Locale.ROOT, "%d threads vs 1, wall; two "
                        + "cores gave %.2f×", THREADS, twoCores), rWall / r2Wall, TWO_THREAD_GOAL);
            }
            if (bestTheirs != bestMine) {
                verdicts.add(String.format(Locale.ROOT, "FAIL %s: best period %.8f d, astropy's %.8f d",
                        c.name(), bestMine, bestTheirs));
                failures++;
            }
        }
        ask.close();
        System.out.println();
        System.out.print(table);
        System.out.println();
        verdicts.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "%d of %d checks short of their goal; load average at the end: %s%n",
                failures, verdicts.stream().filter(v -> !v.startsWith("NOTE")).count(), load());
        System.exit(failures == 0 ? 0 : 1);
    }

    /** lightkurve's and astropy's default BLS grids, and Lomb–Scargle on astropy's automatic frequencies. */
    private static void addCases(List<Case> cases, String key, String light, LightCurve lc, boolean exact) {
        double[] t = lc.time();
        double[] y = lc.flux();
        double[] dy = lc.fluxErr();
        double[] durations = DURATIONS;
        Bls bls = Bls.of(t, y, dy);
        // lightkurve's BLS grid: periods from the longest duration plus a cadence to a third of the baseline
        PeriodGrid lk = bls.autoperiod(durations, TransitSearch.lightkurveGrid(TransitSearchOptions.DURATIONS_DAYS,
                lc.cadenceDays(),
                bls.baseline()));
        cases.add(new Case(key + "-bls", light, "BLS fast, lightkurve grid", t, y, dy, lk.periods(), null,
                Method.FAST, BLS_GOAL, new int[] {1}));
        cases.add(new Case(key + "-bls-astropy-grid", light, "BLS fast, astropy default grid", t, y, dy,
                bls.autoperiod(durations).periods(), null, Method.FAST, BLS_GOAL, new int[] {1}));
        LombScargle ls = LombScargle.of(t, y, dy);
        cases.add(new Case(key + "-ls", light, "Lomb–Scargle fast, astropy autofrequency", t, y, dy, null,
                ls.autofrequency(), Method.FAST, LS_FAST_GOAL, new int[] {1}));
        if (exact) {
            cases.add(new Case(key + "-ls-exact", light, "Lomb–Scargle exact, up to 10 /d", t, y, dy, null,
                    ls.autofrequency(AutoFrequency.DEFAULT.withMaximumFrequency(10)), Method.EXACT,
                    LS_EXACT_GOAL, new int[] {1}));
        }
    }

    private static void writeCases(List<Case> cases, Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ArrayNode spec = json.createArrayNode();
        for (Case c : cases) {
            ObjectNode o = spec.addObject();
            o.put("name", c.name());
            o.set("t", json.valueToTree(c.t()));
            o.set("y", json.valueToTree(c.y()));
            o.set("dy", json.valueToTree(c.dy()));
            if (c.bls()) {
                o.set("periods", json.valueToTree(c.periods()));
                o.set("durations", json.valueToTree(DURATIONS));
            } else {
                o.put("f0", c.grid().start()).put("df", c.grid().step()).put("n", c.grid().size());
            }
            o.put("method", c.method() == Method.EXACT ? "cython" : "fast");
        }
        json.writeValue(file.toFile(), spec);
    }

    /**
     * Untimed radio runs (one and two threads) until the code is compiled: at most {@value #MAX_WARMUP} rounds, one
     * when a round takes over {@value #WARM_SECONDS} s. astropy's compiled code needs no warming; a short case gets
     * one untimed astropy call all the same. Then sets how many calls one timed run makes, so that radio's
     * one-thread run lasts at least {@value #MIN_RUN_SECONDS} s (short cases would otherwise be timed at the
     * resolution of the clocks and the noise of a shared machine).
     */
    private static void warmUp(Case c, PrintWriter ask, BufferedReader answers) throws IOException {
        double mine = 0;
        for (int i = 0; i < MAX_WARMUP; i++) {
            mine = radio(c, 1).cpu();
            radio(c, THREADS);
            if (mine > WARM_SECONDS) {
                break;
            }
        }
        if (mine <= WARM_SECONDS) {
            astropy(ask, answers, c);
        }
        c.calls()[0] = (int) Math.max(1, Math.ceil(MIN_RUN_SECONDS / Math.max(mine, 1e-3)));
    }

    /** One timed radio run of the case on the given number of threads. */
    private static Run radio(Case c, int threads) {
        // the fast Lomb–Scargle's FFTs run on JTransforms' own pool: give it the same number of threads (a
        // process-wide setting, acceptable in this benchmark)
        org.visnow.jlargearrays.ConcurrencyUtils.setNumberOfThreads(threads);
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        int calls = c.calls()[0];
        long cpu0 = THREAD.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        double best = Double.NaN;
        for (int k = 0; k < calls; k++) {
            best = search(c, threads);
        }
        long t1 = System.nanoTime();
        long cpu1 = THREAD.getCurrentThreadCpuTime();
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() - before;
        return new Run((t1 - t0) / 1e9 / calls, (cpu1 - cpu0) / 1e9 / calls, best, peak);
    }

    /** One radio call of the case; its best period. */
    private static double search(Case c, int threads) {
        if (c.bls()) {
            return Bls.of(c.t(), c.y(), c.dy()).power(PeriodGrid.of(c.periods()), DURATIONS,
                    BlsOptions.DEFAULT.withThreads(threads).withMethod(c.method())).best().period();
        }
        return LombScargle.of(c.t(), c.y(), c.dy()).power(c.grid(), c.method(), threads).best().period();
    }

    /**
     * What two cores give at the moment, the ceiling of any two-thread speed-up: the case's one-thread search
     * repeated alone for {@code seconds}, then on this thread and one more at once for as long, their calls per
     * second added up against the first's (measured back to back, so that a slower minute of the machine does not
     * pass for a faster second core). Below 2 the second core was slower, shared with other work on the host.
     */
    private static double twoCoreThroughput(Case c, double seconds) {
        double alone = callsPerSecond(c, System.nanoTime() + (long) (seconds * 1e9));
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        double[] rate = new double[2];
        Thread other = new Thread(() -> rate[1] = callsPerSecond(c, deadline));
        other.start();
        rate[0] = callsPerSecond(c, deadline);
        try {
            other.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return (rate[0] + rate[1]) / alone;
    }

    private static double callsPerSecond(Case c, long deadline) {
        long start = System.nanoTime();
        int calls = 0;
        do {
            search(c, 1);
            calls++;
        } while (System.nanoTime() < deadline);
        return calls / ((System.nanoTime() - start) / 1e9);
    }

    /** One astropy run of the case, timed by Python around the periodogram call alone. */
    private static Run astropy(PrintWriter ask, BufferedReader answers, Case c) throws IOException {
        ask.println(c.name() + " " + c.calls()[0]);
        String[] answer = answers.readLine().trim().split(" ");
        return new Run(Double.parseDouble(answer[0]), Double.parseDouble(answer[1]), Double.parseDouble(answer[2]),
                0);
    }

    /** Appends a PASS or FAIL line; 1 when the ratio is short of the goal. */
    private static int verdict(List<String> verdicts, String name, String what, double ratio, double goal) {
        boolean ok = ratio >= goal;
        // two decimals: with one, 1.77 against 1.8 would read "1.8× < 1.8×"
        verdicts.add(String.format(Locale.ROOT, "%s %s: %.2f× %s %s× (%s)", ok ? "PASS" : "FAIL", name, ratio,
                ok ? "≥" : "<", goal == Math.rint(goal) ? String.valueOf((int) goal) : String.valueOf(goal), what));
        return ok ? 0 : 1;
    }

    private static String load() {
        return String.format(Locale.ROOT, "%.2f", OS.getSystemLoadAverage());
    }

    private static double median(Run[] runs, java.util.function.ToDoubleFunction<Run> f) {
        return median(Arrays.stream(runs).mapToDouble(f).toArray());
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
