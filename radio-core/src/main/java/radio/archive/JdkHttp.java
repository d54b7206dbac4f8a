package radio.archive;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.time.Duration;
import java.util.Objects;
import radio.config.RadioConfig;

/**
 * Sends requests through a shared {@link HttpClient}. The client is owned by whoever built it (normally the
 * composition root); this class never closes or reconfigures it. Thread-safe.
 */
public final class JdkHttp implements Http {
    private final HttpClient client;
    private final Duration defaultTimeout;

    /**
     * @param client         the shared client
     * @param defaultTimeout time allowed for a response when the request does not set its own
     */
    public JdkHttp(HttpClient client, Duration defaultTimeout) {
        this.client = Objects.requireNonNull(client, "client");
        this.defaultTimeout = Objects.requireNonNull(defaultTimeout, "defaultTimeout");
    }

    /**
     * The one client radio shares between its archive clients and the transfer engine: HTTP/1.1 (so per-host
     * limits count real connections), the configured connect timeout, TLS set up at the first {@code https}
     * connection rather than at start-up ({@link LazyTls}). Redirects are followed except https→http (SANTA's
     * {@code http://} form answers 301 to {@code https://}) — but not when a MAST token is configured, because
     * the JDK 17 client copies {@code Cookie} headers to any redirect target; the transfer engine then follows
     * MAST's redirects itself and drops the token when they leave the host. Cookies are kept per archive
     * client, not here.
     */
    public static HttpClient newClient(RadioConfig config) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout())
                .followRedirects(config.mastToken().isPresent() ? HttpClient.Redirect.NEVER : HttpClient.Redirect.NORMAL)
                .sslContext(LazyTls.defaultContext())
                .sslParameters(LazyTls.clientParameters())
                .build();
    }

    @Override
    public <T> Response<T> send(Request request, BodyHandler<T> handler) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(request.uri())
                .timeout(request.timeout().orElse(defaultTimeout));
        for (Request.Header h : request.headers()) {
            b.header(h.name(), h.value());
        }
        if (request.hasBody()) {
            b.method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body()));
        } else {
            b.method(request.method(), HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<T> r = client.send(b.build(), handler);
        return new Response<>(request, r.statusCode(), r.headers(), r.body());
    }
}
