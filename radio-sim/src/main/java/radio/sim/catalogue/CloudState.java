package radio.sim.catalogue;

/** Where a product stands with respect to the simulated public bucket. */
public enum CloudState {
    /** {@code path_lookup} gives its key; anonymous S3 GET/HEAD succeed. */
    PUBLIC,
    /** {@code path_lookup} gives its key, but S3 answers 403 {@code AccessDenied}: fall back to MAST. */
    PRIVATE,
    /** {@code path_lookup} gives its key, but the bucket has no such object (S3 404 {@code NoSuchKey}). */
    MISSING,
    /** {@code path_lookup} answers {@code status_code 404, path null}: only MAST serves it (all HLSPs here). */
    NOT_IN_CLOUD
}
