package radio.spark.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import radio.archive.RetryPolicy;
import radio.sim.SimArchive;
import radio.sim.catalogue.CloudState;
import radio.sim.catalogue.Product;
import radio.sim.server.Endpoint;
import radio.sim.server.Fault;
import radio.sim.server.FaultRule;

/** Fetching and listing against the simulated bucket (a real S3 protocol server on loopback). */
class PublicBucketTest {
    private static final RetryPolicy FAST_RETRIES = new RetryPolicy(4, Duration.ofMillis(5), Duration.ofMillis(50),
            Duration.ZERO);
    private static SimArchive sim;
    private static PublicBucket bucket;

    @BeforeAll
    static void start() {
        sim = SimArchive.builder().keplerTargets(20).retryAfter(Duration.ZERO).start();
        bucket = new PublicBucket(PublicBucket.newClient(Duration.ofSeconds(5)), Optional.of(sim.s3Endpoint()),
                FAST_RETRIES, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private static Product lightCurve(String target, CloudState state) {
        return sim.catalogue().lightCurves(target).stream().filter(p -> p.cloud() == state).findFirst().orElseThrow();
    }

    @Test
    void getsTheWholeObjectIntoMemory() throws Exception {
        Product p = lightCurve("K2-21", CloudState.PUBLIC);

        byte[] got = bucket.get(new S3Object("stpubdata", p.s3Key().orElseThrow(), OptionalLong.of(p.size()),
                Optional.empty()));

        assertThat(got).isEqualTo(sim.files().bytes(p));
    }

    @Test
    void retriesInjected503sAndCutBodiesUntilTheObjectArrivesWhole() throws Exception {
        Product p = lightCurve("K2-28", CloudState.PUBLIC);
        sim.setFaults(List.of(new FaultRule(java.util.Set.of(Endpoint.S3_GET), List.of(Fault.HTTP_503, Fault.TRUNCATE,
                Fault.RESET), 3, 0)));
        try {
            sim.resetCounters();
            byte[] got = bucket.get(S3Object.of("stpubdata", p.s3Key().orElseThrow()));

            assertThat(got).isEqualTo(sim.files().bytes(p));
            assertThat(sim.requestCount(Endpoint.S3_GET)).isEqualTo(4);
            assertThat(sim.faultCount(Endpoint.S3_GET)).isEqualTo(3);
        } finally {
            sim.setFaults(List.of());
        }
    }

    @Test
    void givesUpAfterEveryAttemptFailedAndSaysWhy() {
        Product p = lightCurve("K2-39", CloudState.PUBLIC);
        sim.setFaults(List.of(FaultRule.first(10, Fault.HTTP_503, Endpoint.S3_GET)));
        try {
            assertThatThrownBy(() -> bucket.get(S3Object.of("stpubdata", p.s3Key().orElseThrow())))
                    .isInstanceOf(S3ObjectException.class)
                    .hasMessage("s3://stpubdata/" + p.s3Key().orElseThrow() + ": S3 answered 503 ServiceUnavailable");
        } finally {
            sim.setFaults(List.of());
        }
    }

    @Test
    void privateAndMissingObjectsAreRefusedAtOnce() {
        Product secret = lightCurve("K2-65", CloudState.PRIVATE);
        sim.resetCounters();

        assertThatThrownBy(() -> bucket.get(S3Object.of("stpubdata", secret.s3Key().orElseThrow())))
                .hasMessageEndingWith(": S3 answered 403 AccessDenied (access denied: the object is not public)");
        assertThatThrownBy(() -> bucket.get(S3Object.of("stpubdata", "k2/public/no/such_llc.fits")))
                .hasMessage("s3://stpubdata/k2/public/no/such_llc.fits: S3 answered 404 NoSuchKey (no such key in the "
                        + "bucket)");
        assertThat(sim.requestCount(Endpoint.S3_GET)).isEqualTo(2);
    }

    @Test
    void anObjectOfAnotherSizeThanListedIsRefused() {
        Product p = lightCurve("K2-54", CloudState.PUBLIC);
        S3Object listed = new S3Object("stpubdata", p.s3Key().orElseThrow(), OptionalLong.of(p.size() + 1),
                Optional.empty());

        assertThatThrownBy(() -> bucket.get(listed)).isInstanceOf(S3ObjectException.class)
                .hasMessageEndingWith(": " + p.size() + " bytes arrived, the object was listed with " + (p.size() + 1)
                        + " (changed since it was listed?)");
    }

    @Test
    void listsEveryPageOfAPrefixWithSizesAndEtags() throws Exception {
        List<String> expected = sim.catalogue().bucketKeys();
        assertThat(expected).hasSizeGreaterThan(1000); // more than one page of ListObjectsV2

        List<S3Object> all = bucket.list("stpubdata", "");
        List<S3Object> c3 = bucket.list("stpubdata", "k2/public/lightcurves/c3/");

        assertThat(all).extracting(S3Object::key).containsExactlyElementsOf(expected);
        assertThat(c3).isNotEmpty().allSatisfy(o -> assertThat(o.key()).startsWith("k2/public/lightcurves/c3/"));
        S3Object first = c3.get(0);
        Product p = sim.catalogue().productByS3Key(first.key()).orElseThrow();
        assertThat(first.size()).hasValue(sim.files().size(p));
        assertThat(first.etag()).hasValue(sim.files().etag(p));
    }

    @Test
    void aBodyThatDoesNotMatchItsEtagIsFetchedAgainThenRefused() throws Exception {
        byte[] body = "SIMPLE  =                    T".getBytes(StandardCharsets.US_ASCII);
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders().add("ETag", "\"00000000000000000000000000000000\"");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
            PublicBucket rotten = new PublicBucket(PublicBucket.newClient(Duration.ofSeconds(5)),
                    Optional.of(endpoint), FAST_RETRIES, Duration.ofSeconds(5));

            assertThatThrownBy(() -> rotten.get(S3Object.of("b", "x_lc.fits")))
                    .isInstanceOf(S3ObjectException.class)
                    .hasMessage("s3://b/x_lc.fits: the MD5 of the 30 bytes received is "
                            + PublicBucket.md5Hex(body) + ", the ETag says 00000000000000000000000000000000 (after 4 "
                            + "attempts)");
            assertThat(requests).hasValue(4);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void keysArePercentEncodedPerSegmentAndAwsIsAddressedByVirtualHost() throws IOException {
        PublicBucket aws = new PublicBucket(PublicBucket.newClient(Duration.ofSeconds(5)), Optional.empty(),
                FAST_RETRIES, Duration.ofSeconds(5));

        assertThat(aws.objectUrl("stpubdata", "tess/a b+c/x_lc.fits")).hasToString(
                "https://stpubdata.s3.us-east-1.amazonaws.com/tess/a%20b%2Bc/x_lc.fits");
        assertThat(aws.objectUrl("my.bucket", "k")).hasToString("https://s3.us-east-1.amazonaws.com/my.bucket/k");
        assertThat(bucket.objectUrl("stpubdata", "k")).hasToString(sim.s3Endpoint() + "/stpubdata/k");
    }
}
