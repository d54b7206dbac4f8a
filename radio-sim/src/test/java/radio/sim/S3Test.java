package radio.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

import radio.sim.catalogue.Product;
import radio.sim.server.Endpoint;

class S3Test {
    private static SimArchive sim;
    private static S3Client s3;

    @BeforeAll
    static void start() {
        sim = SimArchive.builder().extraK2Targets(10).start();
        s3 = S3Client.builder().endpointOverride(sim.s3Endpoint()).forcePathStyle(true).region(Region.US_EAST_1)
                .credentialsProvider(AnonymousCredentialsProvider.create()).build();
    }

    @AfterAll
    static void stop() {
        s3.close();
        sim.close();
    }

    private static Product llc(String target) {
        return sim.catalogue().lightCurves(target).get(0);
    }

    private static URI objectUri(Product p) {
        return URI.create(sim.s3Endpoint() + "/stpubdata/" + p.s3Key().orElseThrow());
    }

    private static String md5(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    }

    @Test
    void getObjectServesTheBytesWithTheS3Headers() throws Exception {
        Product p = llc("K2-21");

        HttpResponse<byte[]> r = SimHttp.getBytes(HttpRequest.newBuilder(objectUri(p)).build());

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).hasSize((int) p.size()).isEqualTo(sim.files().bytes(p));
        assertThat(r.headers().firstValue("etag")).hasValue("\"" + md5(r.body()) + "\"");
        assertThat(r.headers().firstValue("content-length")).hasValue(Long.toString(p.size()));
        assertThat(r.headers().firstValue("last-modified").orElseThrow()).matches("\\w{3}, \\d{2} \\w{3} \\d{4} .* GMT");
        assertThat(r.headers().firstValue("x-amz-request-id")).isPresent();
        assertThat(r.headers().firstValue("accept-ranges")).hasValue("bytes");
    }

    @Test
    void truncatedObjectIsStoredShortWithAMatchingSizeEtagAndListing() throws Exception {
        Product p = llc("K2-59");
        byte[] whole = sim.files().bytes(p);

        sim.damageObject(p.s3Key().orElseThrow(), radio.sim.catalogue.Damage.TRUNCATED);
        HttpResponse<byte[]> r = SimHttp.getBytes(HttpRequest.newBuilder(objectUri(p)).build());
        S3Object listed = s3.listObjectsV2(b -> b.bucket("stpubdata").prefix(p.s3Key().orElseThrow())).contents()
                .get(0);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).hasSize(whole.length * 6 / 10).isEqualTo(Arrays.copyOf(whole, whole.length * 6 / 10));
        assertThat(r.headers().firstValue("etag")).hasValue("\"" + md5(r.body()) + "\"");
        assertThat(listed.size()).isEqualTo(r.body().length);
        assertThat(listed.eTag()).isEqualTo("\"" + md5(r.body()) + "\"");
    }

    @Test
    void corruptedObjectKeepsItsSizeWithOneHeaderBlockOfNoise() throws Exception {
        Product p = llc("K2-58");
        byte[] whole = sim.files().bytes(p);

        sim.damageObject(p.dataUri(), radio.sim.catalogue.Damage.CORRUPTED);
        HttpResponse<byte[]> r = SimHttp.getBytes(HttpRequest.newBuilder(objectUri(p)).build());

        byte[] got = r.body();
        assertThat(got).hasSameSizeAs(whole).isNotEqualTo(whole);
        int first = Arrays.mismatch(got, whole);
        assertThat(first).isGreaterThanOrEqualTo(2880);
        assertThat(new String(whole, first - first % 2880, 8, StandardCharsets.US_ASCII)).isEqualTo("XTENSION");
        assertThat(Arrays.copyOfRange(got, first - first % 2880 + 2880, got.length))
                .isEqualTo(Arrays.copyOfRange(whole, first - first % 2880 + 2880, whole.length));
        assertThat(r.headers().firstValue("etag")).hasValue("\"" + md5(got) + "\"");
        assertThat(sim.files().bytes(p)).isEqualTo(got);
    }

    @Test
    void rangeRequestsGetPartialContent() {
        Product p = llc("K2-28");
        byte[] all = sim.files().bytes(p);

        HttpResponse<byte[]> middle = SimHttp.getBytes(HttpRequest.newBuilder(objectUri(p))
                .header("Range", "bytes=100-299").build());
        HttpResponse<byte[]> tail = SimHttp.getBytes(HttpRequest.newBuilder(objectUri(p))
                .header("Range", "bytes=-80").build());
        HttpResponse<byte[]> beyond = SimHttp.getBytes(HttpRequest.newBuilder(objectUri(p))
                .header("Range", "bytes=" + all.length + "-").build());

        assertThat(middle.statusCode()).isEqualTo(206);
        assertThat(middle.headers().firstValue("content-range")).hasValue("bytes 100-299/" + all.length);
        assertThat(middle.body()).isEqualTo(Arrays.copyOfRange(all, 100, 300));
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(all, all.length - 80, all.length));
        assertThat(beyond.statusCode()).isEqualTo(416);
        assertThat(new String(beyond.body(), StandardCharsets.UTF_8)).contains("<Code>InvalidRange</Code>");
    }

    @Test
    void headObjectCountsSeparatelyAndHasNoBody() {
        Product p = llc("K2-39");
        long heads = sim.requestCount(Endpoint.S3_HEAD);
        long gets = sim.requestCount(Endpoint.S3_GET);

        HttpResponse<byte[]> r = SimHttp.getBytes(HttpRequest.newBuilder(objectUri(p))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEmpty();
        assertThat(r.headers().firstValue("content-length")).hasValue(Long.toString(p.size()));
        assertThat(sim.requestCount(Endpoint.S3_HEAD)).isEqualTo(heads + 1);
        assertThat(sim.requestCount(Endpoint.S3_GET)).isEqualTo(gets);
    }

    @Test
    void privateAndMissingObjectsAnswerWithS3Errors() {
        HttpResponse<String> denied = SimHttp.get(objectUri(llc("K2-65")));
        HttpResponse<String> missing = SimHttp.get(objectUri(llc("K2-70")));
        HttpResponse<String> bucket = SimHttp.get(URI.create(sim.s3Endpoint() + "/otherbucket/x"));

        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(denied.body()).contains("<Code>AccessDenied</Code>");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("<Code>NoSuchKey</Code>")
                .contains("<Key>" + llc("K2-70").s3Key().orElseThrow() + "</Key>");
        assertThat(bucket.statusCode()).isEqualTo(404);
        assertThat(bucket.body()).contains("<Code>NoSuchBucket</Code>");
    }

    @Test
    void conditionalRequestsFollowTheEtag() {
        Product p = llc("K2-54");
        String etag = sim.files().etag(p);

        assertThat(SimHttp.getBytes(HttpRequest.newBuilder(objectUri(p)).header("If-None-Match", etag).build())
                .statusCode()).isEqualTo(304);
        assertThat(SimHttp.getBytes(HttpRequest.newBuilder(objectUri(p)).header("If-Match", "\"0000\"").build())
                .statusCode()).isEqualTo(412);
        assertThat(SimHttp.getBytes(HttpRequest.newBuilder(objectUri(p)).header("If-Match", etag).build())
                .statusCode()).isEqualTo(200);
    }

    @Test
    void listObjectsV2PagesWithContinuationTokensAndGroupsByDelimiter() throws Exception {
        List<String> all = sim.catalogue().bucketKeys().stream().filter(k -> k.startsWith("k2/public/lightcurves/"))
                .toList();
        List<String> listed = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String query = "list-type=2&prefix=k2/public/lightcurves/&max-keys=7"
                    + (token == null ? "" : "&continuation-token=" + SimHttp.encode(token));
            Document doc = xml(SimHttp.get(URI.create(sim.s3Endpoint() + "/stpubdata?" + query)).body());
            for (int i = 0; i < doc.getElementsByTagName("Key").getLength(); i++) {
                listed.add(doc.getElementsByTagName("Key").item(i).getTextContent());
            }
            boolean truncated = Boolean.parseBoolean(text(doc, "IsTruncated"));
            token = truncated ? text(doc, "NextContinuationToken") : null;
            pages++;
        } while (token != null);
        Document root = xml(SimHttp.get(URI.create(sim.s3Endpoint() + "/stpubdata/?list-type=2&delimiter=/")).body());

        assertThat(listed).isEqualTo(all);
        assertThat(pages).isEqualTo((all.size() + 6) / 7);
        List<String> prefixes = new ArrayList<>();
        for (int i = 1; i < root.getElementsByTagName("Prefix").getLength(); i++) {
            prefixes.add(text(root, "Prefix", i));
        }
        assertThat(prefixes).containsExactly("hst/", "jwst/", "k2/", "kepler/", "mast/", "tess/");
        assertThat(root.getElementsByTagName("Contents").getLength()).isZero();
    }

    private static Document xml(String body) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Document doc, String tag) {
        return text(doc, tag, 0);
    }

    private static String text(Document doc, String tag, int index) {
        return doc.getElementsByTagName(tag).item(index).getTextContent();
    }

    @Test
    void awsSdkReadsListsAndMapsErrors() {
        Product p = llc("K2-55");
        String key = p.s3Key().orElseThrow();

        byte[] bytes = s3.getObject(b -> b.bucket("stpubdata").key(key), ResponseTransformer.toBytes()).asByteArray();
        HeadObjectResponse head = s3.headObject(b -> b.bucket("stpubdata").key(key));
        byte[] range = s3.getObject(b -> b.bucket("stpubdata").key(key).range("bytes=0-9"),
                ResponseTransformer.toBytes()).asByteArray();
        List<String> keys = s3.listObjectsV2Paginator(b -> b.bucket("stpubdata").prefix("k2/public/lightcurves/c3/")
                .maxKeys(5)).contents().stream().map(S3Object::key).toList();

        assertThat(bytes).isEqualTo(sim.files().bytes(p));
        assertThat(head.contentLength()).isEqualTo(p.size());
        assertThat(head.eTag()).isEqualTo(sim.files().etag(p));
        assertThat(new String(range, StandardCharsets.US_ASCII)).isEqualTo("SIMPLE  = ");
        assertThat(keys).contains(key).hasSize((int) sim.catalogue().bucketKeys().stream()
                .filter(k -> k.startsWith("k2/public/lightcurves/c3/")).count());
        assertThatThrownBy(() -> s3.headObject(b -> b.bucket("stpubdata").key(llc("K2-70").s3Key().orElseThrow())))
                .isInstanceOf(NoSuchKeyException.class);
        assertThatThrownBy(() -> s3.getObject(b -> b.bucket("stpubdata").key(llc("K2-65").s3Key().orElseThrow()),
                ResponseTransformer.toBytes()))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(403);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                });
    }

    @Test
    void awsSdkMultipartAsyncClientDownloadsByPartNumber() {
        Product p = llc("K2-57");
        try (S3AsyncClient async = S3AsyncClient.builder().endpointOverride(sim.s3Endpoint()).forcePathStyle(true)
                .region(Region.US_EAST_1).credentialsProvider(AnonymousCredentialsProvider.create())
                .multipartEnabled(true).build()) {
            byte[] bytes = async.getObject(GetObjectRequest.builder().bucket("stpubdata").key(p.s3Key().orElseThrow())
                    .build(), AsyncResponseTransformer.toBytes()).join().asByteArray();

            assertThat(bytes).isEqualTo(sim.files().bytes(p));
            assertThat(sim.requests(Endpoint.S3_GET)).last()
                    .satisfies(r -> assertThat(r.param("partNumber")).hasValue("1"));
        }
    }
}
