package radio.periodogram;

import java.util.Arrays;

/**
 * The trial periods of a BLS search, in days, in the order given (an automatic grid is uniform in frequency
 * and ascending in period). Immutable; the array is copied in and out.
 */
public record PeriodGrid(double[] periods) {
    public PeriodGrid {
        if (periods == null || periods.length == 0) {
            throw new IllegalArgumentException("a period grid needs at least one period");
        }
        periods = periods.clone();
        for (int i = 0; i < periods.length; i++) {
            if (!(periods[i] > 0) || !Double.isFinite(periods[i])) {
                throw new IllegalArgumentException("period at index " + i + " is " + periods[i]
                        + "; periods must be positive and finite");
            }
        }
    }

    public static PeriodGrid of(double... periods) {
        return new PeriodGrid(periods);
    }

    /**
     * astropy's {@code BoxLeastSquares.autoperiod}: periods 1 / (f_max − k·df), k = 0 … n−1, with
     * df = frequencyFactor · min(durations) / baseline² and n = 1 + round((f_max − f_min) / df).
     *
     * @param baseline  time span of the data in days (max − min of the times)
     * @param durations the trial transit durations in days
     * @throws IllegalArgumentException when the limits are inconsistent (a minimum above the maximum, or a
     *                                  derived limit on the wrong side of a given one), naming both values
     * @throws GridTooLargeException    when the grid would not fit in the JVM's maximum heap (astropy's defaults
     *                                  on a baseline of years make tens of millions of periods)
     */
    public static PeriodGrid auto(double baseline, double[] durations, AutoPeriod options) {
        return auto(baseline, durations, options, HeapBudget.runtime());
    }

    /**
     * {@link #auto(double, double[], AutoPeriod)} within a heap budget.
     *
     * @throws GridTooLargeException when the grid would not fit in the budget
     */
    static PeriodGrid auto(double baseline, double[] durations, AutoPeriod options, HeapBudget budget) {
        AutoPeriod.requirePositive("baseline", baseline);
        Durations d = Durations.of(durations);
        double df = options.frequencyFactor() * d.min / (baseline * baseline);
        double minimum = options.minimumPeriod().orElse(2.0 * d.max);
        double maximum = options.maximumPeriod().orElse(baseline / (options.minimumTransits() - 1));
        if (minimum > maximum) {
            String minSource = options.minimumPeriod().isPresent() ? "minimum period"
                    : "minimum period (twice the longest duration)";
            String maxSource = options.maximumPeriod().isPresent() ? "maximum period"
                    : "maximum period (baseline / " + (options.minimumTransits() - 1) + ")";
            throw new IllegalArgumentException(minSource + " " + minimum + " d is above " + maxSource + " "
                    + maximum + " d");
        }
        double minFrequency = 1.0 / maximum;
        double maxFrequency = 1.0 / minimum;
        long n = 1 + (long) Math.rint((maxFrequency - minFrequency) / df);
        budget.require("an automatic period grid", n, 2L * Double.BYTES * n);
        if (n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("period grid of " + n + " periods is too large; "
                    + "raise the frequency factor or narrow the period range");
        }
        // the periods, then the grid's own copy of them
        return budget.allocate("an automatic period grid", n, 2L * Double.BYTES * n, () -> {
            double[] periods = new double[(int) n];
            for (int k = 0; k < n; k++) {
                periods[k] = 1.0 / (maxFrequency - df * k);
            }
            return new PeriodGrid(periods);
        });
    }

    @Override
    public double[] periods() {
        return periods.clone();
    }

    public int size() {
        return periods.length;
    }

    public double period(int index) {
        return periods[index];
    }

    public double minimum() {
        return Arrays.stream(periods).min().orElseThrow();
    }

    public double maximum() {
        return Arrays.stream(periods).max().orElseThrow();
    }

    /** Direct access for the algorithms in this package, never modified. */
    double[] shared() {
        return periods;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PeriodGrid g && Arrays.equals(periods, g.periods);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(periods);
    }

    @Override
    public String toString() {
        return "PeriodGrid[" + periods.length + " periods, " + minimum() + " – " + maximum() + " d]";
    }
}
