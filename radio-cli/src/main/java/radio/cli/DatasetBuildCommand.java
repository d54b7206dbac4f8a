package radio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import radio.api.Radio;
import radio.config.RadioConfig;
import radio.ml.dataset.ArchiveLabels;
import radio.ml.dataset.DatasetBuilder;
import radio.ml.dataset.DatasetListener;
import radio.ml.dataset.DatasetOptions;
import radio.ml.dataset.DatasetReport;
import radio.ml.dataset.Labels;
import radio.ml.dataset.LabelsException;
import radio.ml.dataset.OutputFolder;
import radio.ml.dataset.Splits;
import radio.ml.dataset.View;

/**
 * {@code radio dataset build --labels FILE|archive --out DIR [--views …] [--length N] [--split A,B,C] [--seed N]
 * FILE…|--manifest FILE}.
 */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Turn labelled light curves into an ML-ready data set (Parquet + exoTrain CSVs).",
        description = {
            "Per star: reads its files (PDCSAP flux, default quality mask), stitches them, drops upward outliers, "
                    + "takes out strong spots and pulsations (iterative Lomb-Scargle prewhitening, 0.3-15 d), "
                    + "flattens with a one-day window with the transits masked, and makes the views: flux (the whole "
                    + "light curve on a uniform grid of --length points; empty bins linearly interpolated), global and "
                    + "local (AstroNet: folded and median-binned over the whole phase, 2001 bins, and over +-2 transit "
                    + "durations, 201 bins; median 0, depth -1), scalars (BLS SNR, depth, duration/period, odd-even "
                    + "depth difference in sigma, secondary-eclipse depth and sigma, log period). Stars are folded on "
                    + "the labels' ephemeris, or on radio's own BLS peak when the labels give none.",
            "Writes DIR/dataset.parquet (one row per star), DIR/train.csv, val.csv, test.csv (Kaggle exoTrain layout: "
                    + "LABEL 2 = host, 1 = not, FLUX.1..FLUX.N; with the flux view), DIR/skipped.csv (star,reason) "
                    + "and DIR/dataset.json. Splits are by star, stratified by label, reproducible from --seed.",
            "Labels: a CSV with the header target,label[,period_days,epoch_bjd,duration_hours] (target as the files "
                    + "name it: EPIC n, KIC n, TIC n; label 1 = hosts a transiting planet, 0 = not), or 'archive': "
                    + "hosts of confirmed transiting planets and false positives from the Exoplanet Archive.",
            "Exit 0: every labelled star is in the data set; 1: some were skipped (named on stderr and in "
                    + "skipped.csv); 2: bad options or labels, or DIR exists and is not empty (nothing done)."},
        sortOptions = false)
final class DatasetBuildCommand implements Callable<Integer> {
    private static final int SHOWN_SKIPS = 20;

    @Spec
    CommandSpec spec;

    @Option(names = "--labels", required = true, paramLabel = "FILE|archive",
            description = "Labels CSV, or 'archive' for the Exoplanet Archive's hosts and false positives.")
    String labels;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the data set; refused "
            + "when it exists and is not empty, unless --overwrite.")
    Path out;

    @Option(names = "--views", paramLabel = "LIST", defaultValue = "flux,global,local,scalars",
            description = "Views to build, comma-separated: flux, global, local, scalars. Default: all.")
    String views;

    @Option(names = "--length", paramLabel = "N", defaultValue = "3197",
            description = "Points of the flux view (exoTrain: 3197, the default).")
    int length;

    @Option(names = "--split", paramLabel = "A,B,C", defaultValue = "0.8,0.1,0.1",
            description = "Train, validation and test fractions. Default: 0.8,0.1,0.1.")
    String split;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed of the split. Default: 42.")
    long seed;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Stars processed at once; 0 (default) = one per processor.")
    int threads;

    @Option(names = "--no-prewhiten", description = "Keep stellar variability (no Lomb-Scargle prewhitening).")
    boolean noPrewhiten;

    @Option(names = "--overwrite", description = "Write into an existing DIR, replacing only the files radio writes "
            + "there; other files are left alone.")
    boolean overwrite;

    @Option(names = "--manifest", paramLabel = "FILE", description = "Take the files from a download manifest "
            + "(rows with status downloaded or present).")
    Path manifest;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Mixin
    ExoplanetArchiveOption exoplanetArchive;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Light-curve FITS files.")
    List<Path> files;

    private final CliContext context;

    DatasetBuildCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        CommandLine cl = spec.commandLine();
        DatasetOptions options;
        try {
            Set<View> v = View.parseList(views);
            options = DatasetOptions.DEFAULT.withViews(v)
                    .withSettings(DatasetOptions.DEFAULT.settings().withFluxLength(length))
                    .withSplits(Splits.parse(split)).withSeed(seed).withThreads(threads).withOverwrite(overwrite);
            if (noPrewhiten) {
                options = options.withPrewhitening(radio.ml.dataset.Prewhitening.NONE);
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
        List<Path> inputs = FileArguments.resolve(cl, context, files, manifest);
        Labels labelled = labels(cl);
        Path dir = context.workingDir().resolve(out).normalize();
        PrintWriter err = cl.getErr();
        DatasetReport report;
        try (ProgressBar bar = quiet || !context.interactive() ? null : new ProgressBarBuilder().setTaskName("stars")
                .setStyle(ProgressBarStyle.ASCII).setInitialMax(labelled.size()).continuousUpdate().build()) {
            report = new DatasetBuilder(options).build(labelled, inputs, dir, new DatasetListener() {
                @Override
                public void started(int stars) {
                    if (bar != null) {
                        bar.maxHint(stars);
                    }
                }

                @Override
                public void star(String target, boolean written, String reason) {
                    if (bar != null) {
                        bar.step();
                    }
                }
            });
        } catch (OutputFolder.OutputExistsException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
        PrintWriter o = cl.getOut();
        o.printf(Locale.ROOT, "dataset  %s: %d examples", dir, report.examples());
        report.counts().forEach((s, byLabel) -> o.printf(Locale.ROOT, ", %s %d (%d hosts)", s,
                byLabel.values().stream().mapToInt(Integer::intValue).sum(), byLabel.getOrDefault(1, 0)));
        o.printf(Locale.ROOT, "; %d skipped%n", report.skipped().size());
        o.flush();
        report.skipped().stream().limit(SHOWN_SKIPS).forEach(s -> err.println("radio: skipped " + s.star() + ": "
                + s.reason()));
        if (report.skipped().size() > SHOWN_SKIPS) {
            err.println("radio: … and " + (report.skipped().size() - SHOWN_SKIPS) + " more in "
                    + dir.resolve("skipped.csv"));
        }
        return report.skipped().isEmpty() ? 0 : 1;
    }

    private Labels labels(CommandLine cl) throws Exception {
        if (labels.equals("archive")) {
            RadioConfig.Builder b = RadioConfig.builder(context.userHome()).environment(context.env());
            exoplanetArchive.applyTo(b);
            try (Radio radio = Radio.create(b.build())) {
                return ArchiveLabels.fetch(radio);
            }
        }
        try {
            return Labels.read(context.workingDir().resolve(labels));
        } catch (LabelsException e) {
            throw new CommandLine.ParameterException(cl, "--labels: " + e.getMessage());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new CommandLine.ParameterException(cl, "--labels " + labels + ": no such file");
        }
    }
}
