package radio.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import radio.spark.s3.S3Object;

/**
 * How the objects are cut into Spark partitions (one task each): in key order, a new partition whenever the
 * current one reaches the object limit or would pass the byte limit, and small enough that there are at least
 * {@value #TASKS_PER_CORE} partitions per core (so a slow partition does not leave the other cores idle at the
 * end). Sizes not known beforehand are estimated from the mission's typical light curve.
 */
final class Partitions {
    static final int TASKS_PER_CORE = 3;

    private Partitions() {
    }

    /**
     * The objects in partitions.
     *
     * @param maxObjects most objects in one partition
     * @param maxBytes   most bytes in one partition (a larger single object gets a partition of its own)
     * @param cores      the cores the job can use at once
     */
    static List<List<S3Object>> plan(List<S3Object> objects, int maxObjects, long maxBytes, int cores) {
        List<S3Object> sorted = new ArrayList<>(objects);
        sorted.sort(Comparator.comparing(S3Object::bucket).thenComparing(S3Object::key));
        int perCore = (int) Math.ceil(sorted.size() / (double) (Math.max(1, cores) * TASKS_PER_CORE));
        int limit = Math.max(1, Math.min(maxObjects, perCore));
        List<List<S3Object>> out = new ArrayList<>();
        List<S3Object> current = new ArrayList<>();
        long bytes = 0;
        for (S3Object o : sorted) {
            long size = o.size().orElse(estimate(o.key()));
            if (!current.isEmpty() && (current.size() >= limit || bytes + size > maxBytes)) {
                out.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(o);
            bytes += size;
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    /** The partitions as a data set of {@link Tables#OBJECTS} rows, partitioned exactly as planned. */
    static Dataset<Row> dataset(SparkSession spark, List<List<S3Object>> partitions) {
        List<List<Row>> rows = new ArrayList<>();
        for (List<S3Object> p : partitions) {
            rows.add(new ArrayList<>(p.stream().map(Tables::objectRow).toList()));
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // parallelize gives each of n elements its own slice when asked for n slices
        JavaRDD<Row> objects = jsc.parallelize(rows, Math.max(1, rows.size())).flatMap(List::iterator);
        return spark.createDataFrame(objects, Tables.OBJECTS);
    }

    /** A typical size for an object listed without one: TESS 2-minute 2 MB, Kepler/K2 long cadence 0.5 MB. */
    static long estimate(String key) {
        return switch (Seasons.ofKey(key).mission()) {
            case "tess" -> 2_000_000L;
            case "kepler", "k2" -> 500_000L;
            default -> 1_000_000L;
        };
    }
}
