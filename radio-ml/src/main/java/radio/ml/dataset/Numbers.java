package radio.ml.dataset;

import java.util.Arrays;
import radio.lightcurve.Median;

/** Small robust statistics on arrays, NaN-aware where it says so. */
final class Numbers {
    private Numbers() {
    }

    /** The median of the finite values, NaN when there are none. */
    static double nanMedian(double[] v) {
        double[] f = finite(v);
        return Median.of(f, 0, f.length);
    }

    /**
     * 1.4826 × the median absolute deviation of the finite values from {@code median} (their
     * {@link #nanMedian}): σ for normal data, robust to transits.
     */
    static double robustSigma(double[] v, double median) {
        double[] dev = finite(v);
        for (int i = 0; i < dev.length; i++) {
            dev[i] = Math.abs(dev[i] - median);
        }
        return 1.4826 * Median.of(dev, 0, dev.length);
    }

    /** Fills NaN entries by linear interpolation between the nearest finite ones (constant beyond the ends). */
    static void fillGaps(double[] v) {
        int previous = -1;
        for (int i = 0; i < v.length; i++) {
            if (Double.isNaN(v[i])) {
                continue;
            }
            if (previous < 0) {
                Arrays.fill(v, 0, i, v[i]);
            } else if (i - previous > 1) {
                for (int j = previous + 1; j < i; j++) {
                    v[j] = v[previous] + (v[i] - v[previous]) * (j - previous) / (i - previous);
                }
            }
            previous = i;
        }
        if (previous < 0) {
            Arrays.fill(v, 0);
        } else {
            Arrays.fill(v, previous + 1, v.length, v[previous]);
        }
    }

    static float[] toFloats(double[] v) {
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            f[i] = (float) v[i];
        }
        return f;
    }

    /** The finite values of {@code v}, in order, in a new array. */
    private static double[] finite(double[] v) {
        double[] f = new double[v.length];
        int n = 0;
        for (double x : v) {
            if (Double.isFinite(x)) {
                f[n++] = x;
            }
        }
        return n == f.length ? f : Arrays.copyOf(f, n);
    }
}
