package radio.archive;

import java.io.IOException;
import java.net.http.HttpResponse.BodyHandler;

/**
 * Sends one request and returns the response, whatever its status. The single seam of radio's HTTP stack:
 * {@link JdkHttp} talks to the network; {@link RetryingHttp}, {@link HostLimitedHttp} and {@link LoggingHttp}
 * wrap another {@code Http} and add one concern each (see {@link #standard}).
 *
 * <p>Implementations are thread-safe. A non-2xx status is a normal return, not an exception; an
 * {@link IOException} means no usable response arrived.
 */
@FunctionalInterface
public interface Http {

    <T> Response<T> send(Request request, BodyHandler<T> handler) throws IOException, InterruptedException;

    /**
     * radio's usual stack around a network sender: retries outermost (so a backoff sleep holds no connection
     * slot), then the per-host cap, then debug logging of every attempt.
     */
    static Http standard(Http network, RetryPolicy retry, HostLimits limits, LoggingHttp.Secrets secrets) {
        return new RetryingHttp(new HostLimitedHttp(new LoggingHttp(network, secrets), limits), retry);
    }
}
