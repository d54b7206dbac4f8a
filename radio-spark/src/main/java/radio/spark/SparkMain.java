package radio.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * {@code radio-spark}: parses the command line into a {@link JobConfig}, starts Spark (or joins the session
 * spark-submit made), runs the {@link SearchJob} and says what it did. Exit codes as radio's: 0 done, 1 some light
 * curves are in failures, 2 usage error (nothing attempted). Only {@link #main} exits the process.
 */
public final class SparkMain {
    private SparkMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    /** Runs one job; the environment is given so that tests can set it. */
    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        if (JobArguments.wantsHelp(args)) {
            out.print(JobArguments.USAGE);
            return 0;
        }
        JobConfig config;
        try {
            config = JobArguments.parse(args, env);
        } catch (UsageException e) {
            err.println("radio-spark: " + e.getMessage());
            err.println("Try 'radio-spark --help' for more information.");
            return 2;
        }
        long start = System.nanoTime();
        SparkSession spark = session(config);
        try {
            JobReport r = SearchJob.run(spark, config);
            r.firstFailures().forEach(line -> err.println("radio-spark: " + line));
            if (r.failed() > r.firstFailures().size()) {
                err.println("radio-spark: ... and " + (r.failed() - r.firstFailures().size()) + " more in "
                        + config.out() + "/failures");
            }
            out.println(summary(r, config, (System.nanoTime() - start) / 1e9));
            return r.exitCode();
        } catch (UsageException e) {
            err.println("radio-spark: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("radio-spark: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("radio-spark: interrupted");
            return 1;
        } finally {
            spark.stop();
        }
    }

    /**
     * The session: spark-submit's when it set a master, else one for {@code --master}. A local master binds to the
     * loopback address (nothing outside the machine needs to reach it).
     */
    private static SparkSession session(JobConfig config) {
        SparkSession.Builder b = SparkSession.builder().appName("radio-spark");
        SparkConf defaults = new SparkConf();
        String master = defaults.contains("spark.master") ? defaults.get("spark.master") : config.master();
        if (!defaults.contains("spark.master")) {
            b.master(master);
        }
        if (master.startsWith("local")) {
            b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
        }
        config.sparkConf().forEach(b::config);
        return b.getOrCreate();
    }

    private static String summary(JobReport r, JobConfig config, double seconds) {
        if (r.searched() + r.failed() == 0) {
            return String.format(Locale.ROOT, "radio-spark: %d light curves, all done earlier (%d in failures); "
                    + "nothing to do", r.requested(), r.failedEarlier());
        }
        return String.format(Locale.ROOT, "radio-spark: %d light curves: %d searched, %d failed%s%s; "
                        + "%d tasks, %.1f MB, %.1f s (%.1f light curves/s) -> %s",
                r.requested(), r.searched(), r.failed(),
                r.alreadyDone() > 0 ? ", " + r.alreadyDone() + " done earlier" : "",
                r.notLightCurves() > 0 ? ", " + r.notLightCurves() + " other files left out" : "",
                r.partitions(), r.bytes() / 1e6, seconds, (r.searched() + r.failed()) / seconds, config.out());
    }
}
