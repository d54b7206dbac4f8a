package radio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import radio.lightcurve.FitsLightCurveReader;
import radio.lightcurve.LightCurve;
import radio.lightcurve.LightCurveExport;
import radio.lightcurve.LightCurves;
import radio.lightcurve.ReadOptions;
import radio.ml.dataset.LightCurveParquet;
import radio.output.IoReasons;
import radio.output.OutputKind;
import radio.output.OutputPathException;
import radio.output.OutputPaths;

/** {@code radio export FILE... --format csv|parquet|fits}: cleaned light curves for other tools. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Write light curves as CSV, Parquet or FITS for other tools, cleaned as lightkurve would.",
        description = {
            "Reads each file like lightkurve (PDCSAP flux, default quality mask, NaN flux dropped), optionally "
                    + "normalises, flattens (a Savitzky–Golay trend, lightkurve's flatten) or stitches the files into "
                    + "one light curve (each part normalised first), and writes time, flux, flux error and quality.",
            "csv: comment lines with target, mission, time system and units, then time,flux,flux_err,quality "
                    + "(pandas.read_csv(f, comment='#')). parquet: the same columns, the metadata under radio.* keys "
                    + "(pandas, pyarrow, DuckDB, Spark). fits: the pipeline layout (LIGHTCURVE table with TIME, FLUX, "
                    + "FLUX_ERR, QUALITY and PDCSAP_FLUX), which astropy, lightkurve and radio read back.",
            "Without --stitch, --out is a folder (default: the current one) and each FILE gives <name>.csv, "
                    + "<name>.parquet or <name>-export.fits; with --stitch, --out is the one file to write. Outputs are "
                    + "checked before any file is read; an export replaces only an earlier radio export."},
        sortOptions = false,
        footerHeading = "%nExamples:%n",
        footer = {
            "  radio export --format csv tess2018206045859-s0001-0000000025155310-0120-s_lc.fits",
            "  radio export --format parquet --flatten --out exported *.fits",
            "  radio export --format fits --stitch --out kepler90.fits kplr011442793-*_llc.fits",
            "",
            "Exit codes: 0 every file written · 1 some files could not be read or",
            "written (each named on stderr) · 2 usage error or unusable output path"})
final class ExportCommand implements Callable<Integer> {
    enum Format { csv, parquet, fits }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Light-curve FITS files (.fits or .fits.gz).")
    List<Path> files;

    @Option(names = "--format", required = true, paramLabel = "csv|parquet|fits", description = "What to write.")
    Format format;

    @Option(names = "--out", paramLabel = "PATH", description = "Folder for the files (default: the current "
            + "folder); with --stitch, the file to write (default: <first name>-stitched.<format>).")
    Path out;

    @Option(names = "--stitch", description = "Write the files as one light curve of one target (quarters, "
            + "campaigns or sectors, each normalised first).")
    boolean stitch;

    @Option(names = "--normalize", description = "Divide the flux by its median.")
    boolean normalize;

    @Option(names = "--flatten", description = "Remove slow trends (Savitzky–Golay, lightkurve's flatten); the flux "
            + "becomes relative.")
    boolean flatten;

    @Mixin
    ReadingOptions reading;

    private final CliContext context;

    ExportCommand(CliContext context) {
        this.context = context;
    }

    /** One light curve to write: the files it comes from and where it goes. */
    private record Job(List<Path> inputs, Path output) {
    }

    @Override
    public Integer call() throws OutputPathException {
        CommandLine cl = spec.commandLine();
        ReadOptions read = reading.readOptions(cl);
        List<Path> inputs = InputFiles.resolve(context, files, cl);
        List<Job> jobs = new ArrayList<>();
        if (stitch) {
            Path file = out != null ? out : Path.of(PlotCommand.baseName(inputs.get(0)) + "-stitched." + format);
            jobs.add(new Job(inputs, context.workingDir().resolve(file).normalize()));
        } else {
            Path dir = context.workingDir().resolve(out == null ? Path.of("") : out).normalize();
            OutputPaths.checkFolder("--out", out == null ? "." : out.toString(), dir);
            Map<Path, Path> claimed = new LinkedHashMap<>();
            for (Path in : inputs) {
                Path file = dir.resolve(PlotCommand.baseName(in) + (format == Format.fits ? "-export.fits"
                        : "." + format));
                Path other = claimed.putIfAbsent(file, in);
                if (other != null) {
                    throw new CommandLine.ParameterException(cl, "two inputs would both be written to " + file + ": "
                            + other + " and " + in);
                }
                jobs.add(new Job(List.of(in), file));
            }
        }
        for (Job job : jobs) {
            String given = job.output().startsWith(context.workingDir())
                    ? context.workingDir().relativize(job.output()).toString() : job.output().toString();
            OutputPaths.checkFile("--out", given, job.output(), kind(), inputs);
        }

        PrintWriter stdout = cl.getOut();
        PrintWriter err = cl.getErr();
        FitsLightCurveReader reader = new FitsLightCurveReader();
        int failed = 0;
        for (Job job : jobs) {
            try {
                LightCurve lc = prepare(reader, job.inputs(), read);
                write(lc, job.output());
                stdout.println(job.output());
                stdout.flush();
            } catch (OutputFailure e) {
                err.println("radio: " + e.getMessage());
                failed++;
            } catch (IOException | RuntimeException e) {
                err.println("radio: " + (job.inputs().size() == 1 ? Failures.describe(job.inputs().get(0), e)
                        : job.inputs().size() + " stitched files: " + Logging.describe(e)));
                failed++;
            }
            err.flush();
        }
        return failed == 0 ? 0 : 1;
    }

    private LightCurve prepare(FitsLightCurveReader reader, List<Path> inputs, ReadOptions read) throws IOException {
        List<LightCurve> parts = new ArrayList<>();
        for (Path in : inputs) {
            parts.add(reader.read(in, read));
        }
        LightCurve lc = parts.size() > 1 ? LightCurves.stitch(parts) : parts.get(0);
        if ((normalize || flatten) && parts.size() == 1) {
            lc = lc.normalize();
        }
        return flatten ? lc.flatten() : lc;
    }

    private void write(LightCurve lc, Path file) {
        try {
            switch (format) {
                case csv -> LightCurveExport.writeCsv(lc, file);
                case fits -> LightCurveExport.writeFits(lc, file);
                case parquet -> LightCurveParquet.write(lc, file);
            }
        } catch (IOException e) {
            throw new OutputFailure(file + ": cannot write: " + IoReasons.of(e));
        }
    }

    private OutputKind kind() {
        return switch (format) {
            case csv -> LightCurveExport.CSV;
            case fits -> LightCurveExport.FITS;
            case parquet -> LightCurveParquet.KIND;
        };
    }
}
