package radio.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import radio.archive.Http;
import radio.archive.JdkHttp;
import radio.archive.exoplanets.ExoplanetArchiveClient;
import radio.archive.mast.MastClient;
import radio.archive.mast.SantaResolver;
import radio.sim.catalogue.Mission;
import radio.sim.catalogue.Target;
import radio.sim.server.Endpoint;

/**
 * Searches on threads they do not own: several at once on one {@link SearchExecutors}, an interrupted one stopping
 * alone, and the threads closed under a search ending it instead of leaving it waiting.
 */
class SearchThreadsTest extends SimStepTest {
    private SearchExecutors threads = new SearchExecutors(6);

    @AfterEach
    void stop() {
        threads.close();
        sim.setLatency(Duration.ZERO);
    }

    private ProductSearch search() {
        Http http = new JdkHttp(HttpClient.newHttpClient()::send, Duration.ofSeconds(20));
        MastClient mast = new MastClient(http, sim.mastUrl(), Optional.empty(), Duration.ofSeconds(60),
                new MastClient.Options(50_000, Duration.ofMillis(10), 0));
        return new ProductSearch(mast, new SantaResolver(http, sim.resolverUrl()),
                new ExoplanetArchiveClient(http, sim.exoplanetArchiveUrl()), SearchSettings.concurrent(4), threads);
    }

    /** What a search found, comparable across runs: per target its status and "data URI → key" rows. */
    private static List<String> summary(List<TargetOutcome> out) {
        List<String> rows = new ArrayList<>();
        for (TargetOutcome o : out) {
            rows.add(o.target() + " " + o.status() + " " + o.reason().orElse(""));
            o.products().forEach(p -> rows.add("  " + p.dataUri() + " " + p.s3Key().orElse("-")));
        }
        return rows;
    }

    private static List<String> k2Hosts() {
        return sim.catalogue().seedTargetNames();
    }

    private static List<String> keplerStars() {
        return sim.catalogue().targets(Mission.KEPLER).stream().limit(12).map(Target::designation).toList();
    }

    @Test
    void searchesRunningAtOnceOnOneSetOfThreadsEachFindWhatTheyFindAlone() throws Exception {
        Selection lightCurves = Selection.all().withProducts(java.util.Set.of("LLC"));
        List<String> aloneK2 = summary(search().search(k2Hosts(), lightCurves, Optional.empty()));
        List<String> aloneKepler = summary(search().search(keplerStars(), lightCurves, Optional.empty()));

        ProductSearch shared = search();
        CompletableFuture<List<TargetOutcome>> k2 = CompletableFuture.supplyAsync(() -> searchQuietly(shared,
                k2Hosts(), lightCurves));
        CompletableFuture<List<TargetOutcome>> kepler = CompletableFuture.supplyAsync(() -> searchQuietly(shared,
                keplerStars(), lightCurves));

        assertThat(summary(k2.get(60, TimeUnit.SECONDS))).isEqualTo(aloneK2);
        assertThat(summary(kepler.get(60, TimeUnit.SECONDS))).isEqualTo(aloneKepler);
        assertThat(aloneK2).anyMatch(r -> r.contains(" FOUND "));
        assertThat(aloneKepler).anyMatch(r -> r.contains(" FOUND "));
    }

    private static List<TargetOutcome> searchQuietly(ProductSearch s, List<String> targets, Selection selection) {
        try {
            return s.search(targets, selection, Optional.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs a search on a thread of its own; the future gives what {@code run} threw, or null. */
    private static CompletableFuture<Throwable> searchInBackground(ProductSearch s, List<String> targets,
                                                                   Thread[] thread) {
        CompletableFuture<Throwable> ended = new CompletableFuture<>();
        thread[0] = new Thread(() -> {
            try {
                s.run(targets.iterator(), Selection.k2LongCadenceLightCurves(), Optional.empty(), o -> { });
                ended.complete(null);
            } catch (Throwable t) {
                ended.complete(t);
            }
        }, "test-search");
        thread[0].start();
        return ended;
    }

    private static void awaitFirstRequest() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (sim.requestCount(Endpoint.TAP) + sim.requestCount(Endpoint.INVOKE) == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the search sent nothing");
            }
            Thread.sleep(5);
        }
    }

    @Test
    void anInterruptedSearchStopsAndTheSameThreadsServeTheNextSearch() throws Exception {
        List<String> expected = summary(search().search(k2Hosts(), Selection.k2LongCadenceLightCurves(),
                Optional.empty()));
        sim.setLatency(Duration.ofSeconds(2));
        sim.resetCounters();
        Thread[] thread = new Thread[1];
        CompletableFuture<Throwable> ended = searchInBackground(search(), k2Hosts(), thread);
        awaitFirstRequest();

        thread[0].interrupt();

        assertThat(ended.get(10, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
        sim.setLatency(Duration.ZERO);
        assertThat(summary(search().search(k2Hosts(), Selection.k2LongCadenceLightCurves(), Optional.empty())))
                .isEqualTo(expected);
    }

    @Test
    void closingTheThreadsUnderASearchEndsItInsteadOfLeavingItWaiting() throws Exception {
        sim.setLatency(Duration.ofSeconds(2));
        sim.resetCounters();
        Thread[] thread = new Thread[1];
        CompletableFuture<Throwable> ended = searchInBackground(search(), k2Hosts(), thread);
        awaitFirstRequest();

        threads.close();

        assertThat(ended.get(10, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class)
                .hasMessage("the search threads were closed during the search");
        threads = new SearchExecutors(6);
    }

    @Test
    void aSearchOnClosedThreadsIsRefused() {
        threads.close();

        assertThatThrownBy(() -> search().search(k2Hosts(), Selection.all(), Optional.empty()))
                .isInstanceOf(IllegalStateException.class).hasMessage("search threads closed");
    }
}
