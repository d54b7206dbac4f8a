package radio.sim.server;

import java.util.Set;

/** The simulated endpoints, as counted, logged and targeted by faults. */
public enum Endpoint {
    /** MAST {@code /api/v0/invoke} (all {@code Mast.*} services). */
    INVOKE,
    /** MAST {@code /api/v0.1/path_lookup/}. */
    PATH_LOOKUP,
    /** MAST {@code GET /api/v0.1/Download/file}. */
    DOWNLOAD_GET,
    /** MAST {@code HEAD /api/v0.1/Download/file}. */
    DOWNLOAD_HEAD,
    /** SANTA {@code /Santa-war/query}. */
    RESOLVER,
    /** Exoplanet Archive {@code /TAP/sync}. */
    TAP,
    /** S3 {@code GET /<bucket>/<key>} (GetObject). */
    S3_GET,
    /** S3 {@code HEAD /<bucket>/<key>} (HeadObject). */
    S3_HEAD,
    /** S3 {@code GET /<bucket>?list-type=2} (ListObjectsV2). */
    S3_LIST,
    /** Any other S3 request (HeadBucket, GetBucketLocation, refused writes). */
    S3_OTHER,
    /** A path no simulated service owns (answered 404). */
    UNKNOWN;

    /** Endpoints that deliver file bytes: the ones truncation and stalls apply to. */
    public static final Set<Endpoint> FILE_BODIES = Set.of(DOWNLOAD_GET, S3_GET);

    /** Every endpoint that transfers or describes files (GET and HEAD, MAST and S3). */
    public static final Set<Endpoint> FILES = Set.of(DOWNLOAD_GET, DOWNLOAD_HEAD, S3_GET, S3_HEAD);

    /** The query services: MAST invoke and path lookup, SANTA, TAP. */
    public static final Set<Endpoint> QUERIES = Set.of(INVOKE, PATH_LOOKUP, RESOLVER, TAP);

    /** True for the S3 endpoints. */
    public boolean s3() {
        return this == S3_GET || this == S3_HEAD || this == S3_LIST || this == S3_OTHER;
    }
}
