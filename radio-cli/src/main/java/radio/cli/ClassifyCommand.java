package radio.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import radio.ml.model.Classifier;
import radio.ml.model.ModelException;
import radio.ml.model.StarClassification;

/** {@code radio classify --model DIR FILE… [--format csv|json]}. */
@Command(name = "classify", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Rank stars by the probability that they host a transiting planet.",
        description = {"Groups the files by star, prepares each star as the model's data set was prepared (folded "
                + "on radio's own BLS peak), and prints one row per star, most likely host first: "
                + "target,probability (csv, with period_days of the fold) or a JSON array. A star that cannot be "
                + "prepared is named on stderr (exit 1)."},
        sortOptions = false)
final class ClassifyCommand implements Callable<Integer> {
    enum Format { csv, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "DIR", description = "A folder made by 'radio train'.")
    Path model;

    @Option(names = "--format", paramLabel = "csv|json", defaultValue = "csv", description = "Default: csv.")
    Format format;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "0 (default) = all processors.")
    int threads;

    @Option(names = "--manifest", paramLabel = "FILE", description = "Take the files from a download manifest.")
    Path manifest;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Light-curve FITS files.")
    List<Path> files;

    private final CliContext context;

    ClassifyCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        CommandLine cl = spec.commandLine();
        List<Path> inputs = FileArguments.resolve(cl, context, files, manifest);
        MlRuntime.prepare(context);
        StarClassification.Result result;
        try (Classifier c = Classifier.load(context.workingDir().resolve(model).normalize())) {
            result = StarClassification.classify(c, inputs, threads);
        } catch (ModelException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
        PrintWriter o = cl.getOut();
        if (format == Format.json) {
            ObjectMapper json = new ObjectMapper();
            ArrayNode rows = json.createArrayNode();
            for (StarClassification.Scored s : result.ranked()) {
                ObjectNode r = rows.addObject();
                r.put("target", s.target());
                r.put("probability", s.probability());
                r.put("period_days", s.periodDays());
                r.putPOJO("files", s.files());
            }
            o.println(rows.toPrettyString());
        } else {
            o.println("target,probability,period_days");
            for (StarClassification.Scored s : result.ranked()) {
                o.printf(Locale.ROOT, "%s,%.6f,%.6f%n", s.target(), s.probability(), s.periodDays());
            }
        }
        o.flush();
        result.skipped().forEach(s -> cl.getErr().println("radio: skipped " + s.star() + ": " + s.reason()));
        return result.skipped().isEmpty() ? 0 : 1;
    }
}
