package radio.periodogram;

import java.util.Arrays;
import radio.lightcurve.LightCurve;
import radio.lightcurve.Median;

/**
 * Validated, privately owned copy of a time series: times, values and optional errors, all finite, errors
 * positive. Package-private: the public types take plain arrays and build one of these.
 */
final class Series {
    final double[] t;
    final double[] y;
    /** Inverse variances, 1 everywhere without errors (unit weights, as astropy). */
    final double[] ivar;

    /** @param dy errors (only read), or null for unit weights */
    private Series(double[] t, double[] y, double[] dy) {
        this.t = t;
        this.y = y;
        this.ivar = new double[t.length];
        if (dy == null) {
            Arrays.fill(ivar, 1.0);
        } else {
            for (int i = 0; i < t.length; i++) {
                ivar[i] = 1.0 / (dy[i] * dy[i]);
            }
        }
    }

    /**
     * @param minimumSize fewest points the method can use
     * @throws IllegalArgumentException naming the array and the first offending index
     */
    static Series of(double[] t, double[] y, double[] dy, int minimumSize) {
        if (t == null || y == null) {
            throw new IllegalArgumentException("time and values are required");
        }
        if (t.length != y.length || (dy != null && dy.length != t.length)) {
            throw new IllegalArgumentException("time, values and errors differ in length: " + t.length + ", "
                    + y.length + (dy == null ? "" : ", " + dy.length));
        }
        if (t.length < minimumSize) {
            throw new IllegalArgumentException("need at least " + minimumSize + " points, got " + t.length);
        }
        requireFinite("time", t);
        requireFinite("value", y);
        if (dy != null) {
            for (int i = 0; i < dy.length; i++) {
                if (!(dy[i] > 0) || !Double.isFinite(dy[i])) {
                    throw new IllegalArgumentException("error at index " + i + " is " + dy[i]
                            + "; errors must be positive and finite (remove such rows first)");
                }
            }
        }
        return new Series(t.clone(), y.clone(), dy);
    }

    /**
     * The rows of a light curve with finite time and flux, as lightkurve prepares a periodogram: the flux
     * errors are used only when every kept row has a positive, finite one; otherwise the weights are equal.
     */
    static Series of(LightCurve lc, int minimumSize) {
        int n = 0;
        boolean errors = true;
        for (int i = 0; i < lc.size(); i++) {
            if (Double.isFinite(lc.timeAt(i)) && Double.isFinite(lc.fluxAt(i))) {
                n++;
                double e = lc.fluxErrAt(i);
                errors &= e > 0 && Double.isFinite(e);
            }
        }
        double[] t = new double[n];
        double[] y = new double[n];
        double[] dy = errors ? new double[n] : null;
        for (int i = 0, k = 0; i < lc.size(); i++) {
            if (Double.isFinite(lc.timeAt(i)) && Double.isFinite(lc.fluxAt(i))) {
                t[k] = lc.timeAt(i);
                y[k] = lc.fluxAt(i);
                if (dy != null) {
                    dy[k] = lc.fluxErrAt(i);
                }
                k++;
            }
        }
        if (n < minimumSize) {
            throw new IllegalArgumentException(lc.meta().objectName() + " has " + n
                    + " rows with finite time and flux; at least " + minimumSize + " are needed");
        }
        return new Series(t, y, dy);
    }

    private static void requireFinite(String what, double[] a) {
        for (int i = 0; i < a.length; i++) {
            if (!Double.isFinite(a[i])) {
                throw new IllegalArgumentException(what + " at index " + i + " is " + a[i]
                        + "; remove NaN and infinite rows first");
            }
        }
    }

    int size() {
        return t.length;
    }

    double minTime() {
        double m = Double.POSITIVE_INFINITY;
        for (double v : t) {
            m = Math.min(m, v);
        }
        return m;
    }

    double maxTime() {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : t) {
            m = Math.max(m, v);
        }
        return m;
    }

    double baseline() {
        return maxTime() - minTime();
    }

    /** Whether the times never decrease. */
    boolean sortedInTime() {
        for (int i = 1; i < t.length; i++) {
            if (t[i] < t[i - 1]) {
                return false;
            }
        }
        return true;
    }

    /** Indices of the points in ascending time (stable). */
    int[] timeOrder() {
        return java.util.stream.IntStream.range(0, t.length).boxed()
                .sorted(java.util.Comparator.comparingDouble(i -> t[i]))
                .mapToInt(Integer::intValue).toArray();
    }

    /** The median as numpy computes it: the mean of the two middle values for an even count. */
    static double median(double[] values) {
        return Median.of(values.clone(), 0, values.length);
    }

    /** Index of the largest value, NaN ignored, first of equals (numpy's {@code nanargmax}); -1 if all NaN. */
    static int nanArgmax(double[] values) {
        int best = -1;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i]) && (best < 0 || values[i] > values[best])) {
                best = i;
            }
        }
        return best;
    }

    /** Python's (numpy's) float modulo: the result has the sign of the divisor. */
    static double pyMod(double a, double b) {
        double mod = a % b;
        if (mod != 0 && (b < 0) != (mod < 0)) {
            mod += b;
        }
        return mod;
    }
}
