package radio.archive;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;
import radio.config.RadioConfig;

/**
 * When and how long to wait before sending a failed request again: full-jitter exponential backoff
 * (a uniformly random delay between 0 and {@code min(maxDelay, baseDelay · 2^(retry-1))}), replaced by the
 * server's {@code Retry-After} when it sends one (capped at {@code maxRetryAfter}).
 *
 * @param maxAttempts   attempts in total, including the first (1 = never retry)
 * @param baseDelay     backoff scale
 * @param maxDelay      cap of the backoff window
 * @param maxRetryAfter the longest {@code Retry-After} honoured; longer values are cut to this
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter) {
    public static final Duration DEFAULT_MAX_DELAY = Duration.ofSeconds(30);
    public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(120);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        if (baseDelay.isNegative() || maxDelay.isNegative() || maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("delays must not be negative");
        }
    }

    /** The configured attempts and base delay with the default caps. */
    public static RetryPolicy from(RadioConfig config) {
        return new RetryPolicy(config.maxAttempts(), config.retryBaseDelay(), DEFAULT_MAX_DELAY,
                DEFAULT_MAX_RETRY_AFTER);
    }

    /** No retries at all. */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }

    /**
     * The wait before retry number {@code retry} (1 for the first retry).
     *
     * @param retryAfter the server's {@code Retry-After}, if any
     */
    public Duration delayBeforeRetry(int retry, Optional<Duration> retryAfter, RandomGenerator random) {
        if (retryAfter.isPresent()) {
            Duration ra = retryAfter.get();
            return ra.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : ra;
        }
        long base = baseDelay.toNanos();
        int shift = Math.min(retry - 1, 30);
        long window = base > (Long.MAX_VALUE >> shift) ? Long.MAX_VALUE : base << shift;
        window = Math.min(window, maxDelay.toNanos());
        return window <= 0 ? Duration.ZERO : Duration.ofNanos(random.nextLong(window + 1));
    }

    /** HTTP statuses worth another try: rate limiting and transient server trouble. */
    public static boolean isRetryableStatus(int status) {
        return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    }
}
