package radio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import radio.lightcurve.Binning;
import radio.lightcurve.Flatten;
import radio.lightcurve.FitsLightCurveReader;
import radio.lightcurve.FluxSource;
import radio.lightcurve.FoldedLightCurve;
import radio.lightcurve.LightCurve;
import radio.lightcurve.ReadOptions;
import radio.lightcurve.TransitMask;
import radio.output.IoReasons;
import radio.output.OutputKind;
import radio.output.OutputPathException;
import radio.output.OutputPaths;
import radio.plot.FoldedLightCurvePlot;
import radio.plot.LightCurvePlot;

/** {@code radio plot FILE... [--out DIR]}: a PNG light curve (or folded light curve) per file. */
@Command(name = "plot", mixinStandardHelpOptions = true,
        header = "Plot light-curve FITS files as PNG images, one per file.",
        description = {
            "Reads each file like lightkurve (PDCSAP flux, default quality mask), optionally normalises, "
                    + "flattens, folds and bins it, and writes OUT/<file name>.png (the name without .fits/.fits.gz; "
                    + "<file name>-folded.png with --fold). It never writes over an input or over an existing file "
                    + "that is not a PNG.",
            "Options are checked before any file is read (a bad value exits 2). A file that cannot be read or "
                    + "plotted is named on stderr and the others are still plotted (exit 1)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  radio plot --out plots *.fits                  one PNG per file",
            "  radio plot --normalize --bin 0.5 ktwo211436265-c05_llc.fits",
            "  radio plot --flatten --window 401 --fold 3.288776 --epoch 1327.520678 \\",
            "      --transit-duration 0.14 tess2018206045859-s0001-0000000025155310-0120-s_lc.fits",
            "      WASP-126 b folded: ...-s_lc-folded.png",
            "",
            "Exit codes: 0 every file plotted · 1 some files could not be read or",
            "plotted (each named on stderr) · 2 usage error or unusable output",
            "path, nothing attempted"})
final class PlotCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Light-curve FITS files (.fits or .fits.gz).")
    List<Path> files;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the PNG files. Default: the current folder.")
    Path out;

    @Mixin
    ReadingOptions reading;

    @Option(names = "--normalize", description = "Divide the flux by its median.")
    boolean normalize;

    @Option(names = "--flatten", description = "Remove slow trends (Savitzky–Golay, lightkurve's flatten); "
            + "the flux becomes relative.")
    boolean flatten;

    @Option(names = "--window", paramLabel = "CADENCES", defaultValue = "101",
            description = "Flatten window in cadences, odd. Default: 101.")
    int window;

    @Option(names = "--fold", paramLabel = "DAYS", description = "Fold on this period (days); needs --epoch.")
    Double period;

    @Option(names = "--epoch", paramLabel = "TIME", description = "Time of a mid-transit (phase 0), in the file's "
            + "time system (BTJD for TESS, BKJD for Kepler/K2).")
    Double epoch;

    @Option(names = "--transit-duration", paramLabel = "DAYS", description = "With --fold and --flatten: keep "
            + "the transits (this long, padded by half) out of the trend fit so their depth survives.")
    Double transitDuration;

    @Option(names = "--bin", paramLabel = "DAYS", description = "Overlay bins this wide (days of time, or of "
            + "phase when folding). Default: none for a light curve, period/200 for a folded one.")
    Double bin;

    private final CliContext context;

    PlotCommand(CliContext context) {
        this.context = context;
    }

    /** Everything the command will do, validated before any file is read. */
    record Plan(List<Path> inputs, Map<Path, Path> outputs, ReadOptions read, boolean normalize,
                Optional<Flatten> flatten, OptionalDouble period, OptionalDouble epoch, Optional<Binning> bin) {
    }

    Plan plan() throws OutputPathException {
        CommandLine cl = spec.commandLine();
        if ((period == null) != (epoch == null)) {
            throw new CommandLine.ParameterException(cl, "--fold and --epoch go together: give both or neither");
        }
        if (period != null && !(period > 0 && Double.isFinite(period))) {
            throw new CommandLine.ParameterException(cl, "--fold: the period must be a positive number of days, got "
                    + period);
        }
        if (epoch != null && !Double.isFinite(epoch)) {
            throw new CommandLine.ParameterException(cl, "--epoch must be a finite time, got " + epoch);
        }
        if (bin != null && !(bin > 0 && Double.isFinite(bin))) {
            throw new CommandLine.ParameterException(cl, "--bin: the width must be a positive number of days, got "
                    + bin);
        }
        if (transitDuration != null && (period == null || !flatten)) {
            throw new CommandLine.ParameterException(cl, "--transit-duration needs --flatten and --fold/--epoch");
        }
        Optional<Flatten> flat = Optional.empty();
        if (flatten) {
            try {
                Flatten f = Flatten.DEFAULT.withWindowLength(window);
                if (transitDuration != null) {
                    f = f.withTransitMask(new TransitMask(period, epoch, 1.5 * transitDuration));
                }
                flat = Optional.of(f);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(cl, (transitDuration != null && e.getMessage()
                        .startsWith("duration") ? "--transit-duration: " : "--window: ") + e.getMessage());
            }
        } else if (cl.getParseResult().hasMatchedOption("--window")) {
            throw new CommandLine.ParameterException(cl, "--window needs --flatten");
        }
        ReadOptions read = reading.readOptions(cl);
        List<Path> inputs = InputFiles.resolve(context, files, cl);
        Path given = out == null ? Path.of("") : out;
        Path dir = context.workingDir().resolve(given).normalize();
        OutputPaths.checkFolder("--out", out == null ? "." : out.toString(), dir);
        // a folded plot is not the light curve's plot: its own name, so the two never replace each other
        String suffix = period == null ? ".png" : "-folded.png";
        Map<Path, Path> outputs = new HashMap<>();
        Map<Path, Path> claimed = new HashMap<>();
        for (Path in : inputs) {
            Path png = dir.resolve(baseName(in) + suffix);
            Path other = claimed.putIfAbsent(png, in);
            if (other != null) {
                throw new CommandLine.ParameterException(cl, "two inputs would both be written to " + png + ": "
                        + other + " and " + in);
            }
            OutputPaths.checkFile("--out", given.resolve(png.getFileName()).toString(), png, OutputKind.PNG, inputs);
            outputs.put(in, png);
        }
        return new Plan(inputs, outputs, read, normalize, flat,
                period == null ? OptionalDouble.empty() : OptionalDouble.of(period),
                epoch == null ? OptionalDouble.empty() : OptionalDouble.of(epoch),
                bin == null ? Optional.empty() : Optional.of(Binning.byWidth(bin)));
    }

    @Override
    public Integer call() throws OutputPathException {
        Plan plan = plan();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FitsLightCurveReader reader = new FitsLightCurveReader();
        int failed = 0;
        for (Path in : plan.inputs()) {
            Path png = plan.outputs().get(in);
            try {
                LightCurve lc = reader.read(in, plan.read());
                try {
                    draw(lc, plan, png);
                } catch (IOException e) {
                    throw new OutputFailure(png + ": cannot write: " + IoReasons.of(e));
                }
                stdout.println(png);
                stdout.flush();
            } catch (OutputFailure e) {
                err.println("radio: " + e.getMessage());
                err.flush();
                failed++;
            } catch (IOException | RuntimeException e) {
                err.println("radio: " + Failures.describe(in, e));
                err.flush();
                failed++;
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private static void draw(LightCurve lc, Plan plan, Path png) throws IOException {
        LightCurve prepared = plan.normalize() ? lc.normalize() : lc;
        if (plan.flatten().isPresent()) {
            prepared = prepared.flatten(plan.flatten().get());
        }
        if (plan.period().isPresent()) {
            FoldedLightCurve folded = prepared.fold(plan.period().getAsDouble(), plan.epoch().getAsDouble());
            FoldedLightCurvePlot p = FoldedLightCurvePlot.of(folded);
            (plan.bin().isPresent() ? p.withBinning(plan.bin().get()) : p).writePng(png);
        } else {
            LightCurvePlot p = LightCurvePlot.of(prepared);
            (plan.bin().isPresent() ? p.withBinning(plan.bin().get()) : p).writePng(png);
        }
    }

    /** The file name without {@code .fits}, {@code .fits.gz}, {@code .fit} or {@code .gz}. */
    static String baseName(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ext : new String[] {".fits.gz", ".fit.gz", ".fits", ".fit", ".gz"}) {
            if (lower.endsWith(ext) && lower.length() > ext.length()) {
                return name.substring(0, name.length() - ext.length());
            }
        }
        return name;
    }
}
