package radio.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PrefetcherTest {
    @Test
    void resultsComeInSourceOrderWithFailuresAsValues() {
        List<String> items = List.of("a", "b", "boom", "c");
        List<String> seen = new ArrayList<>();
        try (Prefetcher<String, String> p = new Prefetcher<>(items.iterator(), s -> {
            if (s.equals("boom")) {
                throw new IOException("no " + s);
            }
            return s.toUpperCase();
        }, 3)) {
            while (p.hasNext()) {
                Prefetcher.Fetched<String, String> f = p.next();
                seen.add(f.failure() == null ? f.value() : f.item() + ": " + f.failure().getMessage());
            }
        }
        assertThat(seen).containsExactly("A", "B", "boom: no boom", "C");
    }

    @Test
    void neverMoreThanDepthFetchesAreAheadOfTheConsumer() throws Exception {
        AtomicInteger started = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> items = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            items.add(i);
        }
        try (Prefetcher<Integer, Integer> p = new Prefetcher<>(items.iterator(), i -> {
            started.incrementAndGet();
            release.await(10, TimeUnit.SECONDS);
            return i;
        }, 4)) {
            assertThat(p.hasNext()).isTrue();
            Thread.sleep(200); // time for more fetches to start, were they allowed to
            assertThat(started).hasValue(4);
            release.countDown();
            assertThat(p.next().value()).isZero();
            assertThat(started.get()).isLessThanOrEqualTo(5);
            int n = 1;
            while (p.hasNext()) {
                assertThat(p.next().value()).isEqualTo(n++);
            }
            assertThat(n).isEqualTo(20);
        }
    }
}
