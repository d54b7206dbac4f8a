package radio.periodogram;

import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A Lomb–Scargle periodogram: power at each frequency (cycles per day) in the given normalisation.
 * Arrays are copied in and out.
 */
public record LombScargleResult(double[] frequency, double[] power, Normalization normalization, Method method) {
    public LombScargleResult {
        Objects.requireNonNull(normalization, "normalization");
        Objects.requireNonNull(method, "method");
        frequency = frequency.clone();
        power = power.clone();
        if (frequency.length != power.length) {
            throw new IllegalArgumentException("frequency and power differ in length");
        }
    }

    public int size() {
        return frequency.length;
    }

    /** Periods in days (1 / frequency), in the order of the frequencies. */
    public double[] period() {
        double[] p = new double[frequency.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = 1.0 / frequency[i];
        }
        return p;
    }

    /** Index of the highest power, NaN ignored, first of equals; empty if every power is NaN. */
    public OptionalInt bestIndex() {
        int best = Series.nanArgmax(power);
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }

    /** The highest peak. @throws NoSuchElementException when every power is NaN */
    public LombScarglePeak best() {
        int i = bestIndex().orElseThrow(() -> new NoSuchElementException("every power is NaN"));
        return peak(i);
    }

    public LombScarglePeak peak(int i) {
        return new LombScarglePeak(frequency[i], 1.0 / frequency[i], power[i]);
    }

    /** The period of the highest peak in days. */
    public double bestPeriod() {
        return best().period();
    }

    @Override
    public double[] frequency() {
        return frequency.clone();
    }

    @Override
    public double[] power() {
        return power.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LombScargleResult r && normalization == r.normalization && method == r.method
                && Arrays.equals(frequency, r.frequency) && Arrays.equals(power, r.power);
    }

    @Override
    public int hashCode() {
        return Objects.hash(normalization, method, Arrays.hashCode(frequency), Arrays.hashCode(power));
    }

    @Override
    public String toString() {
        return "LombScargleResult[" + normalization + ", " + method + ", " + frequency.length + " frequencies"
                + bestIndex().stream().mapToObj(i -> ", best " + peak(i)).findFirst().orElse("") + "]";
    }
}
