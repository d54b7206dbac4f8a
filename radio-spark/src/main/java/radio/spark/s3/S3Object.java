package radio.spark.s3;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An object to fetch: where it is and, when a listing or manifest said so, its size and ETag (checked against
 * what arrives).
 *
 * @param bucket bucket name, e.g. {@code stpubdata}
 * @param key    object key without a leading slash
 * @param size   bytes, when known beforehand
 * @param etag   the ETag as listed (quoted hex MD5 for single-part uploads), when known
 */
public record S3Object(String bucket, String key, OptionalLong size, Optional<String> etag) {
    public S3Object {
        if (bucket == null || bucket.isBlank() || bucket.contains("/")) {
            throw new IllegalArgumentException("not a bucket name: '" + bucket + "'");
        }
        if (key == null || key.isEmpty() || key.startsWith("/")) {
            throw new IllegalArgumentException("not an object key: '" + key + "'");
        }
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(etag, "etag");
    }

    /** An object known by name only. */
    public static S3Object of(String bucket, String key) {
        return new S3Object(bucket, key, OptionalLong.empty(), Optional.empty());
    }

    /** {@code s3://bucket/key}. */
    public String uri() {
        return "s3://" + bucket + "/" + key;
    }

    /** The last segment of the key, e.g. {@code tess2018206045859-s0001-0000000025155310-0120-s_lc.fits}. */
    public String fileName() {
        return key.substring(key.lastIndexOf('/') + 1);
    }
}
