import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
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
import radio.periodogram.AutoPeriod;
import radio.periodogram.Bls;
import radio.periodogram.BlsOptions;
import radio.periodogram.FrequencyGrid;
import radio.periodogram.LombScargle;
import radio.periodogram.Method;
import radio.periodogram.PeriodGrid;

/**
 * Timed main for bench/periodogram.sh: BLS and Lomb–Scargle on the Kepler-90 Q3–Q5 stitch and a TESS sector,
 * radio vs astropy on the same data and grid. Reads the fixtures with radio and writes each case's data and
 * grid to OUT/cases.json; starts bench/periodogram_astropy.py on it; then per case runs each side WARMUP times
 * untimed and REPEATS rounds of (radio on 1 thread, radio on all processors, astropy), interleaved so that all
 * three meet the same load on a shared machine. Prints one line per round and a Markdown table of medians.
 *
 * Usage: java -cp ... PeriodogramBenchmark FIXTURES_FITS_DIR OUT_DIR REPEATS PYTHON
 */
public final class PeriodogramBenchmark {
    private static final int WARMUP = 2;
    private static final double[] DURATIONS = {0.05, 0.10, 0.15, 0.20, 0.25, 0.33};

    record Case(String name, String light, String kind, double[] t, double[] y, double[] dy, double[] periods,
                FrequencyGrid grid, Method method) {
    }

    public static void main(String[] args) throws IOException {
        Path fits = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int repeats = Integer.parseInt(args[2]);
        String python = args[3];
        int processors = Runtime.getRuntime().availableProcessors();
        Files.createDirectories(out);

        LightCurve kepler = LightCurves.stitch(List.of(
                LightCurves.read(fits.resolve("kplr011442793-2009350155506_llc.fits")),
                LightCurves.read(fits.resolve("kplr011442793-2010009091648_llc.fits")),
                LightCurves.read(fits.resolve("kplr011442793-2010174085026_llc.fits")))).removeNans();
        LightCurve tess = LightCurves.read(fits.resolve("tess2018206045859-s0001-0000000025155310-0120-s_lc.fits"))
                .normalize().removeNans();

        List<Case> cases = new ArrayList<>();
        for (LightCurve lc : List.of(kepler, tess)) {
            String light = lc == kepler ? "Kepler-90 Q3–Q5 stitch" : "TESS S1 WASP-126";
            String key = lc == kepler ? "kepler90" : "tess";
            double[] t = lc.time();
            double[] y = lc.flux();
            double[] dy = lc.fluxErr();
            Bls bls = Bls.of(t, y, dy);
            // lightkurve's BLS grid: periods from the longest duration plus a cadence to a third of the baseline
            double cadence = lc.meta().cadenceDays().orElseThrow();
            PeriodGrid lk = bls.autoperiod(DURATIONS, AutoPeriod.DEFAULT.withMinimumPeriod(0.33 + cadence)
                    .withMaximumPeriod(bls.baseline() / 3).withFrequencyFactor(10));
            cases.add(new Case(key + "-bls", light, "BLS fast, lightkurve grid", t, y, dy, lk.periods(), null,
                    Method.FAST));
            if (lc == tess) {
                PeriodGrid astropy = bls.autoperiod(DURATIONS);
                cases.add(new Case(key + "-bls-astropy-grid", light, "BLS fast, astropy default grid", t, y, dy,
                        astropy.periods(), null, Method.FAST));
            }
            LombScargle ls = LombScargle.of(t, y, dy);
            cases.add(new Case(key + "-ls", light, "Lomb–Scargle fast, astropy autofrequency", t, y, dy, null,
                    ls.autofrequency(), Method.FAST));
            if (lc == tess) {
                cases.add(new Case(key + "-ls-exact", light, "Lomb–Scargle exact, up to 10 /d", t, y, dy, null,
                        ls.autofrequency(AutoFrequency.DEFAULT.withMaximumFrequency(10)), Method.EXACT));
            }
        }
        ObjectMapper json = new ObjectMapper();
        ArrayNode spec = json.createArrayNode();
        for (Case c : cases) {
            ObjectNode o = spec.addObject();
            o.put("name", c.name()).put("light", c.light()).put("kind", c.kind()).put("points", c.t().length);
            o.set("t", json.valueToTree(c.t()));
            o.set("y", json.valueToTree(c.y()));
            o.set("dy", json.valueToTree(c.dy()));
            if (c.periods() != null) {
                o.set("periods", json.valueToTree(c.periods()));
                o.set("durations", json.valueToTree(DURATIONS));
                o.put("size", c.periods().length);
            } else {
                o.put("f0", c.grid().start()).put("df", c.grid().step()).put("n", c.grid().size());
                o.put("size", c.grid().size());
            }
            o.put("method", c.method() == Method.EXACT ? "cython" : "fast");
        }
        json.writeValue(out.resolve("cases.json").toFile(), spec);

        Process astropy = new ProcessBuilder(python, "bench/periodogram_astropy.py", out.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader answers = new BufferedReader(new InputStreamReader(astropy.getInputStream(),
                StandardCharsets.UTF_8));
        PrintWriter ask = new PrintWriter(astropy.getOutputStream(), true, StandardCharsets.UTF_8);
        if (!"ready".equals(answers.readLine())) {
            throw new IOException("the astropy side did not start");
        }
        StringBuilder table = new StringBuilder();
        table.append("| light curve | periodogram | points | grid | astropy (s) | radio, 1 thread (s) | radio, ")
                .append(processors).append(" threads (s) | radio faster, 1 / ").append(processors)
                .append(" threads | best period astropy / radio (d) |\n|---|---|---:|---:|---:|---:|---:|---:|---|\n");
        for (Case c : cases) {
            double[] one = new double[repeats];
            double[] all = new double[repeats];
            double[] theirs = new double[repeats];
            Run radioRun = null;
            Run astropyRun = null;
            for (int i = 0; i < WARMUP; i++) {
                radio(c, 1);
                radio(c, processors);
                astropy(ask, answers, c);
            }
            for (int r = 0; r < repeats; r++) {
                one[r] = radio(c, 1).seconds();
                radioRun = radio(c, processors);
                all[r] = radioRun.seconds();
                astropyRun = astropy(ask, answers, c);
                theirs[r] = astropyRun.seconds();
                System.out.printf(Locale.ROOT, "%-24s round %d: astropy %.4f s, radio 1 thread %.4f s, %d threads %.4f s%n",
                        c.name(), r + 1, theirs[r], one[r], processors, all[r]);
            }
            double a = median(theirs);
            double r1 = median(one);
            double rn = median(all);
            table.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.3f | %.3f | %.3f | %.1f× / %.1f× | %.5f / %.5f |%n",
                    c.light(), c.kind(), c.t().length, c.periods() != null ? c.periods().length : c.grid().size(),
                    a, r1, rn, a / r1, a / rn, astropyRun.bestPeriod(), radioRun.bestPeriod()));
        }
        ask.close();
        System.out.println();
        System.out.print(table);
    }

    /** One timed run: seconds and the best period found. */
    record Run(double seconds, double bestPeriod) {
    }

    /** One timed radio run of the case on the given number of threads. */
    private static Run radio(Case c, int threads) {
        // the fast Lomb–Scargle's FFTs run on JTransforms' own pool: give it the same number of threads (a
        // process-wide setting, acceptable in this benchmark)
        org.visnow.jlargearrays.ConcurrencyUtils.setNumberOfThreads(threads);
        long t0 = System.nanoTime();
        double best;
        if (c.periods() != null) {
            best = Bls.of(c.t(), c.y(), c.dy()).power(PeriodGrid.of(c.periods()), DURATIONS,
                    BlsOptions.DEFAULT.withThreads(threads).withMethod(c.method())).best().period();
        } else {
            best = LombScargle.of(c.t(), c.y(), c.dy()).power(c.grid(), c.method(), threads).best().period();
        }
        return new Run((System.nanoTime() - t0) / 1e9, best);
    }

    /** One astropy run of the case, timed by Python around the periodogram call alone. */
    private static Run astropy(PrintWriter ask, BufferedReader answers, Case c) throws IOException {
        ask.println(c.name());
        String[] answer = answers.readLine().trim().split(" ");
        return new Run(Double.parseDouble(answer[0]), Double.parseDouble(answer[1]));
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}