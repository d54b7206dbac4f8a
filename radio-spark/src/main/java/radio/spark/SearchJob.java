package radio.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import radio.spark.s3.PublicBucket;
import radio.spark.s3.S3Object;

/**
 * One run, on the driver: check the output folder, read the input, leave out what earlier runs did, cut the rest
 * into partitions, search them ({@link LightCurveSearch}) and append the outcomes to {@code results} and
 * {@code failures}. The outcomes are computed once (persisted) and written by two Spark jobs.
 */
final class SearchJob {
    private static final Logger LOG = LoggerFactory.getLogger(SearchJob.class);
    private static final int FAILURES_SHOWN = 20;

    private SearchJob() {
    }

    static JobReport run(SparkSession spark, JobConfig config)
            throws UsageException, IOException, InterruptedException {
        OutputTables out = new OutputTables(spark, config.out(), config.format());
        SearchSettings s = config.search();
        PublicBucket bucket = s.newBucket();
        Inputs.Requested requested = Inputs.read(config, bucket);
        OutputTables.Done done = out.done();
        List<S3Object> todo = requested.objects().stream().filter(o -> !done.done().contains(o.uri())).toList();
        int failedEarlier = (int) requested.objects().stream().filter(o -> done.failed().contains(o.uri())).count();
        int alreadyDone = requested.objects().size() - todo.size();
        if (todo.isEmpty()) {
            return new JobReport(requested.objects().size(), requested.notLightCurves(), alreadyDone, 0, 0,
                    failedEarlier, 0, 0, List.of());
        }
        List<List<S3Object>> plan = Partitions.plan(todo, config.partitionObjects(), config.partitionBytes(),
                spark.sparkContext().defaultParallelism());
        LOG.info("{} light curves to search in {} partitions ({} done earlier)", todo.size(), plan.size(),
                alreadyDone);
        Dataset<Row> outcomes = LightCurveSearch.search(Partitions.dataset(spark, plan), s)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long searched = 0;
            long failed = 0;
            long bytes = 0;
            for (Row r : outcomes.groupBy("status").agg(count(lit(1)), sum("bytes")).collectAsList()) {
                if (r.getString(0).equals("ok")) {
                    searched = r.getLong(1);
                    bytes = r.isNullAt(2) ? 0 : r.getLong(2);
                } else {
                    failed = r.getLong(1);
                }
            }
            Dataset<Row> failures = outcomes.filter(col("status").equalTo("failed"));
            out.append(OutputTables.RESULTS, outcomes.filter(col("status").equalTo("ok"))
                    .select(Tables.columns(Tables.RESULTS)));
            out.append(OutputTables.FAILURES, failures.select(Tables.columns(Tables.FAILURES)));
            List<String> first = failures.orderBy("bucket", "key").limit(FAILURES_SHOWN)
                    .selectExpr("concat('s3://', bucket, '/', key, ': ', stage, ': ', error)").collectAsList()
                    .stream().map(r -> r.getString(0)).toList();
            return new JobReport(requested.objects().size(), requested.notLightCurves(), alreadyDone, searched,
                    failed, failedEarlier, plan.size(), bytes, first);
        } finally {
            outcomes.unpersist();
        }
    }
}
