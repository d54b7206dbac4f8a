import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleSupplier;
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
 * Timed main for bench/periodogram.sh: BLS and Lomb–Scargle on the Kepler-90 Q3–Q5 stitch and a TESS sector.
 * Reads the fixtures with radio, writes each case's data and grid to OUT/cases.json (the Python side times
 * astropy on exactly these), then times radio: WARMUP untimed runs, then REPEATS timed ones.
 *
 * Usage: java -cp ... PeriodogramBenchmark FIXTURES_FITS_DIR OUT_DIR REPEATS THREADS [--cases-only]
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
        int threads = Integer.parseInt(args[3]);
        boolean casesOnly = args.length > 4 && args[4].equals("--cases-only");
        Files.createDirectories(out);
        // the fast Lomb–Scargle's FFTs run on JTransforms' own pool (one thread per processor by default): for the
        // one-thread column it gets one thread too (a process-wide setting, acceptable in this benchmark only)
        org.visnow.jlargearrays.ConcurrencyUtils.setNumberOfThreads(threads);

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
        if (casesOnly) {
            return;
        }

        ArrayNode results = json.createArrayNode();
        for (Case c : cases) {
            DoubleSupplier run;
            if (c.periods() != null) {
                Bls bls = Bls.of(c.t(), c.y(), c.dy());
                PeriodGrid grid = PeriodGrid.of(c.periods());
                BlsOptions options = BlsOptions.DEFAULT.withThreads(threads).withMethod(c.method());
                run = () -> bls.power(grid, DURATIONS, options).best().period();
            } else {
                LombScargle ls = LombScargle.of(c.t(), c.y(), c.dy());
                run = () -> ls.power(c.grid(), c.method(), threads).best().period();
            }
            double best = 0;
            for (int i = 0; i < WARMUP; i++) {
                best = run.getAsDouble();
            }
            double[] seconds = new double[repeats];
            for (int i = 0; i < repeats; i++) {
                long t0 = System.nanoTime();
                best = run.getAsDouble();
                seconds[i] = (System.nanoTime() - t0) / 1e9;
            }
            Arrays.sort(seconds);
            ObjectNode o = results.addObject();
            o.put("name", c.name()).put("threads", threads).put("median_s", seconds[repeats / 2])
                    .put("min_s", seconds[0]).put("best_period_days", best);
            System.out.printf(java.util.Locale.ROOT, "radio %-24s threads=%d median %.4f s  min %.4f s  P=%.6f d%n",
                    c.name(), threads, seconds[repeats / 2], seconds[0], best);
        }
        json.writeValue(out.resolve("radio-" + threads + ".json").toFile(), results);
    }
}
