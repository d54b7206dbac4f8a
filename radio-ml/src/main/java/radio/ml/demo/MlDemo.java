package radio.ml.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import radio.api.Downloads;
import radio.api.Radio;
import radio.config.RadioConfig;
import radio.ml.dataset.DatasetBuilder;
import radio.ml.dataset.DatasetListener;
import radio.ml.dataset.DatasetOptions;
import radio.ml.dataset.DatasetReport;
import radio.ml.dataset.Labels;
import radio.ml.dataset.Splits;
import radio.ml.dataset.View;
import radio.ml.model.Architecture;
import radio.ml.model.Classifier;
import radio.ml.model.Evaluation;
import radio.ml.model.ModelCard;
import radio.ml.model.ModelTrainer;
import radio.ml.model.TrainingOptions;
import radio.ml.model.TrainingProgress;
import radio.search.Selection;

/**
 * The machine-learning workflow end to end, offline ({@code radio demo --ml}): radio's simulated archive serves
 * labelled K2 stars (planet hosts, eclipsing binaries, spotted and pulsating stars, quiet stars); radio searches
 * and downloads their light curves through its normal path (MAST, then S3 or MAST); builds a data set (labels
 * with the ephemerides of the planets and eclipsing binaries, as a catalogue of threshold-crossing events gives
 * them; the other stars folded on radio's own BLS peak); trains the default model (gradient-boosted trees) and, to
 * compare, a CNN (AstroNet); evaluates both on the held-out test stars; then judges both on stars from a
 * differently parameterised simulator (the shifted population) that they never saw. Everything lands in one folder,
 * which it may write over on a second run.
 */
public final class MlDemo {
    private MlDemo() {
    }

    /**
     * What to run.
     *
     * @param stars        labelled stars to train, validate and test on
     * @param shiftedStars stars of the other population to judge generalisation on (0: skip)
     * @param seed         simulator and training seed
     * @param training     training options of the model (architecture, epochs, width…), written to {@code model}
     * @param compare      models trained on the same data to compare with it, written to {@code model-ARCH}
     * @param threads      data set threads (0: all processors)
     */
    public record Settings(int stars, int shiftedStars, long seed, TrainingOptions training,
                           List<TrainingOptions> compare, int threads) {
        /**
         * 300 stars, 120 shifted, seed 1, the default model (gradient-boosted trees) compared with AstroNet at a
         * quarter width (at most 40 epochs).
         */
        public static final Settings DEFAULT = new Settings(300, 120, 1, TrainingOptions.DEFAULT.withOverwrite(true),
                List.of(TrainingOptions.defaults(Architecture.ASTRONET).withWidth(0.25).withEpochs(40).withPatience(8)
                        .withOverwrite(true)), 0);

        public Settings {
            compare = List.copyOf(compare);
        }
    }

    /**
     * What came out.
     *
     * @param dataset   the data set build
     * @param card      the trained model's card
     * @param test      the held-out test split
     * @param shifted   the other population, when evaluated
     * @param compared  the models compared with it, in the order of {@link Settings#compare}
     * @param downloads light-curve files downloaded or already present
     */
    public record Result(DatasetReport dataset, ModelCard card, Evaluation.Report test,
                         Optional<Evaluation.Report> shifted, List<Compared> compared, int downloads) {
    }

    /**
     * A model trained to compare with the main one.
     *
     * @param card    its card
     * @param test    on the held-out test split
     * @param shifted on the other population, when evaluated
     */
    public record Compared(ModelCard card, Evaluation.Report test, Optional<Evaluation.Report> shifted) {
    }

    /**
     * A simulated archive serving labelled stars, started for one population and closed when its light curves are
     * downloaded: where it is, and the labels file it wrote (targets, labels, ephemerides).
     */
    public interface LabelledArchive extends AutoCloseable {
        /** The variables that point radio at it ({@code RADIO_MAST_URL}, ..., {@code AWS_ENDPOINT_URL_S3}). */
        Map<String, String> environment();

        /** Its labels CSV ({@code target,label,period_days,epoch_bjd,duration_hours}). */
        Path labels();

        @Override
        void close();
    }

    /** Starts a simulated archive of {@code stars} labelled stars of a population ({@code standard}, {@code shifted}). */
    @FunctionalInterface
    public interface Simulator {
        LabelledArchive start(int stars, String population, long seed, Path dir) throws IOException,
                InterruptedException;
    }

    /**
     * Runs the workflow in {@code dir}, reporting each step to {@code say}.
     *
     * @param simulator starts the simulated archives (the command line runs radio's simulator in a JVM of its own)
     * @param userHome  the user's home (for radio's configuration defaults; the demo keeps its catalog in dir)
     */
    public static Result run(Path dir, Simulator simulator, Path userHome, Settings s, Consumer<String> say,
                             TrainingProgress progress) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        DatasetOptions options = DatasetOptions.DEFAULT.withViews(EnumSet.allOf(View.class)).withSeed(s.seed())
                .withThreads(s.threads()).withOverwrite(true);
        long t = System.nanoTime();
        Fetched main = fetch(simulator, dir.resolve("standard"), userHome, s.stars(), "standard", s.seed(), say);
        say.accept(String.format(Locale.ROOT, "  archive   %d labelled K2 stars (%d planet hosts) served by the "
                        + "simulated MAST, resolver and S3; %d light curves downloaded through radio's normal path (%s)",
                s.stars(), main.hosts, main.files.size(), since(t)));

        t = System.nanoTime();
        Path datasetDir = dir.resolve("dataset");
        DatasetReport ds = new DatasetBuilder(options).build(Labels.read(main.labels), main.files, datasetDir,
                DatasetListener.NONE);
        say.accept(String.format(Locale.ROOT, "  dataset   %s: %d examples %s, %d skipped (%s)", datasetDir,
                ds.examples(), ds.counts(), ds.skipped().size(), since(t)));

        List<Path> modelDirs = new ArrayList<>();
        List<ModelCard> cards = new ArrayList<>();
        List<TrainingOptions> all = new ArrayList<>(List.of(s.training()));
        all.addAll(s.compare());
        for (TrainingOptions o : all) {
            t = System.nanoTime();
            Path modelDir = dir.resolve(modelDirs.isEmpty() ? "model" : "model-" + o.architecture().key());
            if (o.architecture().network()) {
                say.accept("  train     " + o.architecture().key() + ", epoch by epoch (the best is kept):");
            }
            ModelCard card = new ModelTrainer(o.withSeed(s.seed())).train(datasetDir, modelDir, progress);
            say.accept(String.format(Locale.ROOT, "  train     %s, threshold %.3f -> %s (%s)", card.training(),
                    card.threshold(), modelDir, since(t)));
            modelDirs.add(modelDir);
            cards.add(card);
        }

        List<Evaluation.Report> tests = new ArrayList<>();
        for (int i = 0; i < modelDirs.size(); i++) {
            try (Classifier model = Classifier.load(modelDirs.get(i))) {
                tests.add(Evaluation.evaluate(model, datasetDir, "test", OptionalDouble.empty(),
                        Optional.of(dir.resolve(i == 0 ? "plots" : "plots-" + cards.get(i).architecture().key()))));
            }
            say.accept("  evaluate  " + cards.get(i).architecture().key() + " on the held-out test stars: "
                    + describe(tests.get(i)));
        }
        List<Optional<Evaluation.Report>> shifted = new ArrayList<>();
        modelDirs.forEach(m -> shifted.add(Optional.empty()));
        if (s.shiftedStars() > 0) {
            t = System.nanoTime();
            Fetched other = fetch(simulator, dir.resolve("shifted"), userHome, s.shiftedStars(), "shifted",
                    s.seed() + 1000, say);
            Path otherDir = dir.resolve("shifted-dataset");
            new DatasetBuilder(options.withSplits(Splits.TEST_ONLY)).build(Labels.read(other.labels),
                    other.files, otherDir, DatasetListener.NONE);
            say.accept("  generalise  " + other.files.size() + " stars of another simulator (shifted population, "
                    + "never seen in training) (" + since(t) + "):");
            for (int i = 0; i < modelDirs.size(); i++) {
                try (Classifier model = Classifier.load(modelDirs.get(i))) {
                    shifted.set(i, Optional.of(Evaluation.evaluate(model, otherDir, "test", OptionalDouble.empty(),
                            Optional.of(dir.resolve(i == 0 ? "plots-shifted"
                                    : "plots-shifted-" + cards.get(i).architecture().key())))));
                }
                say.accept("            " + cards.get(i).architecture().key() + ": "
                        + describe(shifted.get(i).orElseThrow()));
            }
        }
        List<Compared> compared = new ArrayList<>();
        for (int i = 1; i < modelDirs.size(); i++) {
            compared.add(new Compared(cards.get(i), tests.get(i), shifted.get(i)));
        }
        return new Result(ds, cards.get(0), tests.get(0), shifted.get(0), compared, main.files.size());
    }

    private record Fetched(List<Path> files, Path labels, int hosts) {
    }

    /** Simulates a population and downloads its light curves with radio, through its normal path. */
    private static Fetched fetch(Simulator simulator, Path dir, Path userHome, int n, String population, long seed,
                                 Consumer<String> say) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        try (LabelledArchive sim = simulator.start(n, population, seed, dir)) {
            RadioConfig config = RadioConfig.builder(userHome).environment(sim.environment())
                    .radioHome(dir.resolve(".radio")).build();
            Labels labels = Labels.read(sim.labels());
            List<String> targets = labels.entries().values().stream().map(Labels.Entry::target).toList();
            Downloads d;
            try (Radio radio = Radio.create(config)) {
                d = radio.download(targets, Selection.k2LongCadenceLightCurves(), dir);
            }
            d.failed().forEach(f -> say.accept("  radio: failed: " + f.message()));
            int hosts = (int) labels.entries().values().stream().filter(e -> e.label() == 1).count();
            return new Fetched(d.paths(), sim.labels(), hosts);
        }
    }

    private static String describe(Evaluation.Report r) {
        var m = r.metrics();
        return String.format(Locale.ROOT, "%d stars, ROC-AUC %.3f, PR-AUC %.3f, precision %.2f, recall %.2f, "
                        + "F1 %.2f at %.3f (tp %d, fp %d, fn %d, tn %d)", r.targets().size(), m.rocAuc(), m.prAuc(),
                m.precision(), m.recall(), m.f1(), m.threshold(), m.tp(), m.fp(), m.fn(), m.tn());
    }

    private static String since(long t0) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - t0) / 1e9);
    }
}
