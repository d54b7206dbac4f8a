package radio.sim.s3;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import radio.sim.catalogue.Catalogue;
import radio.sim.catalogue.CloudState;
import radio.sim.catalogue.Product;
import radio.sim.catalogue.ProductFiles;
import radio.sim.server.ByteRange;
import radio.sim.server.Endpoint;
import radio.sim.server.Fault;
import radio.sim.server.HttpDates;
import radio.sim.server.Reply;
import radio.sim.server.Request;
import radio.sim.server.Service;

/**
 * The public bucket, path-style ({@code /<bucket>/<key>}), read-only and anonymous, as much of S3 as the AWS SDK
 * for Java v2 and the AWS CLI need for downloads:
 * <ul>
 *   <li>GetObject and HeadObject with {@code ETag} (quoted hex MD5), {@code Last-Modified}, {@code Content-Length},
 *       {@code Accept-Ranges}, {@code x-amz-request-id}; single {@code Range} (206 + {@code Content-Range}, 416
 *       {@code InvalidRange}); {@code partNumber=1} (the whole object, as for any single-part upload);
 *       {@code If-Match}/{@code If-None-Match}/{@code If-Modified-Since}/{@code If-Unmodified-Since};</li>
 *   <li>ListObjectsV2 ({@code list-type=2}, {@code prefix}, {@code delimiter}, {@code max-keys},
 *       {@code continuation-token}, {@code start-after}, {@code encoding-type=url}) and ListObjects (v1);</li>
 *   <li>HeadBucket and GetBucketLocation;</li>
 *   <li>S3's XML errors: {@code NoSuchKey} (products missing from the bucket), {@code AccessDenied} (private
 *       products, writes, ListBuckets), {@code NoSuchBucket}, {@code SlowDown}, {@code ServiceUnavailable}.</li>
 * </ul>
 * Signatures and SDK-specific headers ({@code x-amz-content-sha256}, {@code x-amz-checksum-mode}, …) are
 * ignored. Error responses to HEAD carry no body, as on S3. Thread-safe.
 */
public final class S3Service implements Service {
    /** The simulated bucket, as on AWS. */
    public static final String BUCKET = "stpubdata";
    private static final String NS = "http://s3.amazonaws.com/doc/2006-03-01/";
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(java.time.ZoneOffset.UTC);

    private final Catalogue catalogue;
    private final ProductFiles files;
    private final AtomicLong requestIds = new AtomicLong(0x4E2B5A1C00000000L);

    public S3Service(Catalogue catalogue, ProductFiles files) {
        this.catalogue = catalogue;
        this.files = files;
    }

    private record Target(String bucket, String key) {
    }

    private static Target target(Request request) {
        String path = request.path().startsWith("/") ? request.path().substring(1) : request.path();
        int slash = path.indexOf('/');
        return slash < 0 ? new Target(path, "") : new Target(path.substring(0, slash), path.substring(slash + 1));
    }

    @Override
    public Endpoint classify(Request request) {
        Target t = target(request);
        boolean read = "GET".equals(request.method()) || request.head();
        if (!read || t.bucket().isEmpty()) {
            return Endpoint.S3_OTHER;
        }
        if (t.key().isEmpty()) {
            boolean list = "GET".equals(request.method()) && request.param("location").isEmpty();
            return list ? Endpoint.S3_LIST : Endpoint.S3_OTHER;
        }
        return request.head() ? Endpoint.S3_HEAD : Endpoint.S3_GET;
    }

    @Override
    public void handle(Request request, Reply reply) throws IOException {
        String requestId = Long.toHexString(requestIds.incrementAndGet()).toUpperCase(java.util.Locale.ROOT);
        reply.header("x-amz-request-id", requestId);
        reply.header("x-amz-id-2", Base64.getEncoder().encodeToString(("radio-sim/" + requestId)
                .getBytes(StandardCharsets.UTF_8)));
        reply.header("Server", "AmazonS3");
        Target t = target(request);
        boolean read = "GET".equals(request.method()) || request.head();
        if (t.bucket().isEmpty()) {
            error(reply, request, 403, "AccessDenied", "Access Denied", "", requestId);
        } else if (!t.bucket().equals(BUCKET)) {
            error(reply, request, 404, "NoSuchBucket", "The specified bucket does not exist",
                    "<BucketName>" + xml(t.bucket()) + "</BucketName>", requestId);
        } else if (!read) {
            error(reply, request, 403, "AccessDenied", "Access Denied", "", requestId);
        } else if (t.key().isEmpty()) {
            bucket(request, reply);
        } else {
            object(request, reply, t.key(), requestId);
        }
    }

    @Override
    public void unavailable(Request request, Reply reply, Fault fault) throws IOException {
        String requestId = Long.toHexString(requestIds.incrementAndGet()).toUpperCase(java.util.Locale.ROOT);
        reply.header("x-amz-request-id", requestId);
        reply.header("Server", "AmazonS3");
        if (fault == Fault.SLOW_DOWN) {
            error(reply, request, 503, "SlowDown", "Please reduce your request rate.", "", requestId);
        } else {
            reply.header("Retry-After", Long.toString(reply.retryAfterSeconds()));
            error(reply, request, 503, "ServiceUnavailable", "Service is unable to handle request.", "", requestId);
        }
    }

    // ------------------------------------------------------------------ bucket level

    private void bucket(Request request, Reply reply) throws IOException {
        if (request.head()) {
            reply.header("x-amz-bucket-region", "us-east-1");
            reply.send(200, "application/xml", new byte[0]);
            return;
        }
        if (request.param("location").isPresent()) {
            reply.sendText(200, "application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<LocationConstraint xmlns=\"" + NS + "\"/>");
            return;
        }
        list(request, reply);
    }

    private void list(Request request, Reply reply) throws IOException {
        boolean v2 = request.param("list-type").map("2"::equals).orElse(false);
        String prefix = request.param("prefix").orElse("");
        String delimiter = request.param("delimiter").filter(d -> !d.isEmpty()).orElse(null);
        boolean urlEncoding = request.param("encoding-type").map("url"::equalsIgnoreCase).orElse(false);
        int maxKeys;
        try {
            maxKeys = Math.min(1000, Integer.parseInt(request.param("max-keys").orElse("1000").trim()));
        } catch (NumberFormatException e) {
            error(reply, request, 400, "InvalidArgument", "Provided max-keys not an integer or within integer range",
                    "", "");
            return;
        }
        Optional<String> token = v2 ? request.param("continuation-token") : Optional.empty();
        String after;
        if (token.isPresent()) {
            try {
                after = new String(Base64.getUrlDecoder().decode(token.get()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                error(reply, request, 400, "InvalidArgument", "The continuation token provided is incorrect", "", "");
                return;
            }
        } else {
            after = request.param(v2 ? "start-after" : "marker").orElse(null);
        }
        List<String> keys = catalogue.bucketKeys();
        int i = after == null ? firstAtOrAfter(keys, prefix) : firstAfter(keys, after);
        if (after != null && delimiter != null && after.endsWith(delimiter)) {
            i = firstAfter(keys, after + '\uffff');
        }
        i = Math.max(i, firstAtOrAfter(keys, prefix));
        StringBuilder contents = new StringBuilder();
        StringBuilder prefixes = new StringBuilder();
        int count = 0;
        boolean truncated = false;
        String last = null;
        while (i < keys.size() && keys.get(i).startsWith(prefix)) {
            String key = keys.get(i);
            if (count >= maxKeys) {
                truncated = true;
                break;
            }
            if (delimiter != null) {
                int d = key.indexOf(delimiter, prefix.length());
                if (d >= 0) {
                    String common = key.substring(0, d + delimiter.length());
                    prefixes.append("<CommonPrefixes><Prefix>").append(enc(common, urlEncoding))
                            .append("</Prefix></CommonPrefixes>");
                    count++;
                    last = common;
                    i = firstAfter(keys, common + '\uffff');
                    continue;
                }
            }
            Product p = catalogue.productByS3Key(key).orElseThrow();
            contents.append("<Contents><Key>").append(enc(key, urlEncoding)).append("</Key><LastModified>")
                    .append(ISO_MILLIS.format(files.lastModified(p))).append("</LastModified><ETag>")
                    .append(xml(files.etag(p))).append("</ETag><Size>").append(files.size(p))
                    .append("</Size><StorageClass>STANDARD</StorageClass></Contents>");
            count++;
            last = key;
            i++;
        }
        StringBuilder body = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListBucketResult xmlns=\"")
                .append(NS).append("\"><Name>").append(BUCKET).append("</Name><Prefix>").append(enc(prefix, urlEncoding))
                .append("</Prefix>");
        if (v2) {
            token.ifPresent(tk -> body.append("<ContinuationToken>").append(xml(tk)).append("</ContinuationToken>"));
            if (truncated) {
                body.append("<NextContinuationToken>").append(Base64.getUrlEncoder().withoutPadding()
                        .encodeToString(last.getBytes(StandardCharsets.UTF_8))).append("</NextContinuationToken>");
            }
            body.append("<KeyCount>").append(count).append("</KeyCount>");
            request.param("start-after").ifPresent(s -> body.append("<StartAfter>").append(enc(s, urlEncoding))
                    .append("</StartAfter>"));
        } else {
            body.append("<Marker>").append(enc(request.param("marker").orElse(""), urlEncoding)).append("</Marker>");
            if (truncated && delimiter != null) {
                body.append("<NextMarker>").append(enc(last, urlEncoding)).append("</NextMarker>");
            }
        }
        body.append("<MaxKeys>").append(maxKeys).append("</MaxKeys>");
        if (delimiter != null) {
            body.append("<Delimiter>").append(enc(delimiter, urlEncoding)).append("</Delimiter>");
        }
        if (urlEncoding) {
            body.append("<EncodingType>url</EncodingType>");
        }
        body.append("<IsTruncated>").append(truncated).append("</IsTruncated>").append(contents).append(prefixes)
                .append("</ListBucketResult>");
        reply.sendText(200, "application/xml", body.toString());
    }

    private static int firstAtOrAfter(List<String> keys, String value) {
        int i = Collections.binarySearch(keys, value);
        return i >= 0 ? i : -i - 1;
    }

    private static int firstAfter(List<String> keys, String value) {
        int i = Collections.binarySearch(keys, value);
        return i >= 0 ? i + 1 : -i - 1;
    }

    // ------------------------------------------------------------------ objects

    private void object(Request request, Reply reply, String key, String requestId) throws IOException {
        Optional<Product> found = catalogue.productByS3Key(key);
        CloudState state = found.map(Product::cloud).orElse(CloudState.MISSING);
        if (state == CloudState.PRIVATE) {
            error(reply, request, 403, "AccessDenied", "Access Denied", "", requestId);
            return;
        }
        if (state != CloudState.PUBLIC) {
            error(reply, request, 404, "NoSuchKey", "The specified key does not exist.",
                    "<Key>" + xml(key) + "</Key>", requestId);
            return;
        }
        Product p = found.get();
        long total = files.size(p);
        String etag = files.etag(p);
        Instant modified = files.lastModified(p).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Optional<String> ifMatch = request.header("If-Match");
        Optional<Instant> ifUnmodified = request.header("If-Unmodified-Since").flatMap(HttpDates::parse);
        if ((ifMatch.isPresent() && !etagMatches(ifMatch.get(), etag))
                || (ifMatch.isEmpty() && ifUnmodified.isPresent() && modified.isAfter(ifUnmodified.get()))) {
            error(reply, request, 412, "PreconditionFailed",
                    "At least one of the pre-conditions you specified did not hold",
                    "<Condition>" + (ifMatch.isPresent() ? "If-Match" : "If-Unmodified-Since") + "</Condition>",
                    requestId);
            return;
        }
        Optional<String> ifNoneMatch = request.header("If-None-Match");
        Optional<Instant> ifModified = request.header("If-Modified-Since").flatMap(HttpDates::parse);
        reply.header("ETag", etag);
        reply.header("Last-Modified", HttpDates.format(modified));
        reply.header("Accept-Ranges", "bytes");
        if ((ifNoneMatch.isPresent() && etagMatches(ifNoneMatch.get(), etag))
                || (ifNoneMatch.isEmpty() && ifModified.isPresent() && !modified.isAfter(ifModified.get()))) {
            reply.send(304, contentType(key), new byte[0]);
            return;
        }
        Optional<String> partNumber = request.param("partNumber");
        ByteRange.Parsed parsed;
        if (partNumber.isPresent()) {
            if (!partNumber.get().trim().equals("1")) {
                error(reply, request, 416, "InvalidPartNumber", "The requested partnumber is not satisfiable",
                        "<PartNumberRequested>" + xml(partNumber.get()) + "</PartNumberRequested>"
                                + "<ActualPartCount>1</ActualPartCount>", requestId);
                return;
            }
            parsed = total == 0 ? new ByteRange.Whole() : new ByteRange.Partial(new ByteRange(0, total - 1));
        } else {
            parsed = ByteRange.parse(request.header("Range"), total);
        }
        String type = contentType(key);
        if (parsed instanceof ByteRange.Unsatisfiable) {
            error(reply, request, 416, "InvalidRange", "The requested range is not satisfiable",
                    "<RangeRequested>" + xml(request.header("Range").orElse("")) + "</RangeRequested>"
                            + "<ActualObjectSize>" + total + "</ActualObjectSize>", requestId);
        } else if (parsed instanceof ByteRange.Partial partial) {
            ByteRange r = partial.range();
            reply.header("Content-Range", r.contentRange(total));
            reply.sendBody(206, type, r.length(), (out, offset, length) -> files.write(p, r.first() + offset, length, out));
        } else {
            reply.sendBody(200, type, total, (out, offset, length) -> files.write(p, offset, length, out));
        }
    }

    private static boolean etagMatches(String header, String etag) {
        for (String candidate : header.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || c.equals(etag) || c.equals(etag.replace("\"", ""))) {
                return true;
            }
        }
        return false;
    }

    private static String contentType(String key) {
        if (key.endsWith(".png")) {
            return "image/png";
        }
        return key.endsWith(".gz") ? "application/x-gzip" : "binary/octet-stream";
    }

    private static void error(Reply reply, Request request, int status, String code, String message, String extra,
                              String requestId) throws IOException {
        String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>"
                + xml(message) + "</Message>" + extra + "<RequestId>" + requestId + "</RequestId><HostId>"
                + Base64.getEncoder().encodeToString(("radio-sim/" + requestId).getBytes(StandardCharsets.UTF_8))
                + "</HostId></Error>";
        if (request.head()) {
            reply.send(status, "application/xml", new byte[0]);
        } else {
            reply.sendText(status, "application/xml", body);
        }
    }

    private static String enc(String s, boolean url) {
        return url ? URLEncoder.encode(s, StandardCharsets.UTF_8).replace("%2F", "/").replace("+", "%20") : xml(s);
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
