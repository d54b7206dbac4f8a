import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import radio.lightcurve.Flatten;
import radio.lightcurve.LightCurve;
import radio.lightcurve.LightCurves;
import radio.lightcurve.SigmaClip;
import radio.periodsearch.PeriodRange;
import radio.periodsearch.TransitSearch;
import radio.periodsearch.TransitSearchOptions;

/**
 * Helper of docs/benchmarks.md (Spark, table A): thread CPU time per file of the steps of radio-spark's per-object work
 * that the command line does not do or does differently: read, the job's noise-figure flatten (2.06 days), and the
 * BLS search on table A's grid, after 20 warm-up files. Run after table A's bench/spark.sh has left its files:
 * java -cp "radio-cli/target/radio.jar:radio-cli/target/lib/*" bench/SparkSteps.java bench/out/spark/kepler bench/out/spark/tess
 */
public class SparkSteps {
    public static void main(String[] dirs) throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (String dir : dirs) {
            List<Path> files;
            try (var s = Files.list(Path.of(dir))) {
                files = s.sorted().limit(120).toList();
            }
            TransitSearchOptions bls = TransitSearchOptions.DEFAULT.withThreads(1).withPeriods(PeriodRange.of(0.5, 5.0))
                    .withFrequencyFactor(100).withDurationsDays(List.of(0.05, 0.1, 0.2));
            long read = 0;
            long noise = 0;
            long search = 0;
            int n = 0;
            for (int i = 0; i < files.size(); i++) {
                long t0 = mx.getCurrentThreadCpuTime();
                LightCurve lc = LightCurves.read(files.get(i));
                long t1 = mx.getCurrentThreadCpuTime();
                LightCurve norm = lc.normalize();
                // radio.spark.Noise: 101 Kepler long cadences, whatever the file's cadence
                norm.flatten(Flatten.DEFAULT.withWindowDays(101 * 29.4244 / 1440, lc.cadenceDays()))
                        .removeOutliers(SigmaClip.of(5));
                long t2 = mx.getCurrentThreadCpuTime();
                TransitSearch.run(List.of(lc), bls);
                long t3 = mx.getCurrentThreadCpuTime();
                if (i >= 20) { // after 20 warm-up files
                    read += t1 - t0;
                    noise += t2 - t1;
                    search += t3 - t2;
                    n++;
                }
            }
            System.out.printf("%s: %d files, CPU ms per file: read %.1f, noise flatten %.1f, BLS search %.1f%n", dir, n,
                    read / 1e6 / n, noise / 1e6 / n, search / 1e6 / n);
        }
    }
}
