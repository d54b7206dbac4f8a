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
 * Sends radio's {@link Request}s through a {@link Transport} (normally the one {@link HttpClient} that
 * {@link #newClient} builds). The transport is owned by whoever built it; this class never closes it. Thread-safe.
 */
public final class JdkHttp implements Http {
    private final Transport transport;
    private final Duration defaultTimeout;

    /**
     * @param transport      the shared transport
     * @param defaultTimeout time allowed for a response when the request does not set its own
     */
    public JdkHttp(Transport transport, Duration defaultTimeout) {
        this.transport = Objects.requireNonNull(transport, "transport");
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
        HttpResponse<T> r = transport.send(b.build(), handler);
        return new Response<>(request, r.statusCode(), r.headers(), r.body());
    }
}
