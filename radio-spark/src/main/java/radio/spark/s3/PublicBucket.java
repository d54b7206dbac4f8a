package radio.spark.s3;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import radio.archive.ArchiveException;
import radio.archive.HostLimits;
import radio.archive.Http;
import radio.archive.JdkHttp;
import radio.archive.LoggingHttp;
import radio.archive.PercentEncoding;
import radio.archive.Request;
import radio.archive.Response;
import radio.archive.RetryPolicy;

/**
 * Anonymous reads of a public S3 bucket over one JDK HTTP client: objects fetched whole into memory, and prefix
 * listings (ListObjectsV2, every page). Requests go through radio's HTTP stack ({@link Http#standard}), so
 * 429/5xx answers and transport failures (reset, timeout, a body cut short of its {@code Content-Length}) are
 * retried as {@link RetryPolicy} says, honouring {@code Retry-After}; a body whose MD5 does not match a
 * single-part ETag is fetched again, up to the same number of attempts.
 *
 * <p>Addressing as radio's downloads do it: with an endpoint (a mirror, the simulator) path style,
 * {@code ENDPOINT/bucket/key}; else virtual-hosted style in us-east-1. Thread-safe; one per Spark partition.
 */
public final class PublicBucket {
    private static final Logger LOG = LoggerFactory.getLogger(PublicBucket.class);
    private static final String REGION = "us-east-1";
    /** A single-part upload's ETag is the quoted hex MD5; multipart ETags end in {@code -<parts>}. */
    private static final Pattern PLAIN_ETAG = Pattern.compile("\"?([0-9a-fA-F]{32})\"?");
    private static final Pattern ERROR_CODE = Pattern.compile("<Code>([^<]{1,100})</Code>");

    private final Http http;
    private final Optional<URI> endpoint;
    private final RetryPolicy retry;

    /**
     * @param client         the partition's HTTP client (owned by the caller)
     * @param endpoint       an S3-compatible endpoint instead of AWS, addressed path style
     * @param retry          attempts and backoff for each request
     * @param requestTimeout time allowed for one whole response
     */
    public PublicBucket(HttpClient client, Optional<URI> endpoint, RetryPolicy retry, Duration requestTimeout) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.retry = Objects.requireNonNull(retry, "retry");
        this.http = Http.standard(new JdkHttp(client::send, requestTimeout), retry, HostLimits.none(),
                LoggingHttp.Secrets.none());
    }

    /** An HTTP/1.1 client as S3 wants it (it speaks nothing newer; a plain-http mirror must not see h2c). */
    public static HttpClient newClient(Duration connectTimeout) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * The whole object, its size checked against the {@code Content-Length} and against the size it was listed
     * with, its MD5 against a single-part ETag.
     *
     * @throws S3ObjectException when S3 refuses, nothing usable arrives after every attempt, or the checks fail
     */
    public byte[] get(S3Object object) throws S3ObjectException, InterruptedException {
        String why = null;
        for (int attempt = 1; attempt <= retry.maxAttempts(); attempt++) {
            Response<byte[]> r = send(object.uri(), Request.get(objectUrl(object.bucket(), object.key())),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw refused(object.uri(), r);
            }
            byte[] body = r.body();
            if (object.size().isPresent() && object.size().getAsLong() != body.length) {
                throw new S3ObjectException(object.uri() + ": " + body.length + " bytes arrived, the object was "
                        + "listed with " + object.size().getAsLong() + " (changed since it was listed?)");
            }
            Optional<String> md5 = plainMd5(r.headers().firstValue("ETag"));
            if (md5.isEmpty() || md5.get().equals(md5Hex(body))) {
                return body;
            }
            why = "the MD5 of the " + body.length + " bytes received is " + md5Hex(body) + ", the ETag says "
                    + md5.get();
            LOG.debug("{}: {}; attempt {} of {}", object.uri(), why, attempt + 1, retry.maxAttempts());
        }
        throw new S3ObjectException(object.uri() + ": " + why + " (after " + retry.maxAttempts() + " attempts)");
    }

    /**
     * Every object under a prefix, in key order (ListObjectsV2, page after page).
     *
     * @throws S3ObjectException when S3 refuses or does not answer, or a page is not a listing
     */
    public List<S3Object> list(String bucket, String prefix) throws S3ObjectException, InterruptedException {
        List<S3Object> out = new ArrayList<>();
        String token = null;
        String where = "s3://" + bucket + "/" + prefix;
        do {
            StringBuilder query = new StringBuilder("list-type=2&prefix=").append(queryEncode(prefix));
            if (token != null) {
                query.append("&continuation-token=").append(queryEncode(token));
            }
            Response<byte[]> r = send(where, Request.get(URI.create(bucketUrl(bucket) + "?" + query)),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw refused(where, r);
            }
            try {
                token = page(bucket, r.body(), out);
            } catch (XMLStreamException | NumberFormatException e) {
                throw new S3ObjectException(where + ": the listing is not S3's ListBucketResult: " + e.getMessage(), e);
            }
        } while (token != null);
        return out;
    }

    /** Reads one ListObjectsV2 page into {@code out}; returns the continuation token, null on the last page. */
    private static String page(String bucket, byte[] xml, List<S3Object> out) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader x = f.createXMLStreamReader(new ByteArrayInputStream(xml));
        String key = null;
        String etag = null;
        long size = -1;
        boolean truncated = false;
        String next = null;
        boolean root = false;
        while (x.hasNext()) {
            if (x.next() != XMLStreamReader.START_ELEMENT) {
                continue;
            }
            switch (x.getLocalName()) {
                case "ListBucketResult" -> root = true;
                case "Contents" -> {
                    key = null;
                    etag = null;
                    size = -1;
                }
                case "Key" -> key = x.getElementText();
                case "ETag" -> etag = x.getElementText();
                case "Size" -> {
                    size = Long.parseLong(x.getElementText().trim());
                    if (key != null) {
                        out.add(new S3Object(bucket, key, OptionalLong.of(size), Optional.ofNullable(etag)));
                    }
                }
                case "IsTruncated" -> truncated = Boolean.parseBoolean(x.getElementText().trim());
                case "NextContinuationToken" -> next = x.getElementText();
                default -> {
                }
            }
        }
        if (!root) {
            throw new XMLStreamException("no ListBucketResult element");
        }
        return truncated ? next : null;
    }

    private <T> Response<T> send(String what, Request request, HttpResponse.BodyHandler<T> handler)
            throws S3ObjectException, InterruptedException {
        try {
            return http.send(request.withHeader("User-Agent", "radio-spark"), handler);
        } catch (ArchiveException e) {
            throw new S3ObjectException(what + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new S3ObjectException(what + ": no answer from S3: " + e, e);
        }
    }

    private static S3ObjectException refused(String what, Response<byte[]> r) {
        Matcher m = ERROR_CODE.matcher(new String(r.body(), 0, Math.min(r.body().length, 4096),
                StandardCharsets.UTF_8));
        String code = m.find() ? " " + m.group(1) : "";
        String hint = switch (r.statusCode()) {
            case 403 -> " (access denied: the object is not public)";
            case 404 -> " (no such key in the bucket)";
            default -> "";
        };
        return new S3ObjectException(what + ": S3 answered " + r.statusCode() + code + hint);
    }

    /** The object's URL, its key percent-encoded (slashes kept) as S3 canonicalises it. */
    URI objectUrl(String bucket, String key) {
        return URI.create(bucketUrl(bucket) + "/" + PercentEncoding.encode(key));
    }

    private String bucketUrl(String bucket) {
        if (endpoint.isPresent()) {
            String base = endpoint.get().toString();
            return (base.endsWith("/") ? base : base + "/") + bucket;
        }
        if (bucket.contains(".")) { // a virtual host's TLS certificate cannot cover a dotted bucket name
            return "https://s3." + REGION + ".amazonaws.com/" + bucket;
        }
        return "https://" + bucket + ".s3." + REGION + ".amazonaws.com";
    }

    private static String queryEncode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Optional<String> plainMd5(Optional<String> etag) {
        return etag.map(PLAIN_ETAG::matcher).filter(Matcher::matches).map(m -> m.group(1).toLowerCase(Locale.ROOT));
    }

    static String md5Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }
}
