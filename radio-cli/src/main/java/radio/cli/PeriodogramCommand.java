package radio.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import radio.lightcurve.FitsLightCurveReader;
import radio.lightcurve.Flatten;
import radio.lightcurve.LightCurve;
import radio.lightcurve.LightCurves;
import radio.lightcurve.ReadOptions;
import radio.periodogram.AutoFrequency;
import radio.periodogram.AutoPeriod;
import radio.periodogram.Bls;
import radio.periodogram.BlsOptions;
import radio.periodogram.BlsPeak;
import radio.periodogram.BlsResult;
import radio.periodogram.BlsStats;
import radio.periodogram.DepthEstimate;
import radio.periodogram.FrequencyGrid;
import radio.periodogram.LombScargle;
import radio.periodogram.LombScarglePeak;
import radio.periodogram.LombScargleResult;
import radio.periodogram.Method;
import radio.periodogram.Objective;
import radio.periodogram.PeriodGrid;
import radio.periodogram.TransitSearch;
import radio.output.IoReasons;
import radio.output.OutputKind;
import radio.output.OutputPathException;
import radio.output.OutputPaths;
import radio.plot.PeriodogramPlot;

/**
 * {@code radio periodogram FILE... [--method bls|ls] [--min-period DAYS] [--max-period DAYS]
 * [--format text|json] [--plot PNG]}: the best period of each light curve.
 */
@Command(name = "periodogram", mixinStandardHelpOptions = true,
        header = "Search light curves for transits (BLS) or periodic variability (Lomb–Scargle).",
        description = {
            "Reads each file like lightkurve (PDCSAP flux, default quality mask, NaN flux dropped), normalises it, "
                    + "flattens it for BLS (a Savitzky–Golay trend over --flatten-window, as lightkurve users do "
                    + "before a transit search; --no-flatten to keep the trends), and reports the highest peak: "
                    + "for BLS the period, mid-transit epoch, duration, depth ± error and SNR; for Lomb–Scargle the "
                    + "period, power and false alarm probability.",
            "BLS grid (lightkurve's defaults): durations 0.05–0.33 d, periods from the longest duration plus a "
                    + "cadence to a third of the baseline, frequency step 10 × shortest duration / baseline²; "
                    + "the highest peak is then searched again on a 10 times finer grid around it. "
                    + "Lomb–Scargle grid (astropy's autofrequency): 5 samples per peak up to the Nyquist frequency "
                    + "of the cadence.",
            "JSON keys carry their units: *_days, *_ppm (parts per million of the normalised flux), *_per_day, epoch "
                    + "on the file's time axis (time_system, e.g. BTJD = BJD − 2457000) and epoch_bjd in full BJD; "
                    + "an undefined value (the error of an empty odd/even model) is null.",
            "Options are checked before any file is read (a bad value exits 2). A file that cannot be read or "
                    + "searched is named on stderr and the others are still searched (exit 1). A peak with fewer than "
                    + "3 transits in the data is reported with a warning (text and JSON 'warnings')."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  radio periodogram tess2018206045859-s0001-0000000025155310-0120-s_lc.fits",
            "      BLS: WASP-126 b's period, epoch, depth and SNR",
            "  radio periodogram --method ls --format json --plot ls.png \\",
            "      ktwo211436265-c05_llc.fits",
            "  radio periodogram --stitch --plot k90.png kplr011442793-*_llc.fits",
            "      Kepler-90's quarters searched as one light curve",
            "",
            "Exit codes: 0 every light curve searched · 1 some could not be read or",
            "searched (each named on stderr) · 2 usage error or unusable --plot",
            "path, nothing attempted"})
final class PeriodogramCommand implements Callable<Integer> {
    /** Fewer transits with data than this cannot establish a period (two dips fit many periods). */
    private static final int MIN_TRANSITS = 3;

    enum Algorithm {
        bls, ls
    }

    enum Format {
        text, json
    }

    enum PlotAxis {
        auto, period, log_period, frequency
    }

    enum ObjectiveName {
        likelihood, snr
    }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Light-curve FITS files (.fits or .fits.gz).")
    List<Path> files;

    @Option(names = "--method", paramLabel = "bls|ls", defaultValue = "bls",
            description = "bls (Box Least Squares, transits; default) or ls (Lomb–Scargle, sinusoids).")
    Algorithm method;

    @Option(names = "--min-period", paramLabel = "DAYS", description = "Shortest period searched, days.")
    Double minPeriod;

    @Option(names = "--max-period", paramLabel = "DAYS", description = "Longest period searched, days.")
    Double maxPeriod;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text (default) or json (one object per light curve, in an array).")
    Format format;

    @Option(names = "--plot", paramLabel = "PNG", description = "Write the periodogram as a PNG; with several "
            + "light curves each gets PNG's name with its file name added (bls.png → bls-<file>.png).")
    Path plot;

    @Option(names = "--plot-axis", paramLabel = "AXIS", defaultValue = "auto", description = "Horizontal axis of "
            + "the plot: period, log_period, frequency, or auto (log_period when the periods span more than a "
            + "factor of 20, else period; default).")
    PlotAxis plotAxis;

    @Option(names = "--flatten", negatable = true, description = "Remove slow trends before the search "
            + "(default: on for bls, off for ls).")
    Boolean flatten;

    @Option(names = "--flatten-window", paramLabel = "DAYS", description = "Flatten window in days, turned into "
            + "an odd number of cadences. Default: 1 day or 3 × the longest duration, whichever is longer.")
    Double flattenWindow;

    @Option(names = "--durations", paramLabel = "DAYS", split = ",",
            description = "BLS trial transit durations, comma-separated days. Default: 0.05,0.1,0.15,0.2,0.25,0.33.")
    double[] durations;

    @Option(names = "--frequency-factor", paramLabel = "X", description = "BLS frequency step factor: larger is "
            + "coarser and faster. Default: 10.")
    Double frequencyFactor;

    @Option(names = "--objective", paramLabel = "likelihood|snr", description = "What BLS maximises: likelihood "
            + "(log-likelihood, default) or snr (depth signal-to-noise).")
    ObjectiveName objective;

    @Option(names = "--exact", description = "Use the exact reference method (slow) instead of the fast one.")
    boolean exact;

    @Mixin
    ReadingOptions reading;

    @Option(names = "--stitch", description = "Search the files together as one light curve of one target "
            + "(quarters, campaigns or sectors, each normalised first).")
    boolean stitch;

    @Option(names = "--spectrum", description = "With --format json: include the whole periodogram "
            + "(period_days and power arrays).")
    boolean spectrum;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Threads for the search; 0 (default) uses every processor. Results do not depend on it.")
    int threads;

    private final CliContext context;

    PeriodogramCommand(CliContext context) {
        this.context = context;
    }

    /** One light curve to search: the files it comes from and where its plot goes. */
    record Job(List<Path> inputs, String label, Optional<Path> png) {
    }

    /** Everything the command will do, validated before any file is read. */
    record Plan(List<Job> jobs, ReadOptions read, boolean flatten, double[] durations, BlsOptions bls,
                double frequencyFactor, Method method) {
    }

    Plan plan() throws OutputPathException {
        CommandLine cl = spec.commandLine();
        boolean bls = method == Algorithm.bls;
        checkPeriodRange(cl);
        if (!bls) {
            for (String blsOnly : new String[] {"--durations", "--frequency-factor", "--objective"}) {
                if (cl.getParseResult().hasMatchedOption(blsOnly)) {
                    throw new CommandLine.ParameterException(cl, blsOnly + " applies to --method bls only");
                }
            }
        }
        double[] d = checkedDurations(cl, bls);
        if (threads < 0) {
            throw new CommandLine.ParameterException(cl, "--threads must be 0 (all processors) or more, got "
                    + threads);
        }
        if (spectrum && format != Format.json) {
            throw new CommandLine.ParameterException(cl, "--spectrum needs --format json");
        }
        ReadOptions read = reading.readOptions(cl);
        boolean flat = flatten != null ? flatten : bls;
        if (!flat && flattenWindow != null) {
            throw new CommandLine.ParameterException(cl, "--flatten-window needs flattening (on by default for bls, "
                    + "--flatten for ls)");
        }
        List<Path> inputs = InputFiles.resolve(context, files, cl);
        List<Job> jobs = new ArrayList<>();
        if (stitch) {
            jobs.add(new Job(inputs, "stitched", Optional.empty()));
        } else {
            inputs.forEach(in -> jobs.add(new Job(List.of(in), PlotCommand.baseName(in), Optional.empty())));
        }
        List<Job> planned = plot == null ? jobs : withPlots(jobs, context.workingDir().resolve(plot), cl);
        for (Job job : planned) {
            if (job.png().isPresent()) {
                Path png = job.png().get();
                String given = png.startsWith(context.workingDir()) ? context.workingDir().relativize(png).toString()
                        : png.toString();
                OutputPaths.checkFile("--plot", given, png, OutputKind.PNG, inputs);
            }
        }
        Method algorithm = exact ? Method.EXACT : Method.FAST;
        BlsOptions blsOptions = BlsOptions.DEFAULT.withThreads(threads).withMethod(algorithm)
                .withObjective(objective == ObjectiveName.snr ? Objective.SNR : Objective.LIKELIHOOD);
        return new Plan(planned, read, flat, d, blsOptions,
                frequencyFactor == null ? TransitSearch.FREQUENCY_FACTOR : frequencyFactor, algorithm);
    }

    private void checkPeriodRange(CommandLine cl) {
        positive("--min-period", minPeriod);
        positive("--max-period", maxPeriod);
        positive("--flatten-window", flattenWindow);
        positive("--frequency-factor", frequencyFactor);
        if (minPeriod != null && maxPeriod != null && minPeriod > maxPeriod) {
            throw new CommandLine.ParameterException(cl, "--min-period " + number(minPeriod)
                    + " d is above --max-period " + number(maxPeriod) + " d");
        }
    }

    /** The trial durations, each positive and (for BLS) shorter than the given period limits. */
    private double[] checkedDurations(CommandLine cl, boolean bls) {
        double[] d = durations == null ? TransitSearch.durations() : durations.clone();
        if (d.length == 0) {
            throw new CommandLine.ParameterException(cl, "--durations: give at least one duration");
        }
        double longest = 0;
        for (double v : d) {
            if (!(v > 0) || !Double.isFinite(v)) {
                throw new CommandLine.ParameterException(cl, "--durations: each duration must be a positive number "
                        + "of days, got " + v);
            }
            longest = Math.max(longest, v);
        }
        for (Double limit : new Double[] {minPeriod, maxPeriod}) {
            if (bls && limit != null && !(longest < limit)) {
                throw new CommandLine.ParameterException(cl, "--durations: the longest duration " + number(longest)
                        + " d must be shorter than " + (limit.equals(minPeriod) ? "--min-period " : "--max-period ")
                        + number(limit) + " d");
            }
        }
        return d;
    }

    /** One PNG per job: the given name for a single job, else the job's name added before the extension. */
    private static List<Job> withPlots(List<Job> jobs, Path png, CommandLine cl) {
        String name = png.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : ".png";
        Map<Path, Job> claimed = new HashMap<>();
        List<Job> out = new ArrayList<>();
        for (Job job : jobs) {
            Path target = jobs.size() == 1 ? png : png.resolveSibling(stem + "-" + job.label() + ext);
            Job other = claimed.putIfAbsent(target, job);
            if (other != null) {
                throw new CommandLine.ParameterException(cl, "two inputs would both be plotted to " + target + ": "
                        + other.inputs().get(0) + " and " + job.inputs().get(0));
            }
            out.add(new Job(job.inputs(), job.label(), Optional.of(target)));
        }
        return out;
    }

    @Override
    public Integer call() throws OutputPathException {
        Plan plan = plan();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FitsLightCurveReader reader = new FitsLightCurveReader();
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode results = json.createArrayNode();
        int failed = 0;
        for (Job job : plan.jobs()) {
            try {
                ObjectNode result = finiteOrNull(search(read(reader, job, plan.read()), job, plan, json));
                if (format == Format.json) {
                    results.add(result);
                } else {
                    printText(out, result);
                }
                out.flush();
            } catch (OutputFailure e) {
                err.println("radio: " + e.getMessage());
                err.flush();
                failed++;
            } catch (UnreadableFile e) {
                err.println("radio: " + Failures.describe(e.file, (Exception) e.getCause()));
                err.flush();
                failed++;
            } catch (IOException | RuntimeException e) {
                err.println("radio: " + describe(job, e));
                err.flush();
                failed++;
            }
        }
        if (format == Format.json) {
            try {
                out.println(json.writeValueAsString(results));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.flush();
        }
        return failed == 0 ? 0 : 1;
    }

    /** The job's light curve, normalised (each part first when stitching). */
    private static LightCurve read(FitsLightCurveReader reader, Job job, ReadOptions options)
            throws UnreadableFile {
        List<LightCurve> parts = new ArrayList<>();
        for (Path in : job.inputs()) {
            try {
                parts.add(reader.read(in, options));
            } catch (IOException | RuntimeException e) {
                throw new UnreadableFile(in, e);
            }
        }
        return parts.size() == 1 ? parts.get(0).normalize() : LightCurves.stitch(parts);
    }

    private ObjectNode search(LightCurve normalized, Job job, Plan plan, ObjectMapper json) throws IOException {
        double cadence = normalized.cadenceDays();
        ObjectNode r = json.createObjectNode();
        ArrayNode sources = r.putArray("files");
        job.inputs().forEach(p -> sources.add(p.toString()));
        r.put("target", normalized.meta().objectName());
        r.put("title", normalized.meta().title());
        r.put("time_system", normalized.timeSystem().name());
        r.put("time_reference_jd", normalized.timeSystem().referenceJd());
        r.put("method", method.name());
        r.put("algorithm", plan.method() == Method.EXACT ? "exact" : "fast");
        LightCurve lc = normalized;
        if (plan.flatten()) {
            double window = flattenWindow != null ? flattenWindow
                    : method == Algorithm.bls ? TransitSearch.flattenWindowDays(plan.durations())
                    : TransitSearch.MIN_FLATTEN_WINDOW_DAYS;
            Flatten how = Flatten.DEFAULT.withWindowDays(window, cadence);
            lc = normalized.flatten(how);
            r.put("flatten_window_days", window);
            r.put("flatten_window_cadences", how.windowLength());
        } else {
            r.putNull("flatten_window_days");
        }
        if (method == Algorithm.bls) {
            searchBls(lc, cadence, plan, r, job);
        } else {
            searchLombScargle(lc, cadence, plan, r, job);
        }
        return r;
    }

    private void searchBls(LightCurve lc, double cadence, Plan plan, ObjectNode r, Job job) throws IOException {
        Bls bls = Bls.of(lc);
        double[] d = plan.durations();
        double min = minPeriod != null ? minPeriod : TransitSearch.minimumPeriod(d, cadence);
        double max = maxPeriod != null ? maxPeriod : TransitSearch.maximumPeriod(bls.baseline());
        if (min > max) {
            throw new IllegalArgumentException("the period range " + number(min) + "–" + number(max)
                    + " d is empty for a baseline of " + number(bls.baseline()) + " d; give --min-period/--max-period");
        }
        PeriodGrid grid = bls.autoperiod(d, AutoPeriod.DEFAULT.withMinimumPeriod(min).withMaximumPeriod(max)
                .withFrequencyFactor(plan.frequencyFactor()));
        BlsResult result = bls.refine(bls.power(grid, d, plan.bls()), d, plan.bls());
        BlsPeak best = result.best();
        BlsStats stats = bls.computeStats(best);
        int transits = stats.transitsWithData();
        ArrayNode warnings = r.putArray("warnings");
        if (transits < MIN_TRANSITS) {
            warnings.add("only " + transits + (transits == 1 ? " transit" : " transits") + " in the data: the "
                    + "period is not established");
        }
        r.put("objective", plan.bls().objective() == Objective.SNR ? "snr" : "likelihood");
        r.put("points", bls.size());
        ObjectNode g = r.putObject("grid");
        g.put("periods", grid.size());
        g.put("refined_periods", result.size() - grid.size());
        g.put("min_period_days", grid.minimum());
        g.put("max_period_days", grid.maximum());
        g.put("frequency_factor", plan.frequencyFactor());
        putArray(g, "durations_days", d);
        ObjectNode b = r.putObject("best");
        b.put("period_days", best.period());
        b.put("epoch", best.epoch());
        b.put("epoch_bjd", lc.timeSystem().toJulianDate(best.epoch()));
        b.put("duration_days", best.duration());
        b.put("depth_ppm", ppm(best.depth()));
        b.put("depth_err_ppm", ppm(best.depthErr()));
        b.put("snr", best.snr());
        b.put("power", best.power());
        b.put("log_likelihood", best.logLikelihood());
        b.put("transits", transits);
        ObjectNode s = r.putObject("stats");
        depth(s, "depth", stats.depth());
        depth(s, "depth_odd", stats.depthOdd());
        depth(s, "depth_even", stats.depthEven());
        depth(s, "depth_half", stats.depthHalf());
        depth(s, "depth_phased", stats.depthPhased());
        s.put("harmonic_amplitude_ppm", ppm(stats.harmonicAmplitude()));
        s.put("harmonic_delta_log_likelihood", stats.harmonicDeltaLogLikelihood());
        putArray(s, "transit_times", stats.transitTimes());
        ArrayNode counts = s.putArray("per_transit_count");
        Arrays.stream(stats.perTransitCount()).forEach(counts::add);
        putArray(s, "per_transit_log_likelihood", stats.perTransitLogLikelihood());
        if (spectrum) {
            putArray(r, "period_days", result.period());
            putArray(r, "power", result.power());
        }
        if (job.png().isPresent()) {
            PeriodogramPlot p = PeriodogramPlot.of(result).withTarget(lc.meta().title());
            writePng(p.withAxis(axis(grid.minimum(), grid.maximum())), job.png().get());
            r.put("png", job.png().get().toString());
        }
    }

    private void searchLombScargle(LightCurve lc, double cadence, Plan plan, ObjectNode r, Job job)
            throws IOException {
        LombScargle ls = LombScargle.of(lc);
        AutoFrequency auto = AutoFrequency.DEFAULT.withMaximumFrequency(maximumFrequency(cadence));
        if (maxPeriod != null) {
            auto = auto.withMinimumFrequency(1 / maxPeriod);
        }
        FrequencyGrid grid = ls.autofrequency(auto);
        LombScargleResult result = ls.power(grid, plan.method(), threads);
        LombScarglePeak best = result.best();
        r.put("normalization", "standard");
        r.put("points", ls.size());
        ObjectNode g = r.putObject("grid");
        g.put("frequencies", grid.size());
        g.put("min_frequency_per_day", grid.start());
        g.put("max_frequency_per_day", grid.maximum());
        g.put("frequency_step_per_day", grid.step());
        ObjectNode b = r.putObject("best");
        b.put("period_days", best.period());
        b.put("frequency_per_day", best.frequency());
        b.put("power", best.power());
        b.put("false_alarm_probability", ls.falseAlarmProbability(best.power(), grid.maximum()));
        if (spectrum) {
            putArray(r, "period_days", result.period());
            putArray(r, "power", result.power());
        }
        if (job.png().isPresent()) {
            PeriodogramPlot p = PeriodogramPlot.of(result).withTarget(lc.meta().title());
            writePng(p.withAxis(axis(1 / grid.maximum(), 1 / grid.start())), job.png().get());
            r.put("png", job.png().get().toString());
        }
    }

    /** A plot that cannot be written is named with the OS's reason, not blamed on the light curve. */
    private static void writePng(PeriodogramPlot plot, Path png) {
        try {
            plot.writePng(png);
        } catch (IOException e) {
            throw new OutputFailure(png + ": cannot write: " + IoReasons.of(e));
        }
    }

    /** The highest frequency searched: 1 / --min-period, else the Nyquist frequency of the cadence. */
    private double maximumFrequency(double cadence) {
        return minPeriod != null ? 1 / minPeriod : 0.5 / cadence;
    }

    private PeriodogramPlot.Axis axis(double shortest, double longest) {
        return switch (plotAxis) {
            case period -> PeriodogramPlot.Axis.PERIOD;
            case log_period -> PeriodogramPlot.Axis.LOG_PERIOD;
            case frequency -> PeriodogramPlot.Axis.FREQUENCY;
            case auto -> longest > 20 * shortest ? PeriodogramPlot.Axis.LOG_PERIOD : PeriodogramPlot.Axis.PERIOD;
        };
    }

    private void printText(PrintWriter out, ObjectNode r) {
        String source = r.get("files").size() == 1
                ? Path.of(r.get("files").get(0).asText()).getFileName().toString()
                : r.get("files").size() + " files stitched";
        out.println(r.get("title").asText() + "  (" + source + ")");
        String flat = r.hasNonNull("flatten_window_days")
                ? ", flattened over " + number(r.get("flatten_window_days").asDouble()) + " d" : "";
        ObjectNode g = (ObjectNode) r.get("grid");
        ObjectNode b = (ObjectNode) r.get("best");
        String ts = r.get("time_system").asText();
        if (method == Algorithm.bls) {
            out.printf(Locale.ROOT, "  BLS (%s, %s) on %d points%s; %d periods %s–%s d, durations %s–%s d%n",
                    r.get("algorithm").asText(), r.get("objective").asText(), r.get("points").asInt(), flat,
                    g.get("periods").asInt(), number(g.get("min_period_days").asDouble()),
                    number(g.get("max_period_days").asDouble()), number(min(g.get("durations_days"))),
                    number(max(g.get("durations_days"))));
            out.printf(Locale.ROOT, "  period    %.6f d%n", b.get("period_days").asDouble());
            out.printf(Locale.ROOT, "  epoch     %.5f %s%n", b.get("epoch").asDouble(), ts);
            double dur = b.get("duration_days").asDouble();
            out.printf(Locale.ROOT, "  duration  %.4f d (%.2f h)%n", dur, 24 * dur);
            out.printf(Locale.ROOT, "  depth     %.0f ± %.0f ppm%n", b.get("depth_ppm").asDouble(),
                    b.get("depth_err_ppm").asDouble());
            out.printf(Locale.ROOT, "  SNR       %.1f%n", b.get("snr").asDouble());
        } else {
            out.printf(Locale.ROOT, "  Lomb–Scargle (%s, standard) on %d points%s; %d frequencies %s–%s /d%n",
                    r.get("algorithm").asText(), r.get("points").asInt(), flat, g.get("frequencies").asInt(),
                    number(g.get("min_frequency_per_day").asDouble()),
                    number(g.get("max_frequency_per_day").asDouble()));
            out.printf(Locale.ROOT, "  period    %.6f d%n", b.get("period_days").asDouble());
            out.printf(Locale.ROOT, "  frequency %.6f /d%n", b.get("frequency_per_day").asDouble());
            out.printf(Locale.ROOT, "  power     %.4f%n", b.get("power").asDouble());
            double fap = b.get("false_alarm_probability").asDouble();
            out.println("  FAP       " + (fap > 0 ? String.format(Locale.ROOT, "%.3g", fap) : "< 1e-300")
                    + " (Baluev)");
        }
        if (r.has("warnings")) {
            r.get("warnings").forEach(w -> out.println("  warning   " + w.asText()));
        }
        if (r.hasNonNull("png")) {
            out.println("  plot      " + r.get("png").asText());
        }
    }

    private static void depth(ObjectNode s, String key, DepthEstimate e) {
        s.put(key + "_ppm", ppm(e.depth()));
        s.put(key + "_err_ppm", ppm(e.error()));
    }

    private static double ppm(double fraction) {
        return fraction * 1e6;
    }

    /** JSON has no NaN or infinity: such values (an empty odd/even model's error) are written as null. */
    private static ObjectNode finiteOrNull(ObjectNode node) {
        node.properties().forEach(e -> {
            if (e.getValue().isNumber() && !Double.isFinite(e.getValue().asDouble())) {
                e.setValue(node.nullNode());
            } else if (e.getValue() instanceof ObjectNode child) {
                finiteOrNull(child);
            }
        });
        return node;
    }

    private static void putArray(ObjectNode r, String key, double[] values) {
        ArrayNode a = r.putArray(key);
        for (double v : values) {
            if (Double.isFinite(v)) {
                a.add(v);
            } else {
                a.addNull();
            }
        }
    }

    private static double min(com.fasterxml.jackson.databind.JsonNode a) {
        double m = Double.POSITIVE_INFINITY;
        for (var v : a) {
            m = Math.min(m, v.asDouble());
        }
        return m;
    }

    private static double max(com.fasterxml.jackson.databind.JsonNode a) {
        double m = Double.NEGATIVE_INFINITY;
        for (var v : a) {
            m = Math.max(m, v.asDouble());
        }
        return m;
    }

    private void positive(String option, Double value) {
        if (value != null && !(value > 0 && Double.isFinite(value))) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " must be a positive number, got "
                    + value);
        }
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

    /** One line for a job that failed after its files were read. */
    private static String describe(Job job, Exception e) {
        if (job.inputs().size() == 1) {
            return Failures.describe(job.inputs().get(0), e);
        }
        String msg = e.getMessage();
        return job.inputs().size() + " stitched files: "
                + (msg == null || msg.isBlank() ? e.getClass().getSimpleName() : msg);
    }

    /** A file that could not be read, with the reason. */
    private static final class UnreadableFile extends Exception {
        private static final long serialVersionUID = 1L;
        final Path file;

        UnreadableFile(Path file, Exception cause) {
            super(cause);
            this.file = file;
        }
    }
}
