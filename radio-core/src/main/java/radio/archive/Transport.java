package radio.archive;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Where every request of radio goes out: archive queries (MAST, the resolver, the Exoplanet Archive) and file
 * downloads from MAST and the public S3 bucket (signed S3 requests go through the AWS SDK instead). The same method
 * as {@link HttpClient#send}, so a JDK client is a transport ({@code client::send}) and a wrapper that records,
 * rewrites or throttles requests is a few lines.
 *
 * <p><b>Contract.</b> Thread-safe: radio sends many requests at once. Return the response whatever its status (a
 * 404 or 503 is an answer, not an exception); throw {@link IOException} only when no usable response arrived.
 * Must not follow redirects when a MAST token is configured: radio follows MAST's redirects itself and keeps the
 * token from other hosts. Streamed bodies are closed by radio.
 */
public interface Transport {
    <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException;
}
