package radio.transfer;

import static radio.transfer.HttpObjects.closeQuietly;
import static radio.transfer.HttpObjects.contentLength;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import radio.archive.Transport;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import radio.config.Version;

/**
 * Objects of a public bucket by anonymous HTTP {@code GET}/{@code HEAD} over the shared JDK client: what the SDK
 * sends for an unsigned request, without its per-request machinery (interceptors, endpoint rules, auth-scheme
 * resolution), which in a short download process runs mostly interpreted and cost a fifth of the CPU of a
 * 1,000-file download. Signed requests ({@code --signed}) go through the SDK ({@link S3Fetcher}). Thread-safe.
 *
 * <p>Addressing as the SDK does it: with an endpoint override, path style ({@code ENDPOINT/bucket/key}); else
 * virtual-hosted style on the bucket's region, {@code https://bucket.s3.us-east-1.amazonaws.com/key} (path style
 * for bucket names with dots, which a virtual host's TLS certificate cannot cover). Keys are percent-encoded per
 * segment as S3 canonicalises them. Errors carry S3's status and XML error {@code Code}.
 */
final class PublicS3Fetcher implements S3ObjectFetcher {
    private static final Logger log = LoggerFactory.getLogger(PublicS3Fetcher.class);
    private static final String REGION = "us-east-1";
    private static final Pattern ERROR_CODE = Pattern.compile("<Code>([^<]{1,100})</Code>");
    private static final Pattern ERROR_MESSAGE = Pattern.compile("<Message>([^<]{0,300})</Message>");

    private final Transport http;
    private final Optional<URI> endpoint;
    private final Duration requestTimeout;
    private final String userAgent = Version.userAgent();

    /**
     * @param endpoint       an S3-compatible endpoint to use instead of AWS (a mirror, s3proxy), path style
     * @param requestTimeout time allowed until the response headers arrive (bodies are watched for stalls)
     */
    PublicS3Fetcher(Transport http, Optional<URI> endpoint, Duration requestTimeout) {
        this.http = Objects.requireNonNull(http, "http");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
    }

    /** The object's URL. */
    URI url(S3Location loc) {
        String key = HttpObjects.percentEncode(loc.key(), "/");
        if (endpoint.isPresent()) {
            String base = endpoint.get().toString();
            return URI.create((base.endsWith("/") ? base : base + "/") + loc.bucket() + "/" + key);
        }
        if (loc.bucket().contains(".")) {
            return URI.create("https://s3." + REGION + ".amazonaws.com/" + loc.bucket() + "/" + key);
        }
        return URI.create("https://" + loc.bucket() + ".s3." + REGION + ".amazonaws.com/" + key);
    }

    @Override
    public RemoteObject head(TransferItem item) throws TransferException {
        S3Location loc = item.s3().orElseThrow();
        HttpResponse<InputStream> r = send(item, request(loc).method("HEAD", HttpRequest.BodyPublishers.noBody()));
        if (r.statusCode() != 200) {
            throw failure(item, r);
        }
        closeQuietly(r.body());
        return object(r.headers(), contentLength(r.headers()));
    }

    @Override
    public RemoteBody open(TransferItem item, long offset, Optional<ResumeToken> token) throws TransferException {
        S3Location loc = item.s3().orElseThrow();
        HttpRequest.Builder b = request(loc).GET();
        if (offset > 0) {
            ResumeToken t = token.orElseThrow();
            b.header("Range", "bytes=" + offset + "-");
            if (t.etag().isPresent()) {
                b.header("If-Match", t.etag().get());
            } else {
                t.lastModified().ifPresent(d -> b.header("If-Unmodified-Since", d));
            }
        }
        HttpResponse<InputStream> r = send(item, b);
        int status = r.statusCode();
        if (offset > 0 && (status == 412 || status == 416)) {
            closeQuietly(r.body());
            log.debug("{} changed since the partial download ({}); starting over", loc, status);
            return open(item, 0, Optional.empty());
        }
        if (status == 206 && offset > 0) {
            Optional<OptionalLong> total = HttpObjects.rangeFrom(r.headers().firstValue("Content-Range").orElse(null),
                    offset);
            if (total.isEmpty()) {
                closeQuietly(r.body());
                throw new S3TransferException(item.uri(), loc, 0, null, "unexpected Content-Range '"
                        + r.headers().firstValue("Content-Range").orElse("") + "' for offset " + offset, true, null);
            }
            return body(r, offset, object(r.headers(), total.get()));
        }
        if (status != 200) {
            throw failure(item, r);
        }
        return body(r, 0, object(r.headers(), contentLength(r.headers())));
    }

    /** HTTP/1.1 whatever the client's default: S3 speaks nothing else, and a plain-http mirror must not see h2c. */
    private HttpRequest.Builder request(S3Location loc) {
        return HttpRequest.newBuilder(url(loc)).version(HttpClient.Version.HTTP_1_1).timeout(requestTimeout)
                .header("User-Agent", userAgent);
    }

    private HttpResponse<InputStream> send(TransferItem item, HttpRequest.Builder request)
            throws S3TransferException {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new S3TransferException(item.uri(), item.s3().orElseThrow(), 0, null, "interrupted", false,
                    new InterruptedIOException("interrupted"));
        } catch (IOException e) {
            throw new S3TransferException(item.uri(), item.s3().orElseThrow(), 0, null, e.toString(), true, e);
        }
    }

    private static RemoteObject object(HttpHeaders h, OptionalLong size) {
        return new RemoteObject(size, h.firstValue("ETag"), h.firstValue("Last-Modified"));
    }

    private static RemoteBody body(HttpResponse<InputStream> r, long start, RemoteObject object) {
        InputStream in = r.body();
        return new RemoteBody(in, start, object, () -> closeQuietly(in));
    }

    /** S3's answer as an exception: status, and the XML error's {@code Code} and {@code Message} when a body came. */
    private static S3TransferException failure(TransferItem item, HttpResponse<InputStream> r) {
        String code = null;
        String message = null;
        try (InputStream in = r.body()) {
            String xml = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            Matcher c = ERROR_CODE.matcher(xml);
            code = c.find() ? c.group(1) : null;
            Matcher m = ERROR_MESSAGE.matcher(xml);
            message = m.find() ? m.group(1) : null;
        } catch (IOException e) {
            log.debug("reading S3's error body failed: {}", e.toString());
        }
        return new S3TransferException(item.uri(), item.s3().orElseThrow(), r.statusCode(), code, message, false,
                null);
    }
}
