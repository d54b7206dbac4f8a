package radio.sim.server;

/**
 * A failure the simulated archive can inject into a response.
 *
 * <p>The JDK HTTP server gives no access to the socket, so a TCP reset (RST) cannot be forced: connection-level
 * faults close the connection abruptly instead, which Java clients see as an {@code IOException} just the same.
 */
public enum Fault {
    /** HTTP 503 with {@code Retry-After}; S3 answers with an XML {@code ServiceUnavailable} error. Any endpoint. */
    HTTP_503,
    /** S3 only: HTTP 503 with the XML error {@code SlowDown} ("Please reduce your request rate."). */
    SLOW_DOWN,
    /** The connection is closed after the request was read, before any response byte. Any endpoint. */
    RESET,
    /**
     * HTTP 200 carrying the service's own error: MAST invoke {@code {"status":"ERROR","msg":...}} with a
     * transient-looking message, TAP an error document in the requested format. INVOKE and TAP only.
     */
    ERROR_STATUS,
    /**
     * The full {@code Content-Length} is announced, part of the body (20-80 %) is sent, then the connection is
     * closed. File GETs only (MAST download, S3 GetObject).
     */
    TRUNCATE,
    /**
     * Part of the body is sent, then nothing until the client gives up or the stall limit passes (then the
     * connection is closed). File GETs only.
     */
    STALL;

    /** Whether this fault makes sense for requests to the endpoint. */
    public boolean appliesTo(Endpoint endpoint) {
        return switch (this) {
            case HTTP_503, RESET -> true;
            case SLOW_DOWN -> endpoint.s3();
            case ERROR_STATUS -> endpoint == Endpoint.INVOKE || endpoint == Endpoint.TAP;
            case TRUNCATE, STALL -> Endpoint.FILE_BODIES.contains(endpoint);
        };
    }
}
