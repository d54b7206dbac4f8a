package radio.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import radio.testing.LoopbackServer;
import radio.testing.LoopbackServer.Reply;

class HostLimitedHttpTest {
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private LoopbackServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /**
     * Each request is held at the server until five are in flight at once (or 300 ms pass), then briefly
     * more; the server records the most it held. Holding makes the count independent of scheduling: with a cap
     * of four, the fifth never arrives while the others wait.
     */
    private void startHoldingServer() {
        server = LoopbackServer.start(32, r -> {
            int now = inFlight.incrementAndGet();
            maxInFlight.accumulateAndGet(now, Math::max);
            long until = System.nanoTime() + 300_000_000L;
            while (inFlight.get() < 5 && System.nanoTime() < until) {
                Thread.sleep(5);
            }
            Thread.sleep(20);
            inFlight.decrementAndGet();
            return Reply.of(200, "ok");
        });
    }

    private int sendConcurrently(Http http, int n) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Response<String>>> fs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                fs.add(pool.submit(() -> http.send(Request.get(server.baseUrl()), BodyHandlers.ofString())));
            }
            int ok = 0;
            for (Future<Response<String>> f : fs) {
                ok += f.get().statusCode() == 200 ? 1 : 0;
            }
            return ok;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void keepsAtMostTheCapInFlightToOneHost() throws Exception {
        startHoldingServer();
        Http http = new HostLimitedHttp(new JdkHttp(HttpClient.newHttpClient()::send, Duration.ofSeconds(10)),
                HostLimits.none().with(server.baseUrl(), 4));

        assertThat(sendConcurrently(http, 12)).isEqualTo(12);
        assertThat(maxInFlight.get()).isEqualTo(4);
    }

    @Test
    void hostsWithoutACapAreNotHeldBack() throws Exception {
        startHoldingServer();
        Http http = new HostLimitedHttp(new JdkHttp(HttpClient.newHttpClient()::send, Duration.ofSeconds(10)),
                HostLimits.none().with(java.net.URI.create("https://mast.stsci.edu"), 1));

        assertThat(sendConcurrently(http, 12)).isEqualTo(12);
        assertThat(maxInFlight.get()).isGreaterThan(4);
    }

    @Test
    void hostKeyIncludesTheDefaultPort() {
        assertThat(Request.hostKey(java.net.URI.create("https://MAST.stsci.edu/api"))).isEqualTo("mast.stsci.edu:443");
        assertThat(Request.hostKey(java.net.URI.create("http://127.0.0.1:8080"))).isEqualTo("127.0.0.1:8080");
    }
}
