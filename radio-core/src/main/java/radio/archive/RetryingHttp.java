package radio.archive;

import java.io.IOException;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse.BodyHandler;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import javax.net.ssl.SSLHandshakeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a request again after transport failures (connection refused or reset, timeouts, truncated responses)
 * and after HTTP 429/500/502/503/504, waiting as {@link RetryPolicy} says and honouring {@code Retry-After}.
 *
 * <p>Wrap only clients whose requests are safe to repeat: radio's archive queries are all reads (the MAST
 * {@code invoke} POST is a query). When attempts run out, a retryable status is returned as the final response
 * (callers turn it into {@link HttpStatusException}) and a transport failure becomes
 * {@link ArchiveUnreachableException}. Thread-safe.
 */
final class RetryingHttp implements Http {
    private static final Logger LOG = LoggerFactory.getLogger(RetryingHttp.class);

    /** Waits; replaceable so tests can record the delays instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;

        Sleeper REAL = d -> {
            if (!d.isZero()) {
                Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));
            }
        };
    }

    private final Http inner;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final RandomGenerator random;

    public RetryingHttp(Http inner, RetryPolicy policy) {
        this(inner, policy, Sleeper.REAL, RandomGenerator.getDefault());
    }

    public RetryingHttp(Http inner, RetryPolicy policy, Sleeper sleeper, RandomGenerator random) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public <T> Response<T> send(Request request, BodyHandler<T> handler) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            boolean last = attempt >= policy.maxAttempts();
            Optional<Duration> retryAfter;
            String why;
            try {
                Response<T> r = inner.send(request, handler);
                if (!RetryPolicy.isRetryableStatus(r.statusCode()) || last) {
                    return r;
                }
                discard(r.body());
                retryAfter = retryAfter(r.headers());
                why = "HTTP " + r.statusCode();
            } catch (SSLHandshakeException e) {
                throw new ArchiveUnreachableException(request.uri(), attempt, e);
            } catch (ArchiveException e) {
                throw e;
            } catch (IOException e) {
                if (last) {
                    throw new ArchiveUnreachableException(request.uri(), attempt, e);
                }
                retryAfter = Optional.empty();
                why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
            Duration wait = policy.delayBeforeRetry(attempt, retryAfter, random);
            LOG.debug("{} {} failed ({}); attempt {} of {} in {} ms", request.method(), request.uri(), why,
                    attempt + 1, policy.maxAttempts(), wait.toMillis());
            sleeper.sleep(wait);
        }
    }

    private static void discard(Object body) {
        if (body instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.debug("closing a discarded response body failed", e);
            }
        }
    }

    /** {@code Retry-After} as delta-seconds or an HTTP date; absent or unreadable → empty. */
    static Optional<Duration> retryAfter(HttpHeaders headers) {
        Optional<String> v = headers.firstValue("Retry-After").map(String::strip);
        if (v.isEmpty() || v.get().isEmpty()) {
            return Optional.empty();
        }
        String s = v.get();
        if (s.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(s)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        try {
            Duration d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME));
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
