package radio.spark;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The output folder: {@code results/} and {@code failures/}, each a table partitioned by mission and season,
 * appended to by every run. Spark's commit protocol writes each task's files under {@code _temporary} and moves
 * only the committed attempt's files into place when the job commits, so a failed or speculative task attempt
 * leaves no rows behind, and a run that dies leaves nothing half-written in the tables (the next run finds the
 * light curves still to do).
 */
final class OutputTables {
    static final String RESULTS = "results";
    static final String FAILURES = "failures";

    /**
     * What earlier runs left: the objects ({@code s3://bucket/key}) in either table, and those in failures.
     *
     * @param done   in results or failures: not searched again
     * @param failed in failures
     */
    record Done(Set<String> done, Set<String> failed) {
    }

    private final SparkSession spark;
    private final Path root;
    private final Format format;
    private final FileSystem fs;

    /**
     * Checks the folder before any work: it may be missing, empty, or hold the two tables in this format — never
     * anything else, which radio did not make and will not write over.
     *
     * @throws UsageException naming the folder and what is in the way
     */
    OutputTables(SparkSession spark, String out, Format format) throws UsageException {
        this.spark = spark;
        this.root = new Path(out);
        this.format = format;
        try {
            this.fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!fs.exists(root)) {
                return;
            }
            FileStatus status = fs.getFileStatus(root);
            if (!status.isDirectory()) {
                throw new UsageException("--out " + out + " is a file, not a folder");
            }
            for (FileStatus child : fs.listStatus(root)) {
                String name = child.getPath().getName();
                if (!child.isDirectory() || !(name.equals(RESULTS) || name.equals(FAILURES))) {
                    throw new UsageException("--out " + out + " holds " + name + ", which radio-spark did not write: "
                            + "give an empty or new folder, or one of an earlier run");
                }
                checkFormat(out, child.getPath());
            }
        } catch (IOException e) {
            throw new UsageException("--out " + out + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private void checkFormat(String out, Path table) throws IOException, UsageException {
        RemoteIterator<LocatedFileStatus> files = fs.listFiles(table, true);
        while (files.hasNext()) {
            String name = files.next().getPath().getName();
            if (name.startsWith("part-") && !name.endsWith(format.fileSuffix())) {
                throw new UsageException("--out " + out + ": " + table.getName() + " was written in another format ("
                        + name + "); give --format " + (format == Format.CSV ? "parquet" : "csv")
                        + " or another folder");
            }
        }
    }

    /** The objects earlier runs searched or failed on. */
    Done done() throws IOException {
        Set<String> failed = uris(FAILURES, Tables.FAILURES);
        Set<String> done = new HashSet<>(uris(RESULTS, Tables.RESULTS));
        done.addAll(failed);
        return new Done(done, failed);
    }

    private Set<String> uris(String table, org.apache.spark.sql.types.StructType schema) throws IOException {
        Path dir = new Path(root, table);
        if (!fs.exists(dir) || !hasData(dir)) {
            return Set.of();
        }
        Dataset<Row> rows = format == Format.CSV
                ? spark.read().schema(schema).option("header", true).csv(dir.toString())
                : spark.read().parquet(dir.toString());
        List<Row> keys = rows.selectExpr("concat('s3://', bucket, '/', key)").distinct().collectAsList();
        Set<String> out = new HashSet<>();
        keys.forEach(r -> out.add(r.getString(0)));
        return out;
    }

    private boolean hasData(Path dir) throws IOException {
        RemoteIterator<LocatedFileStatus> files = fs.listFiles(dir, true);
        while (files.hasNext()) {
            if (files.next().getPath().getName().endsWith(format.fileSuffix())) {
                return true;
            }
        }
        return false;
    }

    /** Appends rows to a table, partitioned by mission and season. */
    void append(String table, Dataset<Row> rows) {
        rows.write().mode(SaveMode.Append).format(format.sparkName()).option("header", true)
                .partitionBy(Tables.PARTITION_COLUMNS.toArray(String[]::new))
                .save(new Path(root, table).toString());
    }
}
