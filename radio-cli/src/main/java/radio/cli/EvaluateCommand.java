package radio.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import radio.ml.model.Classifier;
import radio.ml.model.Evaluation;
import radio.ml.model.Metrics;
import radio.ml.model.MetricsJson;
import radio.ml.model.ModelException;

/** {@code radio evaluate --model DIR --dataset DIR [--split test] [--format text|json] [--plots DIR]}. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Measure a model on a data set split: ROC-AUC, PR-AUC, precision, recall, F1, confusion.",
        description = {"Metrics follow scikit-learn (roc_auc_score, average_precision_score; precision, recall and "
                + "F1 of probability >= threshold). JSON keys: roc_auc, pr_auc, precision, recall, f1, threshold, "
                + "confusion {tn, fp, fn, tp}, examples, positives, split. --plots writes roc.png and pr.png."},
        sortOptions = false)
final class EvaluateCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "DIR", description = "A folder made by 'radio train'.")
    Path model;

    @Option(names = "--dataset", required = true, paramLabel = "DIR", description = "A folder made by 'radio dataset build'.")
    Path dataset;

    @Option(names = "--split", paramLabel = "NAME", defaultValue = "test", description = "train, val or test. Default: test.")
    String split;

    @Option(names = "--threshold", paramLabel = "P", description = "Decision threshold. Default: the model card's.")
    Double threshold;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Default: text.")
    Format format;

    @Option(names = "--plots", paramLabel = "DIR", description = "Write the ROC and precision-recall curves there.")
    Path plots;

    private final CliContext context;

    EvaluateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        CommandLine cl = spec.commandLine();
        if (!split.equals("train") && !split.equals("val") && !split.equals("test")) {
            throw new CommandLine.ParameterException(cl, "--split must be train, val or test, not '" + split + "'");
        }
        if (threshold != null && !(threshold >= 0 && threshold <= 1)) {
            throw new CommandLine.ParameterException(cl, "--threshold must be between 0 and 1: " + threshold);
        }
        MlRuntime.prepare(context);
        Evaluation.Report r;
        try (Classifier c = Classifier.load(context.workingDir().resolve(model).normalize())) {
            r = Evaluation.evaluate(c, context.workingDir().resolve(dataset).normalize(), split,
                    threshold == null ? OptionalDouble.empty() : OptionalDouble.of(threshold),
                    Optional.ofNullable(plots).map(p -> context.workingDir().resolve(p)));
        } catch (ModelException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
        PrintWriter o = cl.getOut();
        Metrics m = r.metrics();
        if (format == Format.json) {
            ObjectNode json = MetricsJson.of(m);
            json.put("split", split);
            o.println(json.toPrettyString());
        } else {
            o.printf(Locale.ROOT, "%s split: %d stars, %d hosts%n", split, r.targets().size(), m.tp() + m.fn());
            o.printf(Locale.ROOT, "  ROC-AUC    %.4f%n  PR-AUC     %.4f%n", m.rocAuc(), m.prAuc());
            o.printf(Locale.ROOT, "  threshold  %.4f: precision %.4f, recall %.4f, F1 %.4f%n", m.threshold(),
                    m.precision(), m.recall(), m.f1());
            o.printf(Locale.ROOT, "  confusion  predicted host / not%n    host     %5d %5d%n    not      %5d %5d%n",
                    m.tp(), m.fn(), m.fp(), m.tn());
            r.plots().forEach(p -> o.println("  plot       " + p));
        }
        return 0;
    }
}
