package radio.transfer;

/**
 * An object in an S3 bucket.
 *
 * @param bucket bucket name, e.g. {@code stpubdata}
 * @param key    object key without a leading slash, e.g. {@code k2/public/lightcurves/c3/…_llc.fits}; taken as given
 *               (a hostile key is refused when the destination is computed, not here)
 */
public record S3Location(String bucket, String key) {
    public S3Location {
        if (bucket == null || bucket.isBlank() || bucket.contains("/")) {
            throw new IllegalArgumentException("not a bucket name: '" + bucket + "'");
        }
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("empty S3 key in bucket " + bucket);
        }
    }

    /** {@code s3://bucket/key}. */
    public String uri() {
        return "s3://" + bucket + "/" + key;
    }

    @Override
    public String toString() {
        return uri();
    }
}
