package radio.spark;

/**
 * {@code s3://bucket/key-or-prefix}, as given on the command line or in a manifest.
 *
 * @param bucket the bucket
 * @param key    the key or prefix, without a leading slash; may be empty (the whole bucket) for a prefix
 */
record S3Uri(String bucket, String key) {
    static S3Uri parse(String text) {
        if (!text.startsWith("s3://")) {
            throw new IllegalArgumentException("'" + text + "' is not an s3://bucket/key URI");
        }
        String rest = text.substring("s3://".length());
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        if (bucket.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' names no bucket");
        }
        return new S3Uri(bucket, slash < 0 ? "" : rest.substring(slash + 1));
    }

    @Override
    public String toString() {
        return "s3://" + bucket + "/" + key;
    }
}
