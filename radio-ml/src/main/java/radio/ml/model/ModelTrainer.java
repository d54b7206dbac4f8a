package radio.ml.model;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.EasyTrain;
import ai.djl.training.Trainer;
import ai.djl.training.listener.TrainingListenerAdapter;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.translate.TranslateException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import radio.config.Version;
import radio.ml.dataset.DatasetSummary;
import radio.ml.dataset.Example;
import radio.ml.dataset.OutputFolder;
import radio.ml.dataset.ParquetDataset;
import radio.ml.dataset.Scalars;
import radio.ml.dataset.StarFiles;
import radio.ml.dataset.View;

/**
 * Trains a model on a data set folder and writes a model folder ({@link ModelCard} with the weights or the trees).
 * <ul>
 *   <li>Networks: DJL's {@code Trainer} and {@link EasyTrain#fit} on the PyTorch engine's default device (CPU
 *       natives from the class path; a CUDA native jar in their place is used without code changes; determinism is
 *       promised on the CPU only). Loss: sigmoid binary cross-entropy on the logit; optimiser: Adam; class
 *       imbalance: balanced batches. After each epoch the validation PR-AUC is computed; the best epoch's weights
 *       are kept (between equal PR-AUCs, the lower validation loss), and training stops after
 *       {@link TrainingOptions#patience()} epochs without improvement.</li>
 *   <li>Gradient boosting: {@link BoostedTrees} on the scalars, in Java, classes weighted equally.</li>
 * </ul>
 * The decision threshold is the one that maximises F1 on the validation split. With the same data set and seed,
 * on CPU, the model and its metrics come out the same.
 */
public final class ModelTrainer {
    private static final Logger LOG = LoggerFactory.getLogger(ModelTrainer.class);

    private final TrainingOptions options;

    public ModelTrainer(TrainingOptions options) {
        this.options = options;
    }

    /**
     * Trains on {@code datasetDir} into {@code modelDir}.
     *
     * @throws OutputFolder.OutputExistsException when the model folder is not empty and overwriting is off
     * @throws ModelException                     when the data set lacks the views the architecture needs, or has
     *                                            no training positives or negatives
     */
    public ModelCard train(Path datasetDir, Path modelDir, TrainingProgress progress) throws IOException {
        Architecture arch = options.architecture();
        List<View> views = arch.inputs();
        Path parquet = datasetDir.resolve(ParquetDataset.FILE);
        if (!Files.isRegularFile(parquet)) {
            throw new ModelException(datasetDir + " is not a radio data set: it has no " + ParquetDataset.FILE);
        }
        Map<View, Integer> lengths = lengths(datasetDir, views);
        // every file any architecture writes, so that a model of another architecture is replaced, not mixed in
        OutputFolder.prepare(modelDir, options.overwrite(), List.of(ModelCard.FILE, ModelCard.WEIGHTS,
                ModelCard.TREES), "--model");
        Map<String, List<Example>> splits = new LinkedHashMap<>();
        for (String s : List.of("train", "val", "test")) {
            splits.put(s, new ArrayList<>());
        }
        ParquetDataset.read(parquet, EnumSet.copyOf(views), e -> splits.computeIfAbsent(e.split(),
                k -> new ArrayList<>()).add(e));
        Map<String, ExampleSet> sets = new LinkedHashMap<>();
        for (Map.Entry<String, List<Example>> s : splits.entrySet()) {
            if (!s.getValue().isEmpty()) {
                sets.put(s.getKey(), ExampleSet.of(s.getValue(), views, lengths));
            }
        }
        ExampleSet train = sets.getOrDefault("train", ExampleSet.of(List.of(), views, lengths));
        ExampleSet val = sets.getOrDefault("val", ExampleSet.of(List.of(), views, lengths));
        if (train.positives() == 0 || train.positives() == train.size()) {
            throw new ModelException("the training split of " + datasetDir + " needs hosts and non-hosts; it has "
                    + train.positives() + " hosts among " + train.size() + " stars");
        }
        ExampleSet stopOn = val.positives() > 0 && val.positives() < val.size() ? val : train;
        if (stopOn == train) {
            LOG.warn("the validation split lacks hosts or non-hosts: early stopping and the threshold use the "
                    + "training split");
        }
        ObjectNode root = card(arch, lengths, datasetDir);
        Map<String, float[]> scores = arch.network()
                ? trainNetwork(train, stopOn, sets, lengths, modelDir, progress, root)
                : trainTrees(train, stopOn, sets, modelDir, progress, root);
        String thresholdOn = stopOn == val ? "val" : "train";
        double threshold = Metrics.bestF1Threshold(scores.get(thresholdOn), sets.get(thresholdOn).labels());
        root.put("threshold", threshold);
        root.put("threshold_rule", "maximises F1 on the " + thresholdOn + " split");
        ObjectNode metrics = root.putObject("metrics");
        scores.forEach((split, s) -> metrics.set(split, MetricsJson.of(Metrics.of(s, sets.get(split).labels(),
                threshold))));
        ModelCard card = new ModelCard(arch, arch.network() ? options.width() : 1, lengths, threshold, root);
        card.write(modelDir);
        return card;
    }

    /** Trains the network with DJL, keeps the best epoch's weights in the model folder and scores every split. */
    private Map<String, float[]> trainNetwork(ExampleSet train, ExampleSet stopOn, Map<String, ExampleSet> sets,
                                              Map<View, Integer> lengths, Path modelDir, TrainingProgress progress,
                                              ObjectNode root) throws IOException {
        Architecture arch = options.architecture();
        List<View> views = arch.inputs();
        Engine engine = Engine.getEngine("PyTorch");
        engine.setRandomSeed((int) options.seed());
        // the engine's default device: the CPU with pytorch-native-cpu, a GPU when a CUDA native jar replaces it
        Device device = engine.defaultDevice();
        try (Model model = Model.newInstance(ModelCard.NAME, device, "PyTorch")) {
            model.setBlock(Networks.build(arch, options.width()));
            LightCurveBatches trainSet = LightCurveBatches.training(train, views, options.batchSize(),
                    options.balanced(), options.seed());
            EarlyStopping stopping = new EarlyStopping(model, modelDir, stopOn, views, progress);
            DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.sigmoidBinaryCrossEntropyLoss())
                    .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(options.learningRate()))
                            .build())
                    .optDevices(new Device[] {device})
                    .addTrainingListeners(stopping);
            try (Trainer trainer = model.newTrainer(config)) {
                Shape[] shapes = views.stream().map(v -> new Shape(1, lengths.get(v))).toArray(Shape[]::new);
                trainer.initialize(shapes);
                progress.started(options.epochs(), trainSet.batches());
                try {
                    EasyTrain.fit(trainer, options.epochs(), trainSet, null);
                } catch (EarlyStopping.Stop stop) {
                    LOG.debug("stopped after epoch {}: no better validation PR-AUC for {} epochs", stop.epoch(),
                            options.patience());
                } catch (TranslateException e) {
                    throw new IOException("training failed: " + e.getMessage(), e);
                }
            }
            try {
                model.load(modelDir, ModelCard.NAME, ModelCard.WEIGHTS_OPTIONS);
            } catch (ai.djl.MalformedModelException e) {
                throw new ModelException("cannot read back the weights saved in " + modelDir, e);
            }
            Map<String, float[]> scores = new LinkedHashMap<>();
            sets.forEach((split, set) -> scores.put(split, Scoring.probabilities(model.getBlock(),
                    model.getNDManager(), set, views)));
            root.put("width", options.width());
            ObjectNode hp = root.putObject("hyper_parameters");
            hp.put("epochs", options.epochs());
            hp.put("batch_size", options.batchSize());
            hp.put("learning_rate", options.learningRate());
            hp.put("seed", options.seed());
            hp.put("patience", options.patience());
            hp.put("balanced_batches", options.balanced());
            hp.put("optimizer", "adam");
            hp.put("loss", "sigmoid binary cross-entropy");
            hp.put("augmentation", "flux rolled by a random offset; global and local views mirrored with p = 0.5");
            root.put("epochs_run", stopping.history.size());
            root.put("best_epoch", stopping.bestEpoch);
            root.set("history", stopping.history);
            root.put("weights", ModelCard.WEIGHTS);
            return scores;
        }
    }

    /**
     * Boosts trees on the scalars ({@link BoostedTrees}), writes them into the model folder and scores every split.
     * Every tree is kept (no early stopping: the shrinkage and the subsample regularise); the history records the
     * validation metrics every ten trees.
     */
    private Map<String, float[]> trainTrees(ExampleSet train, ExampleSet stopOn, Map<String, ExampleSet> sets,
                                            Path modelDir, TrainingProgress progress, ObjectNode root)
            throws IOException {
        BoostedTrees.Parameters p = new BoostedTrees.Parameters(options.trees(), options.depth(),
                options.learningRate(), options.subsample(), BoostedTrees.MIN_LEAF, options.balanced(),
                options.seed());
        float[][] x = train.inputs().get(0);
        float[][] v = stopOn.inputs().get(0);
        ArrayNode history = ModelCard.JSON.createArrayNode();
        double[] logits = new double[v.length];
        progress.started(p.trees(), 1);
        long t0 = System.nanoTime();
        BoostedTrees trees = BoostedTrees.fit(x, train.labels(), p, (k, bias, tree) -> {
            for (int i = 0; i < v.length; i++) {
                logits[i] += (k == 1 ? bias : 0) + p.learningRate() * tree.predict(v[i]);
            }
            progress.batch(k, 1);
            if (k % 10 == 0 || k == p.trees()) {
                float[] s = new float[v.length];
                for (int i = 0; i < v.length; i++) {
                    s[i] = (float) BoostedTrees.sigmoid(logits[i]);
                }
                double pr = Metrics.averagePrecision(s, stopOn.labels());
                double roc = Metrics.rocAuc(s, stopOn.labels());
                ObjectNode h = history.addObject();
                h.put("trees", k);
                h.put("val_pr_auc", pr);
                h.put("val_roc_auc", roc);
                h.put("val_loss", crossEntropy(s, stopOn.labels()));
                h.put("seconds", (System.nanoTime() - t0) / 1e9);
                progress.trees(k, pr, roc);
            }
        });
        // one line: thousands of short arrays would take a line per number when indented
        ModelCard.JSON.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                .writeValue(modelDir.resolve(ModelCard.TREES).toFile(), trees.toJson(Scalars.NAMES));
        Map<String, float[]> scores = new LinkedHashMap<>();
        sets.forEach((split, set) -> scores.put(split, trees.probabilities(set.inputs().get(0))));
        ObjectNode hp = root.putObject("hyper_parameters");
        hp.put("trees", p.trees());
        hp.put("depth", p.depth());
        hp.put("learning_rate", options.learningRate());
        hp.put("subsample", p.subsample());
        hp.put("min_samples_leaf", p.minLeaf());
        hp.put("balanced_classes", p.balanced());
        hp.put("seed", p.seed());
        hp.put("loss", "logistic (binomial deviance); leaves by one Newton step");
        hp.put("split_criterion", "weighted squared error of the residuals (friedman_mse)");
        root.set("history", history);
        root.put("trees", ModelCard.TREES);
        return scores;
    }

    private static Map<View, Integer> lengths(Path datasetDir, List<View> views) throws IOException {
        var summary = DatasetSummary.read(datasetDir.resolve(DatasetSummary.FILE));
        Map<View, Integer> lengths = new EnumMap<>(View.class);
        for (View v : views) {
            int n = summary.path("lengths").path(v.key()).asInt(0);
            if (n == 0) {
                throw new ModelException(datasetDir + " has no " + v.key() + " view, which the chosen architecture "
                        + "reads; build it with --views including " + v.key());
            }
            lengths.put(v, n);
        }
        return lengths;
    }

    /** The card's fields every architecture has. */
    private ObjectNode card(Architecture arch, Map<View, Integer> lengths, Path datasetDir) throws IOException {
        ObjectNode root = ModelCard.JSON.createObjectNode();
        root.put("format", ModelCard.FORMAT);
        root.put("radio_version", Version.radio());
        if (arch.network()) {
            root.put("djl_version", ai.djl.engine.Engine.getDjlVersion());
            root.put("engine", "PyTorch " + Engine.getEngine("PyTorch").getVersion());
        }
        root.put("architecture", arch.key());
        root.putPOJO("inputs", arch.inputs().stream().map(View::key).toList());
        ObjectNode len = root.putObject("lengths");
        lengths.forEach((v, n) -> len.put(v.key(), n));
        root.putPOJO("scalars", Scalars.NAMES);
        var summary = DatasetSummary.read(datasetDir.resolve(DatasetSummary.FILE));
        ObjectNode pre = root.putObject("preprocessing");
        pre.set("lengths", summary.path("lengths"));
        pre.set("local_view_half_width_durations", summary.path("local_view_half_width_durations"));
        pre.set("local_bin_width_durations", summary.path("local_bin_width_durations"));
        pre.set("prewhitening", summary.path("prewhitening"));
        ObjectNode ds = root.putObject("dataset");
        ds.put("path", datasetDir.toAbsolutePath().normalize().toString());
        ds.put("sha256", StarFiles.sha256(datasetDir.resolve(ParquetDataset.FILE)));
        return root;
    }

    /** Mean binary cross-entropy of probabilities against labels (probabilities clipped to [1e-7, 1 − 1e-7]). */
    static double crossEntropy(float[] p, int[] labels) {
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            double q = Math.min(1 - 1e-7, Math.max(1e-7, p[i]));
            sum -= labels[i] == 1 ? Math.log(q) : Math.log(1 - q);
        }
        return p.length == 0 ? Double.NaN : sum / p.length;
    }

    /**
     * After each epoch: validation PR-AUC (ties broken by the validation loss); the best weights saved into the model folder; a stop after
     * {@code patience} epochs without improvement. Also reports progress and the mean training loss.
     */
    private final class EarlyStopping extends TrainingListenerAdapter {
        /** Thrown out of {@link EasyTrain#fit} to end training early. */
        static final class Stop extends RuntimeException {
            private final int epoch;

            Stop(int epoch) {
                super(null, null, false, false);
                this.epoch = epoch;
            }

            int epoch() {
                return epoch;
            }
        }

        private final Model model;
        private final Path dir;
        private final ExampleSet val;
        private final List<View> views;
        private final TrainingProgress progress;
        final ArrayNode history = ModelCard.JSON.createArrayNode();
        private double best = Double.NEGATIVE_INFINITY;
        private double bestLoss = Double.POSITIVE_INFINITY;
        int bestEpoch;
        private int epoch;
        private int batches;
        private double lossSum;
        private long epochStart = System.nanoTime();

        EarlyStopping(Model model, Path dir, ExampleSet val, List<View> views, TrainingProgress progress) {
            this.model = model;
            this.dir = dir;
            this.val = val;
            this.views = views;
            this.progress = progress;
        }

        @Override
        public void onTrainingBatch(Trainer trainer, BatchData data) {
            for (var e : data.getPredictions().entrySet()) {
                NDList labels = data.getLabels().get(e.getKey());
                NDArray loss = trainer.getLoss().evaluate(labels, e.getValue());
                lossSum += loss.getFloat();
            }
            batches++;
            progress.batch(epoch + 1, batches);
        }

        @Override
        public void onEpoch(Trainer trainer) {
            epoch++;
            float[] s = Scoring.probabilities(model.getBlock(), trainer.getManager(), val, views);
            double prAuc = Metrics.averagePrecision(s, val.labels());
            double rocAuc = Metrics.rocAuc(s, val.labels());
            double loss = batches == 0 ? Double.NaN : lossSum / batches;
            double valLoss = crossEntropy(s, val.labels());
            // a small validation set often ties on PR-AUC (at 1.0, say): then the lower validation loss wins
            boolean improved = prAuc > best + 1e-9 || (Math.abs(prAuc - best) <= 1e-9 && valLoss < bestLoss);
            if (improved) {
                best = prAuc;
                bestLoss = valLoss;
                bestEpoch = epoch;
                try {
                    // without an epoch property DJL numbers each save anew (radio-cnn-0001.params, …): one file
                    model.setProperty("Epoch", "0");
                    model.save(dir, ModelCard.NAME);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException("cannot save the model into " + dir, e);
                }
            }
            ObjectNode h = history.addObject();
            h.put("epoch", epoch);
            h.put("loss", loss);
            h.put("val_pr_auc", prAuc);
            h.put("val_roc_auc", rocAuc);
            h.put("val_loss", valLoss);
            h.put("seconds", (System.nanoTime() - epochStart) / 1e9);
            epochStart = System.nanoTime();
            progress.epoch(epoch, loss, prAuc, rocAuc, improved);
            LOG.debug("epoch {}: loss {}, validation PR-AUC {}, ROC-AUC {}", epoch, loss, prAuc, rocAuc);
            batches = 0;
            lossSum = 0;
            if (epoch - bestEpoch >= options.patience()) {
                throw new Stop(epoch);
            }
        }
    }
}
