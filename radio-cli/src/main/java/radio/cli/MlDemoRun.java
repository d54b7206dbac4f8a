package radio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import radio.ml.demo.MlDemo;
import radio.ml.model.TrainingProgress;

/** {@code radio demo --ml}: prints the steps of {@link MlDemo} as it runs them. */
final class MlDemoRun {
    private MlDemoRun() {
    }

    static int run(CliContext context, Path dir, PrintWriter say) throws Exception {
        MlRuntime.prepare(context);
        long t0 = System.nanoTime();
        say.println("radio demo --ml: simulate labelled stars -> download -> data set -> train -> evaluate, offline");
        say.flush();
        MlDemo.Result r = MlDemo.run(dir, MlDemoRun::simulator, context.userHome(), MlDemo.Settings.DEFAULT, line -> {
            say.println(line);
            say.flush();
        }, new TrainingProgress() {
            @Override
            public void epoch(int epoch, double loss, double valPrAuc, double valRocAuc, boolean best) {
                say.printf(Locale.ROOT, "            epoch %2d  loss %.4f  val PR-AUC %.3f  ROC-AUC %.3f%s%n", epoch,
                        loss, valPrAuc, valRocAuc, best ? "  (kept)" : "");
                say.flush();
            }
        });
        say.printf(Locale.ROOT, "done in %.0f s. Data set: %s  model: %s  plots: %s%n", (System.nanoTime() - t0) / 1e9,
                dir.resolve("dataset"), dir.resolve("model"), dir.resolve("plots"));
        say.flush();
        return r.dataset().skipped().isEmpty() ? 0 : 1;
    }

    /** radio's simulator in a JVM of its own, serving the labelled stars and writing their labels file. */
    private static MlDemo.LabelledArchive simulator(int stars, String population, long seed, Path dir)
            throws IOException, InterruptedException {
        Path labels = dir.resolve("labels.csv");
        SimProcess sim = SimProcess.start(List.of("--seed", Long.toString(seed), "--extra-k2-targets", "0",
                "--kepler-targets", "0", "--tess-targets", "0", "--labelled-stars", Integer.toString(stars),
                "--population", population, "--labels-out", labels.toString()));
        return new MlDemo.LabelledArchive() {
            @Override
            public Map<String, String> environment() {
                return sim.clientEnvironment();
            }

            @Override
            public Path labels() {
                return labels;
            }

            @Override
            public void close() {
                sim.close();
            }
        };
    }
}
