package radio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import radio.ml.dataset.OutputFolder;
import radio.ml.model.Architecture;
import radio.ml.model.ModelCard;
import radio.ml.model.ModelException;
import radio.ml.model.ModelTrainer;
import radio.ml.model.TrainingOptions;
import radio.ml.model.TrainingProgress;

/**
 * {@code radio train --dataset DIR --model DIR [--arch gbm|astronet|spacekit] [--epochs N] [--batch-size N] [--lr X]
 * [--seed N]}.
 */
@Command(name = "train", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Train a model that finds planet hosts on a data set: gradient-boosted trees or a CNN.",
        description = {
            "gbm (default): gradient-boosted regression trees on the scalars (BLS SNR, depth, duty cycle, odd/even "
                    + "and secondary-eclipse statistics, period), logistic loss, shrinkage, subsampling; the "
                    + "default because it beat the CNNs on held-out stars and on another simulator's stars "
                    + "(docs/benchmarks.md). astronet: AstroNet's global and local towers joined with the scalars; "
                    + "spacekit: spacekit's Conv1D network on the flux view (the exoTrain input); both with DJL and "
                    + "PyTorch on the CPU, balanced batches, augmentation (flux rolled, folded views mirrored), "
                    + "Adam; after each epoch the validation PR-AUC decides which weights are kept, and training "
                    + "stops after --patience epochs without improvement. The same data set and --seed give the "
                    + "same model.",
            "Writes MODEL/model-card.json (architecture, hyper-parameters, data set SHA-256, metrics per split, "
                    + "threshold, versions) and MODEL/radio-gbm.json (the trees) or MODEL/radio-cnn-0000.params "
                    + "(the weights). Nothing is ever downloaded: the PyTorch natives ship with radio."},
        sortOptions = false)
final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--dataset", required = true, paramLabel = "DIR", description = "A folder made by 'radio dataset build'.")
    Path dataset;

    @Option(names = "--model", required = true, paramLabel = "DIR", description = "Folder for the model; refused "
            + "when it exists and is not empty, unless --overwrite.")
    Path model;

    @Option(names = "--arch", paramLabel = "gbm|astronet|spacekit", defaultValue = "gbm",
            description = "Model. Default: gbm.")
    String arch;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "40", description = "Networks: most epochs. Default: 40.")
    int epochs;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "32", description = "Networks. Default: 32.")
    int batchSize;

    @Option(names = "--lr", paramLabel = "X", description = "Networks: Adam's learning rate (default 1e-3); gbm: "
            + "the shrinkage of each tree (default 0.05).")
    Float lr;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Default: 42.")
    long seed;

    @Option(names = "--patience", paramLabel = "N", defaultValue = "8",
            description = "Networks: epochs without a better validation PR-AUC before stopping. Default: 8.")
    int patience;

    @Option(names = "--width", paramLabel = "X", defaultValue = "1.0", description = "Networks: multiplies the "
            + "filter and unit counts (1 = the papers'; 0.25 trains ~10 times faster). Default: 1.")
    double width;

    @Option(names = "--trees", paramLabel = "N", defaultValue = "200", description = "gbm: boosting rounds. "
            + "Default: 200.")
    int trees;

    @Option(names = "--depth", paramLabel = "N", defaultValue = "3", description = "gbm: most splits from a tree's "
            + "root to a leaf. Default: 3.")
    int depth;

    @Option(names = "--subsample", paramLabel = "X", defaultValue = "0.8", description = "gbm: share of the "
            + "training stars each tree sees. Default: 0.8.")
    double subsample;

    @Option(names = "--overwrite", description = "Write into an existing model folder, replacing only radio's files.")
    boolean overwrite;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    private final CliContext context;

    TrainCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        CommandLine cl = spec.commandLine();
        TrainingOptions options;
        try {
            Architecture a = Architecture.of(arch);
            options = new TrainingOptions(a, epochs, batchSize,
                    lr != null ? lr : TrainingOptions.defaults(a).learningRate(), seed, patience, true, width,
                    trees, depth, subsample, overwrite);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
        MlRuntime.prepare(context);
        Path datasetDir = context.workingDir().resolve(dataset).normalize();
        Path modelDir = context.workingDir().resolve(model).normalize();
        PrintWriter err = cl.getErr();
        ModelCard card;
        try (EpochBar bar = new EpochBar(quiet || !context.interactive() ? null : err)) {
            card = new ModelTrainer(options).train(datasetDir, modelDir, bar);
        } catch (OutputFolder.OutputExistsException | ModelException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
        PrintWriter o = cl.getOut();
        o.printf(Locale.ROOT, "model    %s: %s, threshold %.4f%n", modelDir, card.training(), card.threshold());
        for (String split : new String[] {"train", "val", "test"}) {
            var m = card.metrics(split);
            if (!m.isMissingNode()) {
                o.printf(Locale.ROOT, "  %-5s  ROC-AUC %.3f  PR-AUC %.3f  precision %.3f  recall %.3f  F1 %.3f  "
                                + "(%d stars, %d hosts)%n", split, m.path("roc_auc").asDouble(Double.NaN),
                        m.path("pr_auc").asDouble(Double.NaN), m.path("precision").asDouble(),
                        m.path("recall").asDouble(), m.path("f1").asDouble(), m.path("examples").asInt(),
                        m.path("positives").asInt());
            }
        }
        return 0;
    }

    /** A progress bar over the batches of each epoch, with the last epoch's loss and validation metrics. */
    private static final class EpochBar implements TrainingProgress, AutoCloseable {
        private final PrintWriter err;
        private ProgressBar bar;
        private int batches;
        private int epochs;

        EpochBar(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void started(int epochs, int batches) {
            this.epochs = epochs;
            this.batches = batches;
            if (err != null) {
                bar = new ProgressBarBuilder().setTaskName("training").setStyle(ProgressBarStyle.ASCII)
                        .setInitialMax((long) epochs * batches).continuousUpdate().build();
            }
        }

        @Override
        public void batch(int epoch, int done) {
            if (bar != null) {
                bar.stepTo((long) (epoch - 1) * batches + done);
            }
        }

        @Override
        public void epoch(int epoch, double loss, double valPrAuc, double valRocAuc, boolean best) {
            String text = String.format(Locale.ROOT, "epoch %d/%d: loss %.4f, val PR-AUC %.3f, ROC-AUC %.3f%s", epoch,
                    epochs, loss, valPrAuc, valRocAuc, best ? " (kept)" : "");
            if (bar != null) {
                bar.setExtraMessage(text);
            }
        }

        @Override
        public void trees(int trees, double valPrAuc, double valRocAuc) {
            if (bar != null) {
                bar.setExtraMessage(String.format(Locale.ROOT, "%d trees: val PR-AUC %.3f, ROC-AUC %.3f", trees,
                        valPrAuc, valRocAuc));
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
