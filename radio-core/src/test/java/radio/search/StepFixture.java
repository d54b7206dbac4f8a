package radio.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import radio.archive.Http;
import radio.archive.JdkHttp;
import radio.archive.exoplanets.ExoplanetArchiveClient;
import radio.archive.mast.MastClient;
import radio.archive.mast.SantaResolver;
import radio.sim.SimArchive;
import radio.sim.server.Endpoint;
import radio.sim.server.RecordedRequest;

/**
 * One search run's pipeline over the simulated archive, to test a step alone: the clients, the run's share of
 * the search threads, and its batchers. Targets enter with {@link #enter()}; {@link #inputDone()} says no more
 * will, so a waiting batch goes once every target entered has passed its step.
 */
final class StepFixture implements AutoCloseable {
    /** Batched, with a linger far longer than any test: a batch goes only when no target can still reach its step. */
    static final SearchSettings BATCHED = new SearchSettings(100, Duration.ofSeconds(20), 100, 4);
    private static final ObjectMapper JSON = new ObjectMapper();

    final SimArchive sim;
    final MastClient mast;
    final SantaResolver santa;
    final ExoplanetArchiveClient tap;
    final SearchExecutors threads = new SearchExecutors(4);
    final Pipeline pipeline;

    StepFixture(SimArchive sim) {
        this(sim, BATCHED);
    }

    StepFixture(SimArchive sim, SearchSettings settings) {
        this.sim = sim;
        Http http = new JdkHttp(HttpClient.newHttpClient()::send, Duration.ofSeconds(20));
        this.mast = new MastClient(http, sim.mastUrl(), Optional.empty(), Duration.ofSeconds(60),
                new MastClient.Options(50_000, Duration.ofMillis(10), 0));
        this.santa = new SantaResolver(http, sim.resolverUrl());
        this.tap = new ExoplanetArchiveClient(http, sim.exoplanetArchiveUrl());
        sim.resetCounters();
        this.pipeline = new Pipeline(threads, settings, () -> { });
    }

    Pipeline.Target enter() {
        return pipeline.enter();
    }

    void inputDone() {
        pipeline.inputDone();
    }

    /** The MAST services asked through {@code invoke}, in the order received. */
    List<String> services() {
        return sim.requests(Endpoint.INVOKE).stream().map(StepFixture::service).toList();
    }

    static String service(RecordedRequest r) {
        return request(r).path("service").asText();
    }

    static com.fasterxml.jackson.databind.JsonNode request(RecordedRequest r) {
        try {
            return JSON.readTree(r.param("request").orElseThrow());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value of a future that should complete soon; fails the test rather than hang. */
    static <T> T join(CompletableFuture<T> f) throws Exception {
        return f.get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        pipeline.close();
        threads.close();
    }
}
