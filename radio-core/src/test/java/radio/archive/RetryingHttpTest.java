package radio.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import radio.testing.LoopbackServer;
import radio.testing.LoopbackServer.Reply;

class RetryingHttpTest {
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private LoopbackServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private Http retrying(int attempts) {
        return new RetryingHttp(new JdkHttp(HttpClient.newHttpClient()::send, Duration.ofSeconds(5)),
                new RetryPolicy(attempts, Duration.ofMillis(100), Duration.ofSeconds(30), Duration.ofSeconds(120)),
                sleeps::add, new Random(42));
    }

    @Test
    void retries503UntilTheServerAnswers() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        server = LoopbackServer.start(r -> calls.incrementAndGet() <= 2 ? Reply.of(503, "busy") : Reply.of(200, "ok"));

        Response<String> r = retrying(5).send(Request.get(server.baseUrl().resolve("/x")), BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("ok");
        assertThat(server.received()).hasSize(3);
        assertThat(sleeps).hasSize(2);
        assertThat(sleeps.get(0)).isBetween(Duration.ZERO, Duration.ofMillis(100));
        assertThat(sleeps.get(1)).isBetween(Duration.ZERO, Duration.ofMillis(200));
    }

    @Test
    void honoursRetryAfterOn429() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        server = LoopbackServer.start(r -> calls.incrementAndGet() == 1
                ? Reply.of(429, "slow down").withHeader("Retry-After", "7") : Reply.of(200, "ok"));

        Response<String> r = retrying(3).send(Request.get(server.baseUrl()), BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void returnsTheLastFailureStatusWhenAttemptsRunOut() throws Exception {
        server = LoopbackServer.start(r -> Reply.of(502, "bad gateway"));

        Response<String> r = retrying(3).send(Request.get(server.baseUrl()), BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(502);
        assertThat(server.received()).hasSize(3);
        assertThat(sleeps).hasSize(2);
    }

    @Test
    void doesNotRetryClientErrors() throws Exception {
        server = LoopbackServer.start(r -> Reply.of(404, "nope"));

        Response<String> r = retrying(5).send(Request.get(server.baseUrl()), BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(server.received()).hasSize(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void retriesAConnectionResetByThePeer() throws Exception {
        try (ServerSocket ss = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> {
                try {
                    try (Socket first = ss.accept()) {
                        first.getInputStream().read(new byte[64]);
                        first.setSoLinger(true, 0); // close with RST
                    }
                    try (Socket second = ss.accept()) {
                        readHeaders(second.getInputStream());
                        OutputStream out = second.getOutputStream();
                        out.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"
                                .getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                    }
                } catch (Exception e) {
                    // the test's assertions report what went wrong
                }
            });
            t.setDaemon(true);
            t.start();

            // a POST: the JDK client quietly repeats a reset GET once by itself, which would hide ours
            Response<String> r = retrying(3).send(Request.postForm(
                    URI.create("http://127.0.0.1:" + ss.getLocalPort() + "/api/v0/invoke"), "request=%7B%7D"),
                    BodyHandlers.ofString());

            assertThat(r.body()).isEqualTo("ok");
            assertThat(sleeps).hasSize(1);
        }
    }

    @Test
    void unreachableServerIsReportedWithItsUrlAfterEveryAttempt() throws Exception {
        int port;
        try (ServerSocket ss = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = ss.getLocalPort();
        }
        URI url = URI.create("http://127.0.0.1:" + port + "/api/v0/invoke");

        assertThatThrownBy(() -> retrying(3).send(Request.get(url), BodyHandlers.ofString()))
                .isInstanceOfSatisfying(ArchiveUnreachableException.class, e -> {
                    assertThat(e.uri()).isEqualTo(url);
                    assertThat(e.getMessage()).contains("after 3 attempts");
                });
        assertThat(sleeps).hasSize(2);
    }

    @Test
    void backoffIsFullJitterWithinTheDoublingWindowAndCapped() {
        RetryPolicy p = new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(60));
        Random random = new Random(1);
        for (int i = 0; i < 200; i++) {
            assertThat(p.delayBeforeRetry(1, Optional.empty(), random)).isBetween(Duration.ZERO, Duration.ofSeconds(1));
            assertThat(p.delayBeforeRetry(3, Optional.empty(), random)).isBetween(Duration.ZERO, Duration.ofSeconds(4));
            assertThat(p.delayBeforeRetry(8, Optional.empty(), random)).isBetween(Duration.ZERO, Duration.ofSeconds(5));
        }
        assertThat(p.delayBeforeRetry(1, Optional.of(Duration.ofSeconds(600)), random)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void retryAfterReadsSecondsAndHttpDates() {
        assertThat(RetryingHttp.retryAfter(java.net.http.HttpHeaders.of(
                java.util.Map.of("Retry-After", List.of("12")), (a, b) -> true))).contains(Duration.ofSeconds(12));
        assertThat(RetryingHttp.retryAfter(java.net.http.HttpHeaders.of(
                java.util.Map.of("Retry-After", List.of("Wed, 21 Oct 2015 07:28:00 GMT")), (a, b) -> true)))
                .contains(Duration.ZERO);
        assertThat(RetryingHttp.retryAfter(java.net.http.HttpHeaders.of(java.util.Map.of(), (a, b) -> true))).isEmpty();
    }

    private static void readHeaders(InputStream in) throws Exception {
        int matched = 0;
        byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        int b;
        while (matched < 4 && (b = in.read()) != -1) {
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
    }
}
