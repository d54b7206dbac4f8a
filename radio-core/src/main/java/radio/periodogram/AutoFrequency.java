package radio.periodogram;

import java.util.OptionalDouble;

/**
 * How {@link FrequencyGrid#auto} chooses a Lomb–Scargle grid, with astropy's {@code autofrequency} defaults.
 *
 * @param samplesPerPeak   grid points across a typical peak of width 1 / baseline (default 5)
 * @param nyquistFactor    multiple of the average Nyquist frequency used as the maximum (default 5)
 * @param minimumFrequency lowest frequency in 1/day; empty for half a grid step
 * @param maximumFrequency highest frequency in 1/day; empty for nyquistFactor × average Nyquist
 */
public record AutoFrequency(double samplesPerPeak, double nyquistFactor, OptionalDouble minimumFrequency,
                            OptionalDouble maximumFrequency) {
    public static final AutoFrequency DEFAULT = new AutoFrequency(5, 5, OptionalDouble.empty(),
            OptionalDouble.empty());

    public AutoFrequency {
        AutoPeriod.requirePositive("samples per peak", samplesPerPeak);
        AutoPeriod.requirePositive("Nyquist factor", nyquistFactor);
        minimumFrequency.ifPresent(f -> {
            if (!(f >= 0) || !Double.isFinite(f)) {
                throw new IllegalArgumentException("minimum frequency must be non-negative and finite, got " + f);
            }
        });
        maximumFrequency.ifPresent(f -> AutoPeriod.requirePositive("maximum frequency", f));
        if (minimumFrequency.isPresent() && maximumFrequency.isPresent()
                && minimumFrequency.getAsDouble() > maximumFrequency.getAsDouble()) {
            throw new IllegalArgumentException("minimum frequency " + minimumFrequency.getAsDouble()
                    + " /d is above maximum frequency " + maximumFrequency.getAsDouble() + " /d");
        }
    }

    public AutoFrequency withSamplesPerPeak(double n) {
        return new AutoFrequency(n, nyquistFactor, minimumFrequency, maximumFrequency);
    }

    public AutoFrequency withNyquistFactor(double factor) {
        return new AutoFrequency(samplesPerPeak, factor, minimumFrequency, maximumFrequency);
    }

    public AutoFrequency withMinimumFrequency(double perDay) {
        return new AutoFrequency(samplesPerPeak, nyquistFactor, OptionalDouble.of(perDay), maximumFrequency);
    }

    public AutoFrequency withMaximumFrequency(double perDay) {
        return new AutoFrequency(samplesPerPeak, nyquistFactor, minimumFrequency, OptionalDouble.of(perDay));
    }

    /** Limits given as periods: the shortest period sets the maximum frequency and the longest the minimum. */
    public AutoFrequency withPeriodRange(double minimumPeriod, double maximumPeriod) {
        AutoPeriod.requirePositive("minimum period", minimumPeriod);
        AutoPeriod.requirePositive("maximum period", maximumPeriod);
        if (minimumPeriod > maximumPeriod) {
            throw new IllegalArgumentException("minimum period " + minimumPeriod + " d is above maximum period "
                    + maximumPeriod + " d");
        }
        return new AutoFrequency(samplesPerPeak, nyquistFactor, OptionalDouble.of(1.0 / maximumPeriod),
                OptionalDouble.of(1.0 / minimumPeriod));
    }
}
