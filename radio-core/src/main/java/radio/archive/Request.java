package radio.archive;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP request as radio sends it: method, URL, headers in order, an optional body and a per-request
 * timeout. Immutable and re-sendable (a retry sends the same value again), which is why radio uses this
 * instead of {@link java.net.http.HttpRequest}: decorators can read the body to log it.
 *
 * @param method  {@code GET} or {@code POST}
 * @param uri     absolute http(s) URL
 * @param headers header name/value pairs in the order they are sent
 * @param body    request body; empty array for none (copied in and out)
 * @param timeout time allowed for the response headers and body, if the client default is not wanted
 */
public record Request(String method, URI uri, List<Header> headers, byte[] body, Optional<Duration> timeout) {

    /** A header line; {@code name} as sent, compared case-insensitively by {@link #header(String)}. */
    public record Header(String name, String value) {
        public Header {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    public Request {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException("request URL must be absolute: " + uri);
        }
        headers = List.copyOf(headers);
        body = body == null ? new byte[0] : body.clone();
        Objects.requireNonNull(timeout, "timeout");
    }

    public static Request get(URI uri) {
        return new Request("GET", uri, List.of(), new byte[0], Optional.empty());
    }

    /** A form POST: {@code Content-Type: application/x-www-form-urlencoded}, body as given (already encoded). */
    public static Request postForm(URI uri, String encodedBody) {
        return new Request("POST", uri, List.of(new Header("Content-Type", "application/x-www-form-urlencoded")),
                encodedBody.getBytes(StandardCharsets.UTF_8), Optional.empty());
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The body as UTF-8 text (form bodies and JSON are ASCII/UTF-8). */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public boolean hasBody() {
        return body.length > 0;
    }

    /** This request with one more header appended. */
    public Request withHeader(String name, String value) {
        List<Header> h = new ArrayList<>(headers);
        h.add(new Header(name, value));
        return new Request(method, uri, h, body, timeout);
    }

    /** This request with every header of that name (case-insensitive) replaced by one with {@code value}. */
    public Request replacingHeader(String name, String value) {
        List<Header> h = new ArrayList<>();
        for (Header x : headers) {
            if (!x.name().equalsIgnoreCase(name)) {
                h.add(x);
            }
        }
        h.add(new Header(name, value));
        return new Request(method, uri, h, body, timeout);
    }

    public Request withTimeout(Duration t) {
        return new Request(method, uri, headers, body, Optional.of(t));
    }

    /** The first value of a header, compared case-insensitively. */
    public Optional<String> header(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).findFirst();
    }

    /** {@code host:port} (port -1 when implicit): what per-host limits key on. */
    public String authority() {
        return hostKey(uri);
    }

    /** The key per-host limits use for a base URL or request URL: lower-case host and explicit or default port. */
    public static String hostKey(URI uri) {
        int port = uri.getPort();
        if (port < 0) {
            port = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        }
        return uri.getHost().toLowerCase(java.util.Locale.ROOT) + ":" + port;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Request r && method.equals(r.method) && uri.equals(r.uri) && headers.equals(r.headers)
                && java.util.Arrays.equals(body, r.body) && timeout.equals(r.timeout);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, uri, headers, java.util.Arrays.hashCode(body), timeout);
    }

    @Override
    public String toString() {
        return method + " " + uri;
    }
}
