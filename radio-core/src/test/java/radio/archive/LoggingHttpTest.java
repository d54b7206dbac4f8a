package radio.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import radio.testing.LoopbackServer;
import radio.testing.LoopbackServer.Reply;

class LoggingHttpTest {

    @Test
    void logsACurlLineWithTheTokenRedactedEverywhere() throws Exception {
        String token = "tok-1234567890";
        List<String> lines = new CopyOnWriteArrayList<>();
        try (LoopbackServer server = LoopbackServer.start(r -> Reply.of(200, "{}"))) {
            Http http = new LoggingHttp(new JdkHttp(HttpClient.newHttpClient()::send, Duration.ofSeconds(5)),
                    new LoggingHttp.Secrets(List.of(token)), lines::add);
            Request r = Request.postForm(server.baseUrl().resolve("/api/v0/invoke"), "request=%7B%22it%27s%22%7D&t=" + token)
                    .withHeader("Cookie", "STROUTE=a; mast_token=" + token)
                    .withHeader("Authorization", "token " + token);

            Response<String> resp = http.send(r, BodyHandlers.ofString());

            assertThat(resp.statusCode()).isEqualTo(200);
            assertThat(server.received().get(0).header("Cookie")).contains(token); // the request itself is unchanged
        }
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0))
                .startsWith("curl -X POST 'http://127.0.0.1:")
                .contains("-H 'Content-Type: application/x-www-form-urlencoded'")
                .contains("-H 'Cookie: STROUTE=a; mast_token=<redacted>'")
                .contains("-H 'Authorization: <redacted>'")
                .contains("--data-raw 'request=%7B%22it%27s%22%7D&t=<redacted>'")
                .doesNotContain(token);
        assertThat(lines.get(1)).startsWith("HTTP 200 ").doesNotContain(token);
    }

    @Test
    void shellQuotesSingleQuotes() {
        String line = LoggingHttp.curl(Request.get(URI.create("http://h/q?name=Barnard's")), LoggingHttp.Secrets.none());
        assertThat(line).isEqualTo("curl 'http://h/q?name=Barnard'\\''s'");
    }
}
