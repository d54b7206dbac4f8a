package radio.ml.dataset;

import java.util.Arrays;

/** Small robust statistics on arrays, NaN-aware where it says so. */
final class Numbers {
    private Numbers() {
    }

    /** The median of the finite values, NaN when there are none. */
    static double nanMedian(double[] v) {
        double[] f = Arrays.stream(v).filter(Double::isFinite).toArray();
        return median(f, 0, f.length);
    }

    /** The median of {@code v[from..to)} (sorted in place). */
    static double median(double[] v, int from, int to) {
        int n = to - from;
        if (n <= 0) {
            return Double.NaN;
        }
        Arrays.sort(v, from, to);
        int mid = from + n / 2;
        return n % 2 == 1 ? v[mid] : 0.5 * (v[mid - 1] + v[mid]);
    }

    /** 1.4826 × the median absolute deviation of the finite values: σ for normal data, robust to transits. */
    static double robustSigma(double[] v) {
        double m = nanMedian(v);
        double[] dev = Arrays.stream(v).filter(Double::isFinite).map(x -> Math.abs(x - m)).toArray();
        return 1.4826 * median(dev, 0, dev.length);
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
}
