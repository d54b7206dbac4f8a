package radio.periodogram;

/**
 * A regular grid of frequencies in cycles per day: {@code start + step·k} for k = 0 … size−1, as astropy's
 * {@code f0, df, Nf}. The fast Lomb–Scargle method needs such a grid.
 */
public record FrequencyGrid(double start, double step, int size) {
    public FrequencyGrid {
        if (!(start >= 0) || !Double.isFinite(start)) {
            throw new IllegalArgumentException("frequencies must be non-negative and finite, start is " + start);
        }
        AutoPeriod.requirePositive("frequency step", step);
        if (size < 1) {
            throw new IllegalArgumentException("a frequency grid needs at least one frequency, got " + size);
        }
    }

    /** The frequency at index k (1/day). */
    public double frequency(int k) {
        return start + step * k;
    }

    /** The highest frequency of the grid (1/day). */
    public double maximum() {
        return frequency(size - 1);
    }

    /** All frequencies, computed as astropy does ({@code f0 + df * arange(Nf)}). */
    public double[] frequencies() {
        double[] f = new double[size];
        for (int k = 0; k < size; k++) {
            f[k] = frequency(k);
        }
        return f;
    }

    /**
     * The grid of astropy's {@code LombScargle.autofrequency}: step 1 / (baseline · samplesPerPeak), from half a
     * step (or the given minimum) to nyquistFactor × the average Nyquist frequency N / (2 · baseline) (or the
     * given maximum), 1 + round((max − min) / step) frequencies.
     *
     * @param baseline time span of the data in days
     * @param samples  number of data points
     */
    public static FrequencyGrid auto(double baseline, int samples, AutoFrequency options) {
        AutoPeriod.requirePositive("baseline", baseline);
        double df = 1.0 / baseline / options.samplesPerPeak();
        double minimum = options.minimumFrequency().orElse(0.5 * df);
        double maximum = options.maximumFrequency().orElse(options.nyquistFactor() * (0.5 * samples / baseline));
        if (maximum < minimum) {
            throw new IllegalArgumentException("maximum frequency " + maximum + " /d is below minimum frequency "
                    + minimum + " /d");
        }
        long n = 1 + (long) Math.rint((maximum - minimum) / df);
        if (n > Integer.MAX_VALUE / 8) {
            throw new IllegalArgumentException("frequency grid of " + n + " frequencies is too large; "
                    + "lower the maximum frequency or the samples per peak");
        }
        return new FrequencyGrid(minimum, df, (int) n);
    }
}
