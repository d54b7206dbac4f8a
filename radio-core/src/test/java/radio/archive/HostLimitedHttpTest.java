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

    /** Each request stays at the server for 150 ms; the server counts how many it holds at once. */
    private void startSlowServer() {
        server = LoopbackServer.start(32, r -> {
            int now = inFlight.incrementAndGet();
            maxInFlight.accumulateAndGet(now, Math::max);
            Thread.sleep(150);
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
        startSlowServer();
        Http http = new HostLimitedHttp(new JdkHttp(HttpClient.newHttpClient(), Duration.ofSeconds(10)),
                HostLimits.none().with(server.baseUrl(), 4));

        assertThat(sendConcurrently(http, 12)).isEqualTo(12);
        assertThat(maxInFlight.get()).isEqualTo(4);
    }

    @Test
    void hostsWithoutACapAreNotHeldBack() throws Exception {
        startSlowServer();
        Http http = new HostLimitedHttp(new JdkHttp(HttpClient.newHttpClient(), Duration.ofSeconds(10)),
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
