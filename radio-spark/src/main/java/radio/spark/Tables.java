package radio.spark;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import radio.spark.s3.S3Object;

/**
 * The job's tables. Units are in the column names as in {@code radio periodogram --format json} ({@code _days},
 * {@code _ppm}, {@code _per_day}); a number that is undefined (the error of an empty odd/even model) is null.
 * {@code mission} ({@code kepler}, {@code k2}, {@code tess}) and {@code season} ({@code q03}, {@code c05},
 * {@code s0001}) partition the output tables, so they live in the directory names.
 */
final class Tables {
    /** The columns the output tables are partitioned by (directory names {@code mission=tess/season=s0001}). */
    static final List<String> PARTITION_COLUMNS = List.of("mission", "season");

    /** The objects to search: input of the per-partition work. */
    static final StructType OBJECTS = schema(
            "bucket", StringType, false, "key", StringType, false, "size", LongType, true, "etag", StringType, true);

    /** The columns of {@code results}, partition columns last. */
    static final StructType RESULTS = schema(
            "key", StringType, false,
            "bucket", StringType, false,
            "bytes", LongType, false,
            "target", StringType, true,
            "target_id", LongType, true,
            "title", StringType, true,
            "time_system", StringType, true,
            "cadence_days", DoubleType, true,
            "points", IntegerType, false,
            "flatten_window_days", DoubleType, true,
            "noise_cdpp_ppm", DoubleType, true,
            "bls_periods", IntegerType, false,
            "bls_refined_periods", IntegerType, false,
            "bls_min_period_days", DoubleType, true,
            "bls_max_period_days", DoubleType, true,
            "bls_period_days", DoubleType, true,
            "bls_epoch", DoubleType, true,
            "bls_epoch_bjd", DoubleType, true,
            "bls_duration_days", DoubleType, true,
            "bls_depth_ppm", DoubleType, true,
            "bls_depth_err_ppm", DoubleType, true,
            "bls_snr", DoubleType, true,
            "bls_power", DoubleType, true,
            "bls_log_likelihood", DoubleType, true,
            "bls_transits", IntegerType, false,
            "depth_odd_ppm", DoubleType, true,
            "depth_odd_err_ppm", DoubleType, true,
            "depth_even_ppm", DoubleType, true,
            "depth_even_err_ppm", DoubleType, true,
            "depth_half_ppm", DoubleType, true,
            "depth_half_err_ppm", DoubleType, true,
            "depth_phased_ppm", DoubleType, true,
            "depth_phased_err_ppm", DoubleType, true,
            "harmonic_amplitude_ppm", DoubleType, true,
            "harmonic_delta_log_likelihood", DoubleType, true,
            "warnings", StringType, true,
            "ls_points", IntegerType, false,
            "ls_period_days", DoubleType, true,
            "ls_frequency_per_day", DoubleType, true,
            "ls_power", DoubleType, true,
            "ls_false_alarm_probability", DoubleType, true,
            "score", DoubleType, true,
            "score_skipped", StringType, true,
            "mission", StringType, false,
            "season", StringType, false);

    /** The columns of {@code failures}, partition columns last. */
    static final StructType FAILURES = schema(
            "key", StringType, false,
            "bucket", StringType, false,
            "stage", StringType, false,
            "error", StringType, false,
            "mission", StringType, false,
            "season", StringType, false);

    /** What the per-partition work returns for each object: {@code ok} with results or {@code failed}. */
    static final StructType OUTCOMES = outcomes();

    private Tables() {
    }

    /** An object as an {@link #OBJECTS} row. */
    static Row objectRow(S3Object o) {
        return RowFactory.create(o.bucket(), o.key(), o.size().isPresent() ? o.size().getAsLong() : null,
                o.etag().orElse(null));
    }

    /** An {@link #OBJECTS} row as an object. */
    static S3Object object(Row r) {
        return new S3Object(r.getString(0), r.getString(1), r.isNullAt(2) ? OptionalLong.empty()
                : OptionalLong.of(r.getLong(2)), Optional.ofNullable(r.isNullAt(3) ? null : r.getString(3)));
    }

    /**
     * An {@link #OUTCOMES} row from named values: every name must be a column; columns not given are null. NaN and
     * infinite doubles become null (as {@code radio periodogram}'s JSON writes them).
     */
    static Row outcomeRow(Map<String, Object> values) {
        Object[] cells = new Object[OUTCOMES.size()];
        for (Map.Entry<String, Object> e : values.entrySet()) {
            Object v = e.getValue();
            if (v instanceof Double d && !Double.isFinite(d)) {
                v = null;
            }
            cells[OUTCOMES.fieldIndex(e.getKey())] = v;
        }
        return RowFactory.create(cells);
    }

    /** The result columns, in order, for a select. */
    static org.apache.spark.sql.Column[] columns(StructType table) {
        return Arrays.stream(table.fieldNames()).map(org.apache.spark.sql.functions::col)
                .toArray(org.apache.spark.sql.Column[]::new);
    }

    private static StructType outcomes() {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField("status", StringType, false));
        fields.add(DataTypes.createStructField("stage", StringType, true));
        fields.add(DataTypes.createStructField("error", StringType, true));
        for (StructField f : RESULTS.fields()) {
            boolean always = f.name().equals("key") || f.name().equals("bucket") || PARTITION_COLUMNS.contains(f.name());
            fields.add(DataTypes.createStructField(f.name(), f.dataType(), !always));
        }
        return DataTypes.createStructType(fields);
    }

    /** A schema from (name, type, nullable) triples. */
    private static StructType schema(Object... nameTypeNullable) {
        List<StructField> fields = new ArrayList<>();
        for (int i = 0; i < nameTypeNullable.length; i += 3) {
            fields.add(DataTypes.createStructField((String) nameTypeNullable[i], (DataType) nameTypeNullable[i + 1],
                    (Boolean) nameTypeNullable[i + 2]));
        }
        return DataTypes.createStructType(fields);
    }
}
