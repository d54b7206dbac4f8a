package radio.periodogram;

import java.util.OptionalDouble;

/**
 * How {@link PeriodGrid#auto} chooses a BLS period grid, with astropy's {@code autoperiod} defaults:
 * shortest period twice the longest duration, longest period baseline / ({@code minimumTransits} − 1),
 * frequency step {@code frequencyFactor} × shortest duration / baseline².
 *
 * @param minimumPeriod   shortest period in days; empty for twice the longest duration
 * @param maximumPeriod   longest period in days; empty for baseline / (minimumTransits − 1)
 * @param minimumTransits at least this many transits of the longest default period fit in the baseline (&gt; 1)
 * @param frequencyFactor multiplies the frequency step: larger is coarser and faster (lightkurve uses 10)
 */
public record AutoPeriod(OptionalDouble minimumPeriod, OptionalDouble maximumPeriod, int minimumTransits,
                         double frequencyFactor) {
    /** astropy's defaults: derived limits, 3 transits, frequency factor 1. */
    public static final AutoPeriod DEFAULT = new AutoPeriod(OptionalDouble.empty(), OptionalDouble.empty(), 3, 1.0);

    public AutoPeriod {
        minimumPeriod.ifPresent(p -> requirePositive("minimum period", p));
        maximumPeriod.ifPresent(p -> requirePositive("maximum period", p));
        if (minimumPeriod.isPresent() && maximumPeriod.isPresent()
                && minimumPeriod.getAsDouble() > maximumPeriod.getAsDouble()) {
            throw new IllegalArgumentException("minimum period " + minimumPeriod.getAsDouble()
                    + " d is above maximum period " + maximumPeriod.getAsDouble() + " d");
        }
        if (minimumTransits <= 1) {
            throw new IllegalArgumentException("minimum number of transits must be greater than 1, got "
                    + minimumTransits);
        }
        requirePositive("frequency factor", frequencyFactor);
    }

    public AutoPeriod withMinimumPeriod(double days) {
        return new AutoPeriod(OptionalDouble.of(days), maximumPeriod, minimumTransits, frequencyFactor);
    }

    public AutoPeriod withMaximumPeriod(double days) {
        return new AutoPeriod(minimumPeriod, OptionalDouble.of(days), minimumTransits, frequencyFactor);
    }

    public AutoPeriod withMinimumTransits(int count) {
        return new AutoPeriod(minimumPeriod, maximumPeriod, count, frequencyFactor);
    }

    public AutoPeriod withFrequencyFactor(double factor) {
        return new AutoPeriod(minimumPeriod, maximumPeriod, minimumTransits, factor);
    }

    static void requirePositive(String what, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " must be positive and finite, got " + v);
        }
    }
}
