package radio.archive.exoplanets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import radio.archive.HttpStatusException;
import radio.archive.JdkHttp;
import radio.testing.Fixtures;
import radio.testing.LoopbackServer;
import radio.testing.LoopbackServer.Reply;

class ExoplanetArchiveClientTest {
    private LoopbackServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private ExoplanetArchiveClient client() {
        return new ExoplanetArchiveClient(new JdkHttp(HttpClient.newHttpClient()::send, Duration.ofSeconds(10)),
                server.baseUrl());
    }

    @Test
    void sendsQueryAndFormatToTapSyncAndStreamsRows() throws Exception {
        String k2names = Fixtures.text("exoplanet-archive/ropensci-exoplanets/tap_k2names_epic_id_k2_name.json");
        server = LoopbackServer.start(r -> Reply.json(k2names));

        List<TapRow> rows = client().fetchAll(new TapQuery("select epic_id,k2_name from k2names where k2_name like 'K2-1%';",
                OptionalInt.of(1000)));

        assertThat(rows).hasSize(449);
        var r = server.received().get(0);
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.uri().getPath()).isEqualTo("/TAP/sync");
        String query = URLDecoder.decode(r.uri().getRawQuery(), StandardCharsets.UTF_8);
        assertThat(query).isEqualTo("query=select epic_id,k2_name from k2names where k2_name like 'K2-1%'"
                + "&format=json&maxrec=1000");
        assertThat(r.uri().getRawQuery()).contains("%25").contains("%27");
        assertThat(r.header("User-Agent")).startsWith("radio/");
    }

    @Test
    void errorArrivingWithHttp200IsATapExceptionWithTheArchivesText() {
        server = LoopbackServer.start(r -> Reply.json("{\n    \"status\": \"error\",\n    \"msg\": \"ORA-00904: \"KEPID\": "
                + "invalid identifier\"\n}"));

        assertThatThrownBy(() -> client().fetchAll(TapQuery.json("select kepid from keplertimeseries")))
                .isInstanceOfSatisfying(TapException.class, e -> {
                    assertThat(e.archiveMessage()).contains("\"KEPID\": invalid identifier");
                    assertThat(e.uri()).isEqualTo(server.baseUrl().resolve("/TAP/sync"));
                });
    }

    @Test
    void infrastructureFailureIsAnHttpStatusException() {
        server = LoopbackServer.start(r -> Reply.of(504, "Gateway Time-out"));

        assertThatThrownBy(() -> client().fetchAll(TapQuery.json("select * from ps")))
                .isInstanceOfSatisfying(HttpStatusException.class, e -> assertThat(e.status()).isEqualTo(504));
    }

    @Test
    void longQueriesArePosted() throws Exception {
        server = LoopbackServer.start(r -> Reply.json("[{\"pl_name\": \"K2-18 b\"}]"));
        String adql = "select pl_name from ps where " + "pl_name='K2-18 b' or ".repeat(300) + "pl_name='x'";

        List<TapRow> rows = client().fetchAll(TapQuery.json(adql));

        assertThat(rows).extracting(x -> x.text("pl_name").orElseThrow()).containsExactly("K2-18 b");
        var r = server.received().get(0);
        assertThat(r.method()).isEqualTo("POST");
        assertThat(URLDecoder.decode(r.body(), StandardCharsets.UTF_8)).isEqualTo("query=" + adql + "&format=json");
    }
}
