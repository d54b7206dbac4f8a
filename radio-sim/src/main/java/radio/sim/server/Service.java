package radio.sim.server;

import java.io.IOException;

/** One simulated web service behind a {@link Dispatcher}. Implementations must be thread-safe. */
public interface Service {
    /** Which counted endpoint a request reaches. */
    Endpoint classify(Request request);

    /** Answers the request. {@link Reply#fault()} tells which fault (if any) the answer must carry. */
    void handle(Request request, Reply reply) throws IOException;

    /** Answers HTTP 503 (or S3's SlowDown) in this service's style. */
    default void unavailable(Request request, Reply reply, Fault fault) throws IOException {
        reply.header("Retry-After", Long.toString(reply.retryAfterSeconds()));
        reply.send(503, "text/html", ("<html><head><title>503 Service Temporarily Unavailable</title></head>"
                + "<body><center><h1>503 Service Temporarily Unavailable</h1></center></body></html>\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
