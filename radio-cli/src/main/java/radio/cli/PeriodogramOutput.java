package radio.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import radio.periodogram.BlsPeak;
import radio.periodogram.BlsStats;
import radio.periodogram.DepthEstimate;
import radio.periodogram.LombScarglePeak;
import radio.periodogram.Method;
import radio.periodogram.Objective;
import radio.periodsearch.LombScargleSearchResult;
import radio.periodsearch.SearchedLightCurve;
import radio.periodsearch.TransitGrid;
import radio.periodsearch.TransitSearchResult;

/**
 * How {@code radio periodogram} shows a search result: a JSON object (keys with their units: {@code *_days},
 * {@code *_ppm}, {@code *_per_day}; JSON has no NaN, so an undefined number is null) or a few lines of text. Both
 * are made from the result records.
 */
final class PeriodogramOutput {
    private PeriodogramOutput() {
    }

    static ObjectNode json(ObjectMapper json, TransitSearchResult r, boolean spectrum, Optional<Path> png) {
        ObjectNode o = header(json, r.lightCurve(), "bls", r.method());
        ArrayNode warnings = o.putArray("warnings");
        r.warnings().forEach(warnings::add);
        o.put("objective", r.objective() == Objective.SNR ? "snr" : "likelihood");
        o.put("points", r.lightCurve().points());
        TransitGrid grid = r.grid();
        ObjectNode g = o.putObject("grid");
        g.put("periods", grid.periods());
        g.put("refined_periods", grid.refinedPeriods());
        number(g, "min_period_days", grid.minimumPeriodDays());
        number(g, "max_period_days", grid.maximumPeriodDays());
        number(g, "frequency_factor", grid.frequencyFactor());
        array(g, "durations_days", grid.durationsDays().stream().mapToDouble(Double::doubleValue).toArray());
        BlsPeak best = r.best();
        ObjectNode b = o.putObject("best");
        number(b, "period_days", best.period());
        number(b, "epoch", best.epoch());
        number(b, "epoch_bjd", r.epochJulianDate());
        number(b, "duration_days", best.duration());
        number(b, "depth_ppm", ppm(best.depth()));
        number(b, "depth_err_ppm", ppm(best.depthErr()));
        number(b, "snr", best.snr());
        number(b, "power", best.power());
        number(b, "log_likelihood", best.logLikelihood());
        b.put("transits", r.transits());
        BlsStats stats = r.stats();
        ObjectNode s = o.putObject("stats");
        depth(s, "depth", stats.depth());
        depth(s, "depth_odd", stats.depthOdd());
        depth(s, "depth_even", stats.depthEven());
        depth(s, "depth_half", stats.depthHalf());
        depth(s, "depth_phased", stats.depthPhased());
        number(s, "harmonic_amplitude_ppm", ppm(stats.harmonicAmplitude()));
        number(s, "harmonic_delta_log_likelihood", stats.harmonicDeltaLogLikelihood());
        array(s, "transit_times", stats.transitTimes());
        ArrayNode counts = s.putArray("per_transit_count");
        for (int n : stats.perTransitCount()) {
            counts.add(n);
        }
        array(s, "per_transit_log_likelihood", stats.perTransitLogLikelihood());
        return tail(o, spectrum ? r.spectrum().map(p -> new double[][] {p.period(), p.power()}) : Optional.empty(),
                png);
    }

    static ObjectNode json(ObjectMapper json, LombScargleSearchResult r, boolean spectrum, Optional<Path> png) {
        ObjectNode o = header(json, r.lightCurve(), "ls", r.method());
        o.put("normalization", r.normalization().name().toLowerCase(Locale.ROOT));
        o.put("points", r.lightCurve().points());
        ObjectNode g = o.putObject("grid");
        g.put("frequencies", r.grid().size());
        number(g, "min_frequency_per_day", r.grid().start());
        number(g, "max_frequency_per_day", r.grid().maximum());
        number(g, "frequency_step_per_day", r.grid().step());
        LombScarglePeak best = r.best();
        ObjectNode b = o.putObject("best");
        number(b, "period_days", best.period());
        number(b, "frequency_per_day", best.frequency());
        number(b, "power", best.power());
        number(b, "false_alarm_probability", r.falseAlarmProbability());
        return tail(o, spectrum ? r.spectrum().map(p -> new double[][] {p.period(), p.power()}) : Optional.empty(),
                png);
    }

    /** The keys every result ends with: the periodogram's periods and powers when asked for, the plot written. */
    private static ObjectNode tail(ObjectNode o, Optional<double[][]> periodAndPower, Optional<Path> png) {
        periodAndPower.ifPresent(s -> {
            array(o, "period_days", s[0]);
            array(o, "power", s[1]);
        });
        png.ifPresent(p -> o.put("png", p.toString()));
        return o;
    }

    /** The keys every result starts with: where it came from, how it was searched, the flattening. */
    private static ObjectNode header(ObjectMapper json, SearchedLightCurve lc, String method, Method algorithm) {
        ObjectNode o = json.createObjectNode();
        ArrayNode files = o.putArray("files");
        lc.files().forEach(p -> files.add(p.toString()));
        o.put("target", lc.target());
        o.put("title", lc.title());
        o.put("time_system", lc.timeSystem().name());
        number(o, "time_reference_jd", lc.timeSystem().referenceJd());
        o.put("method", method);
        o.put("algorithm", algorithm(algorithm));
        if (lc.flattenWindow().isPresent()) {
            number(o, "flatten_window_days", lc.flattenWindow().get().days());
            o.put("flatten_window_cadences", lc.flattenWindow().get().cadences());
        } else {
            o.putNull("flatten_window_days");
        }
        return o;
    }

    static void text(PrintWriter out, TransitSearchResult r, Optional<Path> png) {
        SearchedLightCurve lc = r.lightCurve();
        TransitGrid g = r.grid();
        BlsPeak b = r.best();
        heading(out, lc);
        List<Double> d = g.durationsDays();
        out.printf(Locale.ROOT, "  BLS (%s, %s) on %d points%s; %d periods %s–%s d, durations %s–%s d%n",
                algorithm(r.method()), r.objective() == Objective.SNR ? "snr" : "likelihood", lc.points(),
                flattened(lc), g.periods(), number(g.minimumPeriodDays()), number(g.maximumPeriodDays()),
                number(d.stream().mapToDouble(Double::doubleValue).min().orElseThrow()),
                number(d.stream().mapToDouble(Double::doubleValue).max().orElseThrow()));
        out.printf(Locale.ROOT, "  period    %.6f d%n", b.period());
        out.printf(Locale.ROOT, "  epoch     %.5f %s%n", b.epoch(), lc.timeSystem().name());
        out.printf(Locale.ROOT, "  duration  %.4f d (%.2f h)%n", b.duration(), 24 * b.duration());
        out.printf(Locale.ROOT, "  depth     %.0f ± %.0f ppm%n", ppm(b.depth()), ppm(b.depthErr()));
        out.printf(Locale.ROOT, "  SNR       %.1f%n", b.snr());
        r.warnings().forEach(w -> out.println("  warning   " + w));
        png.ifPresent(p -> out.println("  plot      " + p));
    }

    static void text(PrintWriter out, LombScargleSearchResult r, Optional<Path> png) {
        SearchedLightCurve lc = r.lightCurve();
        LombScarglePeak b = r.best();
        heading(out, lc);
        out.printf(Locale.ROOT, "  Lomb–Scargle (%s, %s) on %d points%s; %d frequencies %s–%s /d%n",
                algorithm(r.method()), r.normalization().name().toLowerCase(Locale.ROOT), lc.points(), flattened(lc),
                r.grid().size(), number(r.grid().start()), number(r.grid().maximum()));
        out.printf(Locale.ROOT, "  period    %.6f d%n", b.period());
        out.printf(Locale.ROOT, "  frequency %.6f /d%n", b.frequency());
        out.printf(Locale.ROOT, "  power     %.4f%n", b.power());
        double fap = r.falseAlarmProbability();
        out.println("  FAP       " + (fap > 0 ? String.format(Locale.ROOT, "%.3g", fap) : "< 1e-300") + " (Baluev)");
        png.ifPresent(p -> out.println("  plot      " + p));
    }

    private static void heading(PrintWriter out, SearchedLightCurve lc) {
        String source = lc.files().size() == 1 ? lc.files().get(0).getFileName().toString()
                : lc.files().size() + " files stitched";
        out.println(lc.title() + "  (" + source + ")");
    }

    private static String flattened(SearchedLightCurve lc) {
        return lc.flattenWindow().map(w -> ", flattened over " + number(w.days()) + " d").orElse("");
    }

    private static String algorithm(Method method) {
        return method == Method.EXACT ? "exact" : "fast";
    }

    /** Up to 6 significant decimals, no trailing zeros. */
    static String number(double v) {
        String s = String.format(Locale.ROOT, "%.6g", v);
        if (s.contains("e")) {
            return s;
        }
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "");
            s = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        }
        return s;
    }

    private static void depth(ObjectNode s, String key, DepthEstimate e) {
        number(s, key + "_ppm", ppm(e.depth()));
        number(s, key + "_err_ppm", ppm(e.error()));
    }

    private static double ppm(double fraction) {
        return fraction * 1e6;
    }

    /** JSON has no NaN or infinity: such a value (an empty odd/even model's error) is written as null. */
    private static void number(ObjectNode o, String key, double value) {
        if (Double.isFinite(value)) {
            o.put(key, value);
        } else {
            o.putNull(key);
        }
    }

    private static void array(ObjectNode o, String key, double[] values) {
        ArrayNode a = o.putArray(key);
        for (double v : values) {
            if (Double.isFinite(v)) {
                a.add(v);
            } else {
                a.addNull();
            }
        }
    }
}
