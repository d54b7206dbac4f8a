package radio.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * The job's one transformation: objects ({@link Tables#OBJECTS}) in, one outcome row per object
 * ({@link Tables#OUTCOMES}: results, or the failed stage and why) out, partition by partition. Each object's row
 * depends on that object alone, so the outcome does not depend on how the input is partitioned.
 */
final class LightCurveSearch {
    private LightCurveSearch() {
    }

    static Dataset<Row> search(Dataset<Row> objects, SearchSettings settings) {
        return objects.mapPartitions(new SearchPartition(settings), Encoders.row(Tables.OUTCOMES));
    }
}
