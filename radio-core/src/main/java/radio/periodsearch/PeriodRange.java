package radio.periodsearch;

import java.util.OptionalDouble;

/**
 * The periods a search covers, in days. An empty limit is chosen per light curve: for a transit search the
 * shortest is the longest trial duration plus a cadence and the longest a third of the baseline (lightkurve's
 * grid); for Lomb–Scargle the shortest is two cadences (the Nyquist frequency) and the longest astropy's automatic
 * one.
 *
 * @param minimumDays shortest period, positive and finite, when given
 * @param maximumDays longest period, positive, finite and not below the shortest, when given
 */
public record PeriodRange(OptionalDouble minimumDays, OptionalDouble maximumDays) {
    /** Both limits chosen per light curve. */
    public static final PeriodRange AUTOMATIC = new PeriodRange(OptionalDouble.empty(), OptionalDouble.empty());

    public PeriodRange {
        requirePositive("minimum period", minimumDays);
        requirePositive("maximum period", maximumDays);
        if (minimumDays.isPresent() && maximumDays.isPresent()
                && minimumDays.getAsDouble() > maximumDays.getAsDouble()) {
            throw new IllegalArgumentException("minimum period " + minimumDays.getAsDouble()
                    + " d is above maximum period " + maximumDays.getAsDouble() + " d");
        }
    }

    /** From limits that may be absent (null). */
    public static PeriodRange of(Double minimumDays, Double maximumDays) {
        return new PeriodRange(minimumDays == null ? OptionalDouble.empty() : OptionalDouble.of(minimumDays),
                maximumDays == null ? OptionalDouble.empty() : OptionalDouble.of(maximumDays));
    }

    public PeriodRange withMinimumDays(double days) {
        return new PeriodRange(OptionalDouble.of(days), maximumDays);
    }

    public PeriodRange withMaximumDays(double days) {
        return new PeriodRange(minimumDays, OptionalDouble.of(days));
    }

    private static void requirePositive(String what, OptionalDouble days) {
        if (days.isPresent() && !(days.getAsDouble() > 0 && Double.isFinite(days.getAsDouble()))) {
            throw new IllegalArgumentException(what + " must be a positive number of days, got " + days.getAsDouble());
        }
    }
}
