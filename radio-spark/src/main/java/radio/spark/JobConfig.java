package radio.spark;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One run of the job, validated before anything is read or written.
 *
 * @param master            Spark master when not run by spark-submit (which sets its own), e.g. {@code local[2]}
 * @param sparkConf         further Spark settings ({@code --conf key=value})
 * @param manifest          a manifest file or {@code s3://} object naming the objects; or empty, with a prefix
 * @param prefix            a bucket prefix whose light curves are listed; or empty, with a manifest
 * @param out               the output folder (local path or a Hadoop URI such as {@code s3a://…})
 * @param format            parquet or csv
 * @param bucket            the bucket of bare keys in manifests
 * @param partitionObjects  most objects per partition
 * @param partitionBytes    most bytes per partition
 * @param search            what each task needs
 */
record JobConfig(String master, Map<String, String> sparkConf, Optional<String> manifest, Optional<S3Uri> prefix,
                 String out, Format format, String bucket, int partitionObjects, long partitionBytes,
                 SearchSettings search) {
    JobConfig {
        Objects.requireNonNull(master, "master");
        sparkConf = Map.copyOf(sparkConf);
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(prefix, "prefix");
        if (manifest.isPresent() == prefix.isPresent()) {
            throw new IllegalArgumentException("give either a manifest or a prefix");
        }
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(search, "search");
    }
}
