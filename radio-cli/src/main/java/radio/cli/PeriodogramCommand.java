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
import radio.lightcurve.ReadOptions;
import radio.output.IoReasons;
import radio.output.OutputKind;
import radio.output.OutputPathException;
import radio.output.OutputPaths;
import radio.periodogram.Method;
import radio.periodogram.Objective;
import radio.periodsearch.EmptyPeriodRangeException;
import radio.periodsearch.Flattening;
import radio.periodsearch.LombScargleSearch;
import radio.periodsearch.LombScargleSearchOptions;
import radio.periodsearch.LombScargleSearchResult;
import radio.periodsearch.PeriodRange;
import radio.periodsearch.PeriodSearchException;
import radio.periodsearch.PeriodSearchOptions;
import radio.periodsearch.TransitSearch;
import radio.periodsearch.TransitSearchOptions;
import radio.periodsearch.TransitSearchResult;
import radio.periodsearch.UnreadableLightCurveException;
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

    /** Everything the command will do, validated before any file is read: the searches and how. */
    record Plan(List<Job> jobs, PeriodSearchOptions options) {
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
        List<Double> d = checkedDurations(cl, bls);
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
        PeriodSearchOptions options = options(cl, bls, d, read, flat);
        List<Path> inputs = InputFiles.resolve(context, files, cl);
        List<Job> jobs = options.searches(inputs).stream().map(group -> new Job(group,
                stitch ? "stitched" : PlotCommand.baseName(group.get(0)), Optional.<Path>empty())).toList();
        List<Job> planned = plot == null ? jobs : withPlots(jobs, context.workingDir().resolve(plot), cl);
        for (Job job : planned) {
            if (job.png().isPresent()) {
                Path png = job.png().get();
                String given = png.startsWith(context.workingDir()) ? context.workingDir().relativize(png).toString()
                        : png.toString();
                OutputPaths.checkFile("--plot", given, png, OutputKind.PNG, inputs);
            }
        }
        return new Plan(planned, options);
    }

    /** The search's options; the values were checked above, with messages naming the options. */
    private PeriodSearchOptions options(CommandLine cl, boolean bls, List<Double> durations, ReadOptions read,
                                        boolean flat) {
        Flattening flattening = !flat ? Flattening.OFF
                : flattenWindow != null ? Flattening.windowDays(flattenWindow) : Flattening.AUTOMATIC;
        PeriodRange periods = PeriodRange.of(minPeriod, maxPeriod);
        Method algorithm = exact ? Method.EXACT : Method.FAST;
        boolean keepSpectrum = spectrum || plot != null;
        try {
            if (bls) {
                return new TransitSearchOptions(read, stitch, flattening, durations, periods,
                        frequencyFactor == null ? TransitSearchOptions.FREQUENCY_FACTOR : frequencyFactor,
                        objective == ObjectiveName.snr ? Objective.SNR : Objective.LIKELIHOOD, algorithm, threads,
                        keepSpectrum);
            }
            return new LombScargleSearchOptions(read, stitch, flattening, periods, algorithm, threads, keepSpectrum);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
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
    private List<Double> checkedDurations(CommandLine cl, boolean bls) {
        List<Double> d = durations == null ? TransitSearchOptions.DURATIONS_DAYS
                : Arrays.stream(durations).boxed().toList();
        if (d.isEmpty()) {
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
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode results = json.createArrayNode();
        int failed = 0;
        for (Job job : plan.jobs()) {
            try {
                if (plan.options() instanceof TransitSearchOptions options) {
                    TransitSearchResult r = TransitSearch.runFiles(job.inputs(), options);
                    job.png().ifPresent(png -> writePng(PeriodogramPlot.of(r.spectrum().orElseThrow()),
                            r.lightCurve().title(), r.grid().minimumPeriodDays(), r.grid().maximumPeriodDays(), png));
                    show(out, results, PeriodogramOutput.json(json, r, spectrum, job.png()),
                            () -> PeriodogramOutput.text(out, r, job.png()));
                } else {
                    LombScargleSearchResult r = LombScargleSearch.runFiles(job.inputs(),
                            (LombScargleSearchOptions) plan.options());
                    job.png().ifPresent(png -> writePng(PeriodogramPlot.of(r.spectrum().orElseThrow()),
                            r.lightCurve().title(), 1 / r.grid().maximum(), 1 / r.grid().start(), png));
                    show(out, results, PeriodogramOutput.json(json, r, spectrum, job.png()),
                            () -> PeriodogramOutput.text(out, r, job.png()));
                }
                out.flush();
            } catch (OutputFailure e) {
                err.println("radio: " + e.getMessage());
                err.flush();
                failed++;
            } catch (UnreadableLightCurveException e) {
                err.println("radio: " + Failures.describe(e.file(), e.reason()));
                err.flush();
                failed++;
            } catch (PeriodSearchException | RuntimeException e) {
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

    /** JSON results are collected and printed together at the end, text as each search ends. */
    private void show(PrintWriter out, ArrayNode results, ObjectNode result, Runnable text) {
        if (format == Format.json) {
            results.add(result);
        } else {
            text.run();
        }
    }

    /** A plot that cannot be written is named with the OS's reason, not blamed on the light curve. */
    private void writePng(PeriodogramPlot plot, String title, double shortest, double longest, Path png) {
        try {
            plot.withTarget(title).withAxis(axis(shortest, longest)).writePng(png);
        } catch (IOException e) {
            throw new OutputFailure(png + ": cannot write: " + IoReasons.of(e));
        }
    }

    private PeriodogramPlot.Axis axis(double shortest, double longest) {
        return switch (plotAxis) {
            case period -> PeriodogramPlot.Axis.PERIOD;
            case log_period -> PeriodogramPlot.Axis.LOG_PERIOD;
            case frequency -> PeriodogramPlot.Axis.FREQUENCY;
            case auto -> longest > 20 * shortest ? PeriodogramPlot.Axis.LOG_PERIOD : PeriodogramPlot.Axis.PERIOD;
        };
    }

    private void positive(String option, Double value) {
        if (value != null && !(value > 0 && Double.isFinite(value))) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " must be a positive number, got "
                    + value);
        }
    }

    private static String number(double v) {
        return PeriodogramOutput.number(v);
    }

    /** One line for a search that failed after its files were read. */
    private static String describe(Job job, Exception e) {
        String msg = e instanceof EmptyPeriodRangeException r ? "the period range " + number(r.minimumDays()) + "–"
                + number(r.maximumDays()) + " d is empty for a baseline of " + number(r.baselineDays())
                + " d; give --min-period/--max-period" : e.getMessage();
        String what = msg == null || msg.isBlank() ? e.getClass().getSimpleName() : msg;
        return (job.inputs().size() == 1 ? job.inputs().get(0).getFileName().toString()
                : job.inputs().size() + " stitched files") + ": " + what;
    }
}
