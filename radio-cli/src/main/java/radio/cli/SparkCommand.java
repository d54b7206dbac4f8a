package radio.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code radio spark ARGS}: runs the {@code radio-spark} job (module radio-spark) in a JVM of its own, with Spark's
 * class path, so that Spark stays off radio's. Everything after {@code spark} is the job's; its output is passed
 * through and its exit code returned. The JVM's options and class path are in {@code radio-spark/target/
 * radio-spark.args}, which the build writes beside radio-cli (or the file the system property
 * {@code radio.spark.launcher} names).
 */
@Command(name = "spark",
        header = "Search light curves for transits on Apache Spark.",
        description = {
            "Runs the radio-spark job: Spark tasks fetch light curves from S3 into memory and search them as "
                    + "'radio periodogram' does, writing results and failures tables. Locally by default "
                    + "(--master local[*]); on a cluster, submit radio-spark's job jar with spark-submit "
                    + "(docs/scale.md). 'radio spark --help' lists the job's options."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  radio spark --prefix s3://stpubdata/tess/public/tid/s0001/ --out s1",
            "  radio spark --manifest found.csv --out survey --format csv",
            "",
            "Exit codes: 0 every light curve searched · 1 some are in failures",
            "· 2 usage error, or radio-spark is not built"})
final class SparkCommand implements Callable<Integer> {
    static final String LAUNCHER_PROPERTY = "radio.spark.launcher";

    @Spec
    CommandSpec spec;

    @Unmatched
    List<String> jobArguments = new ArrayList<>();

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path launcher = launcher();
        if (!Files.isRegularFile(launcher)) {
            err.println("radio: radio-spark is not built (no " + launcher + "); build it with 'mvn -B -q -DskipTests "
                    + "package'");
            return 2;
        }
        List<String> command = new ArrayList<>(List.of(java(), "@" + launcher));
        command.addAll(jobArguments);
        Process job = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.INHERIT).start();
        Thread errors = pump(job.getErrorStream(), err);
        pump(job.getInputStream(), out).join();
        errors.join();
        return job.waitFor();
    }

    /** Copies the job's output as it comes (its progress included). */
    private static Thread pump(InputStream from, PrintWriter to) {
        Thread t = new Thread(() -> {
            try (Reader r = new InputStreamReader(from, Charset.defaultCharset())) {
                char[] buf = new char[8192];
                for (int n; (n = r.read(buf)) >= 0; ) {
                    synchronized (to) {
                        to.write(buf, 0, n);
                        to.flush();
                    }
                }
            } catch (IOException e) {
                // the job is gone: its exit code tells
            }
        }, "radio-spark-output");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** The launcher arguments: as configured, else where the build puts them beside radio-cli. */
    private static Path launcher() {
        String configured = System.getProperty(LAUNCHER_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        // radio-cli/target/radio.jar or radio-cli/target/classes: the checkout is two folders up
        return codeSource().map(Path::getParent).map(Path::getParent).map(Path::getParent)
                .map(root -> root.resolve("radio-spark").resolve("target").resolve("radio-spark.args"))
                .orElse(Path.of("radio-spark", "target", "radio-spark.args"));
    }

    private static Optional<Path> codeSource() {
        try {
            return Optional.of(Path.of(SparkCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
