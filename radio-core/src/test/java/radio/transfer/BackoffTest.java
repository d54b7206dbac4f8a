package radio.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
    @Test
    void fullJitterStaysWithinTheGrowingCeilingAndTheCap() {
        Backoff b = new Backoff(Duration.ofMillis(100), Duration.ofMillis(1_000));
        long max1 = 0;
        long max4 = 0;
        for (int i = 0; i < 2_000; i++) {
            long d1 = b.delay(1, null).toMillis();
            long d4 = b.delay(4, null).toMillis();
            long d9 = b.delay(9, null).toMillis();
            assertThat(d1).isBetween(0L, 100L);
            assertThat(d4).isBetween(0L, 800L);
            assertThat(d9).isBetween(0L, 1_000L);
            max1 = Math.max(max1, d1);
            max4 = Math.max(max4, d4);
        }
        assertThat(max1).as("spread over the whole range").isGreaterThan(80);
        assertThat(max4).isGreaterThan(600);
    }

    @Test
    void honoursRetryAfterUpToTheCap() {
        Backoff b = new Backoff(Duration.ofMillis(1), Duration.ofMillis(5_000));
        assertThat(b.delay(1, Duration.ofSeconds(2))).isEqualTo(Duration.ofSeconds(2));
        assertThat(b.delay(1, Duration.ofSeconds(60))).isEqualTo(Duration.ofSeconds(5));
    }
}
