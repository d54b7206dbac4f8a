package radio.transfer;

import static radio.transfer.HttpObjects.closeQuietly;
import static radio.transfer.HttpObjects.contentLength;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import radio.archive.Transport;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import radio.config.Version;

/**
 * Files from MAST's {@code GET {mastUrl}/api/v0.1/Download/file?uri=<dataURI>} (mast-api.md §6.2) over the shared
 * transport. Thread-safe.
 *
 * <p><b>Token.</b> A MAST API token travels only as the {@code mast_token} cookie (mast-api.md §3.7) and only to
 * the MAST host. Redirects are followed here, by hand, so the cookie is dropped when a redirect leaves that host;
 * the JDK client would copy it to any host, so with a token configured the transport must not follow redirects
 * itself ({@link Transport}'s contract; radio's own client does not).
 */
final class MastFetcher implements ObjectFetcher {
    private static final Logger log = LoggerFactory.getLogger(MastFetcher.class);
    private static final int MAX_REDIRECTS = 5;

    private final Transport http;
    private final URI mastUrl;
    private final Optional<String> token;
    private final Duration requestTimeout;
    private final String userAgent = Version.userAgent();

    MastFetcher(Transport http, URI mastUrl, Optional<String> token, Duration requestTimeout) {
        this.http = Objects.requireNonNull(http, "http");
        this.mastUrl = Objects.requireNonNull(mastUrl, "mastUrl");
        this.token = Objects.requireNonNull(token, "token");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
    }

    @Override
    public TransferSource source() {
        return TransferSource.MAST;
    }

    @Override
    public boolean canFetch(TransferItem item) {
        return item.dataUri().isPresent();
    }

    /** The {@code Download/file} URL: the URI percent-encoded except {@code :} and {@code /}, as astroquery does. */
    URI downloadUrl(String dataUri) {
        return URI.create(mastUrl + "/api/v0.1/Download/file?uri=" + HttpObjects.percentEncode(dataUri, ":/"));
    }

    @Override
    public RemoteObject head(TransferItem item) throws TransferException {
        URI url = downloadUrl(item.dataUri().orElseThrow());
        HttpResponse<InputStream> r = send(item, url, "HEAD", null, null);
        try (InputStream ignored = r.body()) {
            if (r.statusCode() != 200) {
                throw statusFailure(item, r);
            }
            return new RemoteObject(contentLength(r.headers()), r.headers().firstValue("ETag"),
                    r.headers().firstValue("Last-Modified"));
        } catch (IOException e) {
            throw readFailure(item, e);
        }
    }

    @Override
    public RemoteBody open(TransferItem item, long offset, Optional<ResumeToken> resume) throws TransferException {
        URI url = downloadUrl(item.dataUri().orElseThrow());
        String range = null;
        String ifRange = null;
        if (offset > 0) {
            ResumeToken t = resume.orElseThrow();
            range = "bytes=" + offset + "-";
            // If-Range needs a strong validator: a strong ETag, else the date
            ifRange = t.etag().filter(e -> !e.startsWith("W/")).orElse(t.lastModified().orElse(null));
            if (ifRange == null) {
                range = null;
            }
        }
        HttpResponse<InputStream> r = send(item, url, "GET", range, ifRange);
        int status = r.statusCode();
        HttpHeaders h = r.headers();
        RemoteObject object;
        long start;
        if (status == 200) {
            start = 0;
            object = new RemoteObject(contentLength(h), h.firstValue("ETag"), h.firstValue("Last-Modified"));
        } else if (status == 206 && range != null) {
            Optional<OptionalLong> total = HttpObjects.rangeFrom(h.firstValue("Content-Range").orElse(null), offset);
            if (total.isEmpty()) {
                closeQuietly(r.body());
                throw new MastTransferException(item.uri(), url, status, "unexpected Content-Range '"
                        + h.firstValue("Content-Range").orElse("") + "' for offset " + offset, null, null);
            }
            start = offset;
            object = new RemoteObject(total.get(), h.firstValue("ETag"), h.firstValue("Last-Modified"));
        } else if (status == 416 && range != null) {
            closeQuietly(r.body());
            log.debug("{}: range from {} not satisfiable; starting over", url, offset);
            return open(item, 0, Optional.empty());
        } else {
            MastTransferException e = statusFailure(item, r);
            closeQuietly(r.body());
            throw e;
        }
        if (object.size().isPresent() && object.size().getAsLong() == 0) {
            closeQuietly(r.body());
            throw new MastTransferException(item.uri(), url, status, "empty body", null, null);
        }
        InputStream in = r.body();
        return new RemoteBody(in, start, object, () -> closeQuietly(in));
    }

    @Override
    public TransferException readFailure(TransferItem item, Exception cause) {
        return new MastTransferException(item.uri(), downloadUrl(item.dataUri().orElseThrow()), 0, cause.toString(),
                null, cause);
    }

    /** Sends one request, following up to {@value #MAX_REDIRECTS} redirects; the token goes only to MAST's host. */
    private HttpResponse<InputStream> send(TransferItem item, URI url, String method, String range, String ifRange)
            throws MastTransferException {
        URI current = url;
        for (int hop = 0; ; hop++) {
            HttpRequest.Builder b = HttpRequest.newBuilder(current).timeout(requestTimeout)
                    .header("User-Agent", userAgent)
                    .method(method, HttpRequest.BodyPublishers.noBody());
            if (range != null) {
                b.header("Range", range);
                if (ifRange != null) {
                    b.header("If-Range", ifRange);
                }
            }
            if (token.isPresent() && sameOrigin(current, mastUrl)) {
                b.header("Cookie", "mast_token=" + token.get());
            }
            HttpResponse<InputStream> r;
            try {
                r = http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MastTransferException(item.uri(), url, 0, "interrupted", null,
                        new InterruptedIOException("interrupted"));
            } catch (IOException e) {
                throw new MastTransferException(item.uri(), url, 0, e.toString(), null, e);
            }
            int s = r.statusCode();
            Optional<String> location = r.headers().firstValue("Location");
            if ((s == 301 || s == 302 || s == 303 || s == 307 || s == 308) && location.isPresent()) {
                closeQuietly(r.body());
                if (hop >= MAX_REDIRECTS) {
                    throw new MastTransferException(item.uri(), url, s, "more than " + MAX_REDIRECTS + " redirects",
                            null, null);
                }
                current = current.resolve(location.get());
                log.debug("{} redirected to {}", url, current);
                continue;
            }
            return r;
        }
    }

    private MastTransferException statusFailure(TransferItem item, HttpResponse<InputStream> r) {
        String detail = switch (r.statusCode()) {
            case 401, 403 -> "not authorised (protected data needs MAST_API_TOKEN)";
            case 404 -> "MAST does not have this file";
            default -> shortBody(r);
        };
        Duration retryAfter = r.headers().firstValue("Retry-After").flatMap(MastFetcher::seconds).orElse(null);
        return new MastTransferException(item.uri(), downloadUrl(item.dataUri().orElseThrow()), r.statusCode(),
                detail, retryAfter, null);
    }

    private static String shortBody(HttpResponse<InputStream> r) {
        if ("HEAD".equals(r.request().method())) {
            return "";
        }
        try (InputStream in = r.body()) {
            byte[] b = in.readNBytes(300);
            return new String(b, StandardCharsets.UTF_8).replaceAll("\\s+", " ").trim();
        } catch (IOException e) {
            return "";
        }
    }

    private static Optional<Duration> seconds(String v) {
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(v.trim())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI u) {
        return u.getPort() >= 0 ? u.getPort() : u.getScheme().toLowerCase(Locale.ROOT).equals("https") ? 443 : 80;
    }
}
