package radio.lightcurve;

import java.util.Arrays;

/** Small NaN-ignoring statistics shared by the operations. */
final class Stats {
    private Stats() {
    }

    /** Median of the non-NaN values (mean of the two middle ones for an even count); NaN when there are none. */
    static double nanMedian(double[] values) {
        double[] v = finiteOrInfinite(values, 0, values.length);
        return median(v, v.length);
    }

    /** Median of the non-NaN values in {@code values[from, to)}. */
    static double nanMedian(double[] values, int from, int to) {
        double[] v = finiteOrInfinite(values, from, to);
        return median(v, v.length);
    }

    /** Median of the first {@code n} entries of {@code v}; reorders that part ({@link Median#of}). */
    static double median(double[] v, int n) {
        return Median.of(v, 0, n);
    }

    /** Population standard deviation (ddof 0) of the non-NaN values; NaN when there are none. */
    static double nanStd(double[] values) {
        double sum = 0;
        int n = 0;
        for (double x : values) {
            if (!Double.isNaN(x)) {
                sum += x;
                n++;
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        double mean = sum / n;
        double ss = 0;
        for (double x : values) {
            if (!Double.isNaN(x)) {
                ss += (x - mean) * (x - mean);
            }
        }
        return Math.sqrt(ss / n);
    }

    private static double[] finiteOrInfinite(double[] values, int from, int to) {
        double[] v = new double[to - from];
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!Double.isNaN(values[i])) {
                v[n++] = values[i];
            }
        }
        return n == v.length ? v : Arrays.copyOf(v, n);
    }
}
