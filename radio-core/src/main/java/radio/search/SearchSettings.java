package radio.search;

import java.time.Duration;
import java.util.Objects;

/**
 * How the search schedules its work.
 *
 * @param batchSize       most targets served by one batched request (names per SANTA call are capped at 30,
 *                        obsids per products call at 500, URIs per path_lookup at 40 regardless); 1 = no batching
 * @param linger          the longest a batch waits for more targets while others may still reach that step; it is
 *                        sent at once when none can (so a burst is one request and the last batch never waits)
 * @param targetsInFlight most targets being searched at once; bounds memory for long target lists
 * @param workers         most of a run's tasks (requests) running at once, on the {@link SearchExecutors} threads
 *                        the search shares (the HTTP layer's per-host cap still applies)
 * @param verifyKeys      look up every product's S3 key with {@code path_lookup}; when false, keys of mission-pipeline
 *                        products (K2, Kepler, TESS SPOC) are built by rule ({@link radio.archive.mast.S3KeyRule}),
 *                        confirmed against {@code path_lookup} on the first product of each mission in a run
 */
public record SearchSettings(int batchSize, Duration linger, int targetsInFlight, int workers, boolean verifyKeys) {
    public static final int DEFAULT_BATCH_SIZE = 100;
    /**
     * Short next to a round trip to MAST (50 ms or more): a straggler still several round trips away (a name
     * that needs SANTA and a positional query) then delays the batch it would have joined by this much, not by
     * a round trip. At 5,000 targets batches still fill ({@code bench/search-scale.sh}; docs/benchmarks.md).
     */
    public static final Duration DEFAULT_LINGER = Duration.ofMillis(20);
    public static final int DEFAULT_TARGETS_IN_FLIGHT = 500;

    public SearchSettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
        }
        Objects.requireNonNull(linger, "linger");
        if (linger.isNegative()) {
            throw new IllegalArgumentException("linger must not be negative");
        }
        if (targetsInFlight < 1) {
            throw new IllegalArgumentException("targets in flight must be at least 1: " + targetsInFlight);
        }
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1: " + workers);
        }
    }

    /** Keys by rule where one applies (confirmed against {@code path_lookup}), the rest by {@code path_lookup}. */
    public SearchSettings(int batchSize, Duration linger, int targetsInFlight, int workers) {
        this(batchSize, linger, targetsInFlight, workers, false);
    }

    /** Batched and concurrent, with enough workers to keep {@code mastConnections} requests in flight. */
    public static SearchSettings concurrent(int mastConnections) {
        return new SearchSettings(DEFAULT_BATCH_SIZE, DEFAULT_LINGER, DEFAULT_TARGETS_IN_FLIGHT, mastConnections + 2);
    }

    /**
     * spacekit's way, for comparison: one target at a time, each through its own chain of round trips
     * (resolve, observations, products, cloud paths: every key looked up), one request at a time.
     */
    public static SearchSettings sequential() {
        return new SearchSettings(1, Duration.ZERO, 1, 1, true);
    }
}
