package radio.transfer;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Full-jitter exponential backoff (AWS architecture blog, "Exponential Backoff And Jitter"): before retry
 * {@code n} wait a uniformly random time in {@code [0, min(max, base·2^(n-1))]}, but at least a server's
 * {@code Retry-After}.
 */
record Backoff(Duration base, Duration max) {
    Duration delay(int retry, Duration retryAfter) {
        long cap = max.toMillis();
        long ceiling = base.toMillis() << Math.min(Math.max(retry - 1, 0), 30);
        long bound = Math.max(0, Math.min(cap, ceiling < 0 ? cap : ceiling));
        long jitter = bound == 0 ? 0 : ThreadLocalRandom.current().nextLong(bound + 1);
        long floor = retryAfter == null ? 0 : Math.min(cap, retryAfter.toMillis());
        return Duration.ofMillis(Math.max(jitter, floor));
    }
}
