package radio.periodogram;

import java.util.Arrays;

/**
 * lightkurve's defaults for a BLS transit search ({@code to_periodogram("bls")}) of a normalised light curve: its
 * trial durations, a period grid from the longest duration plus a cadence (at least four cadences) to a third of
 * the baseline with frequency factor 10, and a flatten window long enough to leave those transits alone.
 */
public final class TransitSearch {
    /** lightkurve's frequency factor for BLS period grids. */
    public static final double FREQUENCY_FACTOR = 10;
    /** The shortest flatten window in days: several times any transit such a search looks for. */
    public static final double MIN_FLATTEN_WINDOW_DAYS = 1.0;
    private static final double[] DURATIONS = {0.05, 0.10, 0.15, 0.20, 0.25, 0.33};

    private TransitSearch() {
    }

    /** lightkurve's trial durations in days (a copy). */
    public static double[] durations() {
        return DURATIONS.clone();
    }

    /** The flatten window for a search with these durations: three times the longest, at least a day. */
    public static double flattenWindowDays(double[] durations) {
        return Math.max(MIN_FLATTEN_WINDOW_DAYS, 3 * longest(durations));
    }

    /** The shortest trial period: the longest duration plus a cadence, and at least four cadences. */
    public static double minimumPeriod(double[] durations, double cadenceDays) {
        return Math.max(4 * cadenceDays, longest(durations) + cadenceDays);
    }

    /** The longest trial period: a third of the baseline, so that at least three transits fit. */
    public static double maximumPeriod(double baselineDays) {
        return baselineDays / 3;
    }

    /** The whole default period grid rule for {@link Bls#autoperiod(double[], AutoPeriod)}. */
    public static AutoPeriod periods(double[] durations, double cadenceDays, double baselineDays) {
        return AutoPeriod.DEFAULT.withMinimumPeriod(minimumPeriod(durations, cadenceDays))
                .withMaximumPeriod(maximumPeriod(baselineDays)).withFrequencyFactor(FREQUENCY_FACTOR);
    }

    private static double longest(double[] durations) {
        return Arrays.stream(durations).max().orElseThrow(() -> new IllegalArgumentException("no durations"));
    }
}
