package radio.spark;

import java.io.Serializable;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import radio.archive.RetryPolicy;
import radio.periodsearch.LombScargleSearchOptions;
import radio.periodsearch.PeriodRange;
import radio.periodsearch.TransitSearchOptions;
import radio.spark.s3.PublicBucket;

/**
 * What each task needs to know, shipped to the executors with the task (plain values: the records they stand for
 * are rebuilt in the task).
 *
 * @param endpoint          S3-compatible endpoint (path style), or empty text for AWS
 * @param maxAttempts       attempts per request (1 = no retry)
 * @param retryDelayMillis  base of the full-jitter backoff
 * @param timeoutSeconds    time allowed for one whole response
 * @param prefetch          objects fetched ahead of the one being searched, per task
 * @param minPeriodDays     shortest period searched, NaN for lightkurve's automatic one
 * @param maxPeriodDays     longest period searched, NaN for lightkurve's automatic one
 * @param durationsDays     BLS trial durations
 * @param frequencyFactor   BLS frequency step factor
 * @param modelDir          a model folder made by {@code radio train} whose score each light curve gets, or empty
 *                          text for none; every executor must see it at this path
 */
record SearchSettings(String endpoint, int maxAttempts, long retryDelayMillis, long timeoutSeconds, int prefetch,
                      double minPeriodDays, double maxPeriodDays, List<Double> durationsDays, double frequencyFactor,
                      String modelDir) implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    SearchSettings {
        durationsDays = List.copyOf(durationsDays);
        Objects.requireNonNull(modelDir, "modelDir");
        if (maxAttempts < 1 || prefetch < 1 || timeoutSeconds < 1 || retryDelayMillis < 0) {
            throw new IllegalArgumentException("attempts, prefetch and timeout must be positive");
        }
        // fail here, on the driver, rather than in every task
        bls(durationsDays, frequencyFactor, periods(minPeriodDays, maxPeriodDays));
    }

    /** A reader of the bucket with these settings' endpoint, retries and timeout, on a client of its own. */
    PublicBucket newBucket() {
        HttpClient client = PublicBucket.newClient(CONNECT_TIMEOUT);
        Optional<URI> endpointUri = endpoint.isEmpty() ? Optional.empty() : Optional.of(URI.create(endpoint));
        RetryPolicy retries = new RetryPolicy(maxAttempts, Duration.ofMillis(retryDelayMillis),
                RetryPolicy.DEFAULT_MAX_DELAY, RetryPolicy.DEFAULT_MAX_RETRY_AFTER);
        return new PublicBucket(client, endpointUri, retries, Duration.ofSeconds(timeoutSeconds));
    }

    Optional<Path> model() {
        return modelDir.isEmpty() ? Optional.empty() : Optional.of(Path.of(modelDir));
    }

    /**
     * {@code radio periodogram}'s BLS options for these settings, on one thread: a task is the unit of parallelism,
     * and the numbers do not depend on the thread count.
     */
    TransitSearchOptions blsOptions() {
        return bls(durationsDays, frequencyFactor, periods(minPeriodDays, maxPeriodDays));
    }

    /** {@code radio periodogram --method ls}'s options for these settings, on one thread. */
    LombScargleSearchOptions lsOptions() {
        return LombScargleSearchOptions.DEFAULT.withPeriods(periods(minPeriodDays, maxPeriodDays)).withThreads(1);
    }

    private static TransitSearchOptions bls(List<Double> durationsDays, double frequencyFactor, PeriodRange periods) {
        return TransitSearchOptions.DEFAULT.withDurationsDays(durationsDays)
                .withFrequencyFactor(frequencyFactor).withPeriods(periods).withThreads(1);
    }

    private static PeriodRange periods(double minPeriodDays, double maxPeriodDays) {
        return PeriodRange.of(Double.isNaN(minPeriodDays) ? null : minPeriodDays,
                Double.isNaN(maxPeriodDays) ? null : maxPeriodDays);
    }
}
