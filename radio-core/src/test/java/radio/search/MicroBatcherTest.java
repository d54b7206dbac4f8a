package radio.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MicroBatcherTest {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService workers = Executors.newFixedThreadPool(2);
    private final List<List<Integer>> calls = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        timer.shutdownNow();
        workers.shutdownNow();
    }

    private MicroBatcher<Integer, String> batcher(int maxItems, int maxWeight, Duration linger) {
        return new MicroBatcher<>("test", maxItems, maxWeight, i -> i, linger, () -> true, timer::schedule, workers,
                items -> {
                    calls.add(List.copyOf(items));
                    return items.stream().map(i -> "r" + i).toList();
                });
    }

    private static List<String> join(List<CompletableFuture<String>> fs) throws Exception {
        List<String> out = new ArrayList<>();
        for (CompletableFuture<String> f : fs) {
            out.add(f.get());
        }
        return out;
    }

    @Test
    void itemsArrivingTogetherShareOneCallAndEachGetsItsOwnResult() throws Exception {
        MicroBatcher<Integer, String> b = batcher(100, 1000, Duration.ofSeconds(30));
        List<CompletableFuture<String>> fs = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            fs.add(b.submit(1));
        }
        // ten items of weight 1 do not fill the batch; the long linger would hold them, so fill it up
        fs.add(b.submit(990));
        assertThat(join(fs)).hasSize(11).allMatch(s -> s.startsWith("r"));
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0)).hasSize(11);
    }

    @Test
    void aPartBatchIsSentWhenTheLingerRunsOut() throws Exception {
        MicroBatcher<Integer, String> b = batcher(100, 1000, Duration.ofMillis(20));
        List<CompletableFuture<String>> fs = List.of(b.submit(1), b.submit(2), b.submit(3));
        assertThat(join(fs)).containsExactly("r1", "r2", "r3");
        assertThat(calls).containsExactly(List.of(1, 2, 3));
    }

    @Test
    void batchesSplitAtTheItemLimit() throws Exception {
        MicroBatcher<Integer, String> b = batcher(2, 1000, Duration.ofSeconds(30));
        List<CompletableFuture<String>> fs = List.of(b.submit(1), b.submit(1), b.submit(1), b.submit(1));
        join(fs);
        assertThat(calls).containsExactlyInAnyOrder(List.of(1, 1), List.of(1, 1));
    }

    @Test
    void batchesSplitBeforeTheWeightLimitWouldBeExceeded() throws Exception {
        MicroBatcher<Integer, String> b = batcher(100, 40, Duration.ofMillis(20));
        List<CompletableFuture<String>> fs = List.of(b.submit(25), b.submit(10), b.submit(20), b.submit(60));
        join(fs);
        // 25+10 fit; 20 would make 55 > 40 so a new batch starts; 60 alone exceeds the limit and goes by itself
        assertThat(calls).containsExactlyInAnyOrder(List.of(25, 10), List.of(20), List.of(60));
    }

    @Test
    void withOneItemPerBatchEveryItemIsItsOwnCall() throws Exception {
        MicroBatcher<Integer, String> b = batcher(1, 1000, Duration.ZERO);
        join(List.of(b.submit(1), b.submit(2), b.submit(3)));
        assertThat(calls).containsExactlyInAnyOrder(List.of(1), List.of(2), List.of(3));
    }

    @Test
    void aFailedCallFailsEveryItemOfItsBatchOnly() throws Exception {
        MicroBatcher<Integer, String> b = new MicroBatcher<>("test", 2, 100, i -> 1, Duration.ofSeconds(30), () -> true,
                timer::schedule, workers, items -> {
                    if (items.contains(13)) {
                        throw new java.io.IOException("unlucky batch");
                    }
                    return items.stream().map(i -> "r" + i).toList();
                });
        CompletableFuture<String> a = b.submit(13);
        CompletableFuture<String> c = b.submit(14);
        CompletableFuture<String> d = b.submit(1);
        CompletableFuture<String> e = b.submit(2);
        assertThatThrownBy(a::get).isInstanceOf(ExecutionException.class).hasMessageContaining("unlucky batch");
        assertThatThrownBy(c::get).isInstanceOf(ExecutionException.class).hasMessageContaining("unlucky batch");
        assertThat(d.get()).isEqualTo("r1");
        assertThat(e.get()).isEqualTo("r2");
    }

    @Test
    void aBatchGoesAtOnceWhenNoMoreItemsCanCome() throws Exception {
        java.util.concurrent.atomic.AtomicInteger upstream = new java.util.concurrent.atomic.AtomicInteger(3);
        MicroBatcher<Integer, String> b = new MicroBatcher<>("test", 100, 1000, i -> 1, Duration.ofHours(1),
                () -> upstream.get() > 0, timer::schedule, workers, items -> {
                    calls.add(List.copyOf(items));
                    return items.stream().map(i -> "r" + i).toList();
                });
        upstream.decrementAndGet();
        CompletableFuture<String> first = b.submit(1);
        upstream.decrementAndGet();
        CompletableFuture<String> second = b.submit(2);
        assertThat(first).isNotDone(); // the hour-long linger holds them while one more may come
        upstream.decrementAndGet(); // the last one took another way
        b.flushIfIdle();
        assertThat(join(List.of(first, second))).containsExactly("r1", "r2");
        assertThat(calls).containsExactly(List.of(1, 2));
        // from now on, nothing is upstream: every item goes at once
        assertThat(b.submit(3).get()).isEqualTo("r3");
        assertThat(calls).containsExactly(List.of(1, 2), List.of(3));
    }
}
