package radio.archive.mast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import radio.archive.HttpStatusException;
import radio.archive.JdkHttp;
import radio.archive.MalformedResponseException;
import radio.testing.Fixtures;
import radio.testing.LoopbackServer;
import radio.testing.LoopbackServer.Received;
import radio.testing.LoopbackServer.Reply;

/** MastClient against a real loopback HTTP server: what goes on the wire and how answers are followed. */
class MastClientTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private LoopbackServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private MastClient client(Optional<String> token, Duration deadline, int pageSize) {
        return new MastClient(new JdkHttp(HttpClient.newHttpClient()::send, Duration.ofSeconds(10)), server.baseUrl(), token,
                deadline, new MastClient.Options(pageSize, Duration.ofMillis(1), 2));
    }

    private MastClient client() {
        return client(Optional.empty(), Duration.ofSeconds(30), 50_000);
    }

    private static JsonNode requestJson(Received r) throws Exception {
        assertThat(r.body()).startsWith("request=");
        return JSON.readTree(URLDecoder.decode(r.body().substring(8), StandardCharsets.UTF_8));
    }

    private static String page(int page, int pages, String... obsIds) {
        StringBuilder data = new StringBuilder();
        for (String id : obsIds) {
            data.append(data.length() == 0 ? "" : ",").append("{\"obsid\":").append(id.hashCode() & 0x7fffffff)
                    .append(",\"obs_id\":\"").append(id).append("\",\"target_name\":\"t\",\"obs_collection\":\"K2\"}");
        }
        return "{\"status\":\"COMPLETE\",\"msg\":\"\",\"data\":[" + data + "],\"fields\":[{\"name\":\"obsid\",\"type\":\"string\"}],"
                + "\"paging\":{\"page\":" + page + ",\"pageSize\":2,\"pagesFiltered\":" + pages + ",\"rows\":" + obsIds.length
                + ",\"rowsFiltered\":5,\"rowsTotal\":5}}";
    }

    @Test
    void postsAstroqueryEncodedFormBodyWithHonestUserAgent() throws Exception {
        String filteredJson = Fixtures.text("mast/k2_c10_ktwo228725972_caom_filtered.json");
        server = LoopbackServer.start(r -> Reply.json(filteredJson));

        List<Observation> obs = client().filtered(List.of(CaomFilter.anyOf("target_name", List.of("ktwo228725972"))));

        assertThat(obs).extracting(Observation::obsid).containsExactly(1207735L, 30678962L, 30495121L);
        Received r = server.received().get(0);
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.uri().getPath()).isEqualTo("/api/v0/invoke");
        assertThat(r.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(r.header("User-Agent")).matches("radio/\\S+ \\(Java/17[^;]*; .+\\)");
        String cacheBreaker = requestJson(r).get("cacheBreaker").asText();
        assertThat(r.body()).isEqualTo(MastQuery.filtered(List.of(CaomFilter.anyOf("target_name",
                List.of("ktwo228725972")))).formBody(50_000, 1, cacheBreaker));
        assertThat(r.body()).contains("%20").doesNotContain("+").contains("%2A");
        assertThat(requestJson(r).get("format").asText()).isEqualTo("json");
        assertThat(requestJson(r).get("pagesize").asInt()).isEqualTo(50_000);
    }

    @Test
    void walksEveryPageWithTheSameCacheBreaker() throws Exception {
        server = LoopbackServer.start(r -> {
            int p = requestJson(r).get("page").asInt();
            return Reply.json(switch (p) {
                case 1 -> page(1, 3, "a", "b");
                case 2 -> page(2, 3, "c", "d");
                default -> page(3, 3, "e");
            });
        });

        List<Observation> obs = client(Optional.empty(), Duration.ofSeconds(30), 2)
                .filtered(List.of(CaomFilter.anyOf("target_name", List.of("t"))));

        assertThat(obs).extracting(Observation::obsId).containsExactly("a", "b", "c", "d", "e");
        List<JsonNode> sent = new ArrayList<>();
        for (Received r : server.received()) {
            sent.add(requestJson(r));
        }
        assertThat(sent).extracting(j -> j.get("page").asInt()).containsExactly(1, 2, 3);
        assertThat(sent).extracting(j -> j.get("pagesize").asInt()).containsOnly(2);
        assertThat(sent).extracting(j -> j.get("cacheBreaker").asText()).containsOnly(sent.get(0).get("cacheBreaker").asText());
    }

    @Test
    void repollsExecutingWithTheIdenticalBodyUntilComplete() throws Exception {
        String productsJson = Fixtures.text("mast/k2_c10_ktwo228725972_caom_products.json");
        AtomicInteger calls = new AtomicInteger();
        server = LoopbackServer.start(r -> calls.incrementAndGet() <= 2
                ? Reply.json("{\"status\":\"EXECUTING\",\"msg\":\"\",\"data\":[],\"fields\":[]}")
                : Reply.json(productsJson));

        List<DataProduct> products = client().products(List.of(1207735L, 30678962L, 30495121L));

        assertThat(products).hasSize(17);
        List<Received> rs = server.received();
        assertThat(rs).hasSize(3);
        assertThat(rs).extracting(Received::body).containsOnly(rs.get(0).body());
    }

    @Test
    void executingPastTheDeadlineIsATimeout() {
        server = LoopbackServer.start(r -> Reply.json("{\"status\":\"EXECUTING\",\"msg\":\"\"}"));

        assertThatThrownBy(() -> client(Optional.empty(), Duration.ofMillis(200), 100).cone(new SkyPosition(1, 2), 0))
                .isInstanceOf(MastTimeoutException.class).hasMessageContaining("Mast.Caom.Cone");
        assertThat(server.received().size()).isGreaterThan(1);
    }

    @Test
    void errorStatusBecomesATypedExceptionCarryingMastsMessage() {
        server = LoopbackServer.start(r -> Reply.json("{\"status\":\"ERROR\",\"msg\":\"Filter 'x' does not exist\",\"data\":[]}"));

        assertThatThrownBy(() -> client().filtered(List.of(CaomFilter.anyOf("target_name", List.of("t")))))
                .isInstanceOfSatisfying(MastServiceException.class, e -> {
                    assertThat(e.mastMessage()).isEqualTo("Filter 'x' does not exist");
                    assertThat(e.service()).isEqualTo("Mast.Caom.Filtered");
                    assertThat(e.uri()).isEqualTo(server.baseUrl().resolve("/api/v0/invoke"));
                });
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void transientKillStateErrorIsSentAgain() throws Exception {
        String filteredJson = Fixtures.text("mast/k2_c10_ktwo228725972_caom_filtered.json");
        AtomicInteger calls = new AtomicInteger();
        server = LoopbackServer.start(r -> calls.incrementAndGet() == 1
                ? Reply.json("{\"status\":\"ERROR\",\"msg\":\"Cannot continue the execution because the session is in the kill state.\"}")
                : Reply.json(filteredJson));

        assertThat(client().filtered(List.of(CaomFilter.anyOf("target_name", List.of("t"))))).hasSize(3);
        assertThat(server.received()).hasSize(2);
    }

    @Test
    void httpFailureStatusNamesTheUrl() {
        server = LoopbackServer.start(r -> Reply.of(404, "no such service"));

        assertThatThrownBy(() -> client().cone(new SkyPosition(10, 20), 0.1))
                .isInstanceOfSatisfying(HttpStatusException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.getMessage()).contains(server.baseUrl() + "/api/v0/invoke").contains("no such service");
                });
    }

    @Test
    void bodyThatIsNotJsonIsMalformed() {
        server = LoopbackServer.start(r -> Reply.of(200, "<html>maintenance</html>"));

        assertThatThrownBy(() -> client().cone(new SkyPosition(10, 20), 0.1))
                .isInstanceOf(MalformedResponseException.class).hasMessageContaining("Mast.Caom.Cone");
    }

    @Test
    void keepsCookiesTheServerSetsAndSendsTheTokenAsCookie() throws Exception {
        String filteredJson = Fixtures.text("mast/k2_c10_ktwo228725972_caom_filtered.json");
        server = LoopbackServer.start(r -> Reply.json(filteredJson)
                .withHeader("Set-Cookie", "STROUTE=route-7; Path=/"));
        MastClient c = client(Optional.of("s3cr3t-token"), Duration.ofSeconds(30), 50_000);

        c.filtered(List.of(CaomFilter.anyOf("target_name", List.of("t"))));
        c.filtered(List.of(CaomFilter.anyOf("target_name", List.of("t"))));

        List<Received> rs = server.received();
        assertThat(rs.get(0).header("Cookie")).contains("mast_token=s3cr3t-token").doesNotContain("STROUTE");
        assertThat(rs.get(1).header("Cookie")).contains("mast_token=s3cr3t-token").contains("STROUTE=route-7");
    }

    @Test
    void pathLookupAsksAtMost40UrisPerCallWithUseCloudPath() throws Exception {
        server = LoopbackServer.start(r -> {
            StringBuilder sb = new StringBuilder("{");
            for (String part : r.uri().getRawQuery().split("&")) {
                if (part.startsWith("uri=")) {
                    String uri = URLDecoder.decode(part.substring(4), StandardCharsets.UTF_8);
                    boolean known = !uri.endsWith("7.fits");
                    sb.append(sb.length() == 1 ? "" : ",").append('"').append(uri).append("\":{\"status_code\":")
                            .append(known ? 200 : 404).append(",\"path\":")
                            .append(known ? "\"/k2/public/" + uri.substring(uri.lastIndexOf('/') + 1) + "\"" : "null")
                            .append('}');
                }
            }
            return Reply.json(sb.append('}').toString());
        });
        List<String> uris = IntStream.range(0, 45).mapToObj(i -> "mast:K2/url/missions/k2/f" + i + ".fits").toList();

        Map<String, CloudPath> keys = client().pathLookup(uris);

        assertThat(server.received()).hasSize(2);
        Received first = server.received().get(0);
        assertThat(first.uri().getPath()).isEqualTo("/api/v0.1/path_lookup/");
        assertThat(first.uri().getRawQuery().split("&")).filteredOn(p -> p.startsWith("uri=")).hasSize(40);
        assertThat(first.uri().getRawQuery()).endsWith("&use_cloud_path=True");
        assertThat(keys).hasSize(45);
        assertThat(keys.get("mast:K2/url/missions/k2/f3.fits").s3Key()).contains("k2/public/f3.fits");
        assertThat(keys.get("mast:K2/url/missions/k2/f7.fits").inCloud()).isFalse();
    }

    @Test
    void productsAreAskedFor500ObsidsPerCallAndDeduplicatedOnDataUri() throws Exception {
        String productsJson = Fixtures.text("mast/k2_c10_ktwo228725972_caom_products.json");
        server = LoopbackServer.start(r -> Reply.json(productsJson));
        List<Long> ids = new ArrayList<>();
        ids.add(1207735L);
        ids.add(30678962L);
        ids.add(30495121L);
        LongStream.range(0, 498).map(i -> 1_000_000_000_000L + i).forEach(ids::add); // beyond 2^31 too

        List<DataProduct> products = client().products(ids);

        assertThat(server.received()).hasSize(2);
        assertThat(requestJson(server.received().get(0)).at("/params/obsid").asText().split(",")).hasSize(500);
        assertThat(requestJson(server.received().get(1)).at("/params/obsid").asText().split(",")).hasSize(1);
        assertThat(products).hasSize(17); // the same 17 rows came back twice
    }
}
