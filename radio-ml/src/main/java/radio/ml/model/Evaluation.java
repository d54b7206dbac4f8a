package radio.ml.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import radio.ml.dataset.Example;
import radio.ml.dataset.ParquetDataset;
import radio.plot.CurvePlot;

/**
 * Scores one split of a data set with a model and measures the result ({@link Metrics}); optionally writes the
 * ROC and precision–recall curves as PNGs ({@code roc.png}, {@code pr.png}).
 */
public final class Evaluation {
    private Evaluation() {
    }

    /**
     * The outcome of an evaluation.
     *
     * @param split   the split scored
     * @param metrics at the threshold
     * @param targets stars, in data set order
     * @param labels  their labels
     * @param scores  their probabilities
     * @param plots   PNGs written
     */
    public record Report(String split, Metrics metrics, List<String> targets, int[] labels, float[] scores,
                         List<Path> plots) {
    }

    /**
     * Evaluates {@code model} on {@code split} of the data set in {@code datasetDir}.
     *
     * @param threshold the decision threshold; empty: the model card's
     * @param plotsDir  where to write {@code roc.png} and {@code pr.png}; empty: no plots
     * @throws ModelException when the data set lacks the model's views or has other lengths, or the split is
     *                        empty
     */
    public static Report evaluate(Classifier model, Path datasetDir, String split, OptionalDouble threshold,
                                  Optional<Path> plotsDir) throws IOException {
        Path parquet = datasetDir.resolve(ParquetDataset.FILE);
        if (!Files.isRegularFile(parquet)) {
            throw new ModelException(datasetDir + " is not a radio data set: it has no " + ParquetDataset.FILE);
        }
        List<Example> rows = new ArrayList<>();
        ParquetDataset.read(parquet, model.views(), e -> {
            if (e.split().equals(split)) {
                rows.add(e);
            }
        });
        if (rows.isEmpty()) {
            throw new ModelException("the " + split + " split of " + datasetDir + " is empty");
        }
        float[] scores = model.probabilities(rows);
        int[] labels = rows.stream().mapToInt(Example::label).toArray();
        double t = threshold.orElse(model.card().threshold());
        Metrics m = Metrics.of(scores, labels, t);
        List<Path> plots = new ArrayList<>();
        if (plotsDir.isPresent()) {
            Path dir = plotsDir.get();
            Files.createDirectories(dir);
            String name = model.card().architecture().key() + ", " + split + " split, " + rows.size() + " stars";
            Metrics.Curve roc = Metrics.Curve.roc(scores, labels);
            Path rocPng = dir.resolve("roc.png");
            CurvePlot.of(String.format(java.util.Locale.ROOT, "ROC (AUC %.3f): %s", m.rocAuc(), name),
                    "false positive rate", "true positive rate",
                    List.of(new CurvePlot.Curve("model", roc.x(), roc.y()),
                            new CurvePlot.Curve("chance", new double[] {0, 1}, new double[] {0, 1})))
                    .writePng(rocPng);
            plots.add(rocPng);
            Metrics.Curve pr = Metrics.Curve.precisionRecall(scores, labels);
            Path prPng = dir.resolve("pr.png");
            double base = (double) pr.totalPositives() / labels.length;
            CurvePlot.of(String.format(java.util.Locale.ROOT, "Precision–recall (AP %.3f): %s", m.prAuc(), name),
                    "recall", "precision",
                    List.of(new CurvePlot.Curve("model", pr.x(), pr.y()),
                            new CurvePlot.Curve("chance", new double[] {0, 1}, new double[] {base, base})))
                    .writePng(prPng);
            plots.add(prPng);
        }
        return new Report(split, m, rows.stream().map(Example::target).toList(), labels, scores, plots);
    }
}
