package radio.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import radio.sim.catalogue.Product;
import radio.sim.mast.InvokeService;
import radio.sim.server.Endpoint;
import radio.sim.server.Fault;
import radio.sim.server.FaultRule;
import radio.sim.server.RecordedRequest;
import radio.sim.tap.TapService;

class FaultTest {
    private static final String QUERY = "{\"service\": \"Mast.Caom.Filtered\", \"params\": {\"columns\": \"*\", "
            + "\"filters\": [{\"paramName\": \"target_name\", \"values\": [\"ktwo206011691\"]}]}, \"format\": \"json\"}";

    private static SimArchive.Builder small() {
        return SimArchive.builder().extraK2Targets(2);
    }

    private static HttpResponse<byte[]> get(URI uri) throws IOException, InterruptedException {
        return SimHttp.client().send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static URI s3(SimArchive sim, Product p) {
        return URI.create(sim.s3Endpoint() + "/stpubdata/" + p.s3Key().orElseThrow());
    }

    @Test
    void firstRequestsGet503WithRetryAfterThenNormalAnswers() {
        try (SimArchive sim = small().retryAfter(Duration.ofSeconds(3))
                .fault(FaultRule.first(2, Fault.HTTP_503, Endpoint.INVOKE)).start()) {
            HttpResponse<String> first = SimHttp.invokeRaw(sim, QUERY);
            HttpResponse<String> second = SimHttp.invokeRaw(sim, QUERY);
            HttpResponse<String> third = SimHttp.invokeRaw(sim, QUERY);

            assertThat(first.statusCode()).isEqualTo(503);
            assertThat(first.headers().firstValue("retry-after")).hasValue("3");
            assertThat(second.statusCode()).isEqualTo(503);
            assertThat(third.statusCode()).isEqualTo(200);
            assertThat(sim.requestCount(Endpoint.INVOKE)).isEqualTo(3);
            assertThat(sim.faultCount(Endpoint.INVOKE)).isEqualTo(2);
            assertThat(sim.requests(Endpoint.INVOKE)).extracting(RecordedRequest::fault)
                    .containsExactly(java.util.Optional.of(Fault.HTTP_503), java.util.Optional.of(Fault.HTTP_503),
                            java.util.Optional.empty());
        }
    }

    @Test
    void resetDropsTheConnectionWithoutAResponse() {
        // a POST, because the JDK client silently retries an idempotent GET once on a dropped connection
        try (SimArchive sim = small().fault(FaultRule.first(1, Fault.RESET, Endpoint.INVOKE)).start()) {
            HttpRequest post = HttpRequest.newBuilder(sim.mastUrl().resolve("/api/v0/invoke"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("request=" + SimHttp.encode(QUERY))).build();

            assertThatThrownBy(() -> SimHttp.client().send(post, HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(IOException.class);
            assertThat(SimHttp.send(post).statusCode()).isEqualTo(200);
            assertThat(sim.requestCount(Endpoint.INVOKE)).isEqualTo(2);
        }
    }

    @Test
    void errorStatusFaultsCarryTheServicesOwnErrorDocument() {
        try (SimArchive sim = small().fault(FaultRule.rate(1.0, Fault.ERROR_STATUS, Endpoint.INVOKE, Endpoint.TAP))
                .start()) {
            JsonNode mast = SimHttp.invoke(sim, QUERY);
            HttpResponse<String> tap = SimHttp.get(URI.create(sim.exoplanetArchiveUrl() + "/TAP/sync?query="
                    + SimHttp.encode("select * from k2names") + "&format=csv"));

            assertThat(mast.get("status").asText()).isEqualTo("ERROR");
            assertThat(mast.get("msg").asText()).isEqualTo(InvokeService.TRANSIENT_ERROR);
            assertThat(tap.statusCode()).isEqualTo(200);
            assertThat(SimHttp.parse(tap.body()).get("msg").asText()).isEqualTo(TapService.TRANSIENT_ERROR);
        }
    }

    @Test
    void eachDistinctRequestIsExecutingForTheConfiguredPolls() {
        try (SimArchive sim = small().executingPolls(2).start()) {
            List<String> statuses = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                statuses.add(SimHttp.invoke(sim, QUERY).get("status").asText());
            }
            String other = QUERY.replace("\"format\"", "\"cacheBreaker\": \"x\", \"format\"");
            statuses.add(SimHttp.invoke(sim, other).get("status").asText());
            sim.setExecutingPolls(0);
            statuses.add(SimHttp.invoke(sim, other).get("status").asText());

            assertThat(statuses).containsExactly("EXECUTING", "EXECUTING", "COMPLETE", "EXECUTING", "COMPLETE");
        }
    }

    @Test
    void truncatedBodyAnnouncesTheFullLengthAndStopsEarly() throws Exception {
        try (SimArchive sim = small().fault(FaultRule.first(1, Fault.TRUNCATE, Endpoint.S3_GET)).start()) {
            Product p = sim.catalogue().lightCurves("K2-21").get(0);

            assertThatThrownBy(() -> get(s3(sim, p))).isInstanceOf(IOException.class)
                    .hasMessageContaining("fixed content-length: " + p.size());
            assertThat(get(s3(sim, p)).body()).isEqualTo(sim.files().bytes(p));
            assertThat(sim.faultCount(Endpoint.S3_GET)).isEqualTo(1);
        }
    }

    @Test
    void stalledBodyHangsUntilTheClientGivesUp() throws Exception {
        try (SimArchive sim = small().stallLimit(Duration.ofSeconds(30))
                .fault(FaultRule.first(1, Fault.STALL, Endpoint.DOWNLOAD_GET)).start()) {
            Product p = sim.catalogue().lightCurves("K2-21").get(0);
            URI uri = URI.create(sim.mastUrl() + "/api/v0.1/Download/file?uri=" + p.dataUri());
            // the JDK HttpClient has no body read timeout; HttpURLConnection does
            java.net.HttpURLConnection c = (java.net.HttpURLConnection) uri.toURL().openConnection();
            c.setReadTimeout(700);

            assertThat(c.getResponseCode()).isEqualTo(200);
            assertThat(c.getContentLengthLong()).isEqualTo(p.size());
            assertThatThrownBy(() -> {
                try (java.io.InputStream in = c.getInputStream()) {
                    in.readAllBytes();
                }
            }).isInstanceOf(java.net.SocketTimeoutException.class);
            assertThat(get(uri).body()).hasSize((int) p.size());
        }
    }

    @Test
    void s3SlowDownIsA503WithTheS3ErrorCode() throws Exception {
        try (SimArchive sim = small().fault(FaultRule.first(1, Fault.SLOW_DOWN, Endpoint.S3_HEAD, Endpoint.S3_GET))
                .start()) {
            HttpResponse<byte[]> r = get(s3(sim, sim.catalogue().lightCurves("K2-28").get(0)));

            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("<Code>SlowDown</Code>")
                    .contains("Please reduce your request rate.");
        }
    }

    @Test
    void randomFaultsAreReproducibleForTheSameSeed() throws Exception {
        List<Integer> firstRun = statuses(7);
        List<Integer> secondRun = statuses(7);
        List<Integer> otherSeed = statuses(8);

        assertThat(firstRun).isEqualTo(secondRun).isNotEqualTo(otherSeed);
        long faults = firstRun.stream().filter(s -> s == 503).count();
        assertThat(faults).isBetween(5L, 35L);
    }

    private static List<Integer> statuses(long seed) throws Exception {
        try (SimArchive sim = small().faultSeed(seed).fault(FaultRule.rate(0.5, Fault.HTTP_503, Endpoint.DOWNLOAD_HEAD))
                .start()) {
            Product p = sim.catalogue().lightCurves("K2-21").get(0);
            URI uri = URI.create(sim.mastUrl() + "/api/v0.1/Download/file?uri=" + p.dataUri());
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                out.add(SimHttp.client().send(HttpRequest.newBuilder(uri).method("HEAD",
                        HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding()).statusCode());
            }
            assertThat(sim.faultCount(Endpoint.DOWNLOAD_HEAD)).isEqualTo(out.stream().filter(s -> s == 503).count());
            return out;
        }
    }

    @Test
    void faultsAndLatencyCanChangeWhileRunning() {
        try (SimArchive sim = small().start()) {
            sim.setFaults(List.of(FaultRule.first(1, Fault.HTTP_503, Endpoint.TAP)));
            URI tap = URI.create(sim.exoplanetArchiveUrl() + "/TAP/sync?query=" + SimHttp.encode("select * from ps")
                    + "&format=json");
            int faulted = SimHttp.get(tap).statusCode();
            sim.setFaults(List.of());
            sim.setLatency(Duration.ofMillis(300));
            long start = System.nanoTime();
            int normal = SimHttp.get(tap).statusCode();
            long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

            assertThat(faulted).isEqualTo(503);
            assertThat(normal).isEqualTo(200);
            assertThat(elapsedMillis).isGreaterThanOrEqualTo(300);
        }
    }

    @Test
    void requestLogKeepsDecodedParametersAndHeaders() {
        try (SimArchive sim = small().start()) {
            SimHttp.send(HttpRequest.newBuilder(URI.create(sim.mastUrl()
                    + "/api/v0.1/path_lookup/?uri=mast:K2/a%20b.fits&uri=mast:K2/c+d.fits&use_cloud_path=True"))
                    .header("User-Agent", "radio/0.1 (test)").build());

            RecordedRequest r = sim.requests(Endpoint.PATH_LOOKUP).get(0);
            assertThat(r.path()).isEqualTo("/api/v0.1/path_lookup/");
            assertThat(r.params("uri")).containsExactly("mast:K2/a b.fits", "mast:K2/c d.fits");
            assertThat(r.param("use_cloud_path")).hasValue("True");
            assertThat(r.header("user-agent")).hasValue("radio/0.1 (test)");
            sim.resetCounters();
            assertThat(sim.requests()).isEmpty();
            assertThat(sim.requestCount(Endpoint.PATH_LOOKUP)).isZero();
        }
    }
}
