package radio.lightcurve;

import java.util.Arrays;

/**
 * Medians by selection: the same value a sort gives ({@link Arrays#sort(double[])} order: −0.0 before 0.0, NaN
 * last), found in linear time. Light-curve operations take several medians of every light curve, and sorting
 * thousands of values for each was a large share of their time.
 */
public final class Median {
    /** Ranges at most this long are finished by insertion sort. */
    private static final int SMALL = 16;

    private Median() {
    }

    /**
     * The median of {@code v[from..to)}: the middle value, or the mean of the two middle values, in sort order;
     * NaN when the range is empty. The range is reordered.
     */
    public static double of(double[] v, int from, int to) {
        int n = to - from;
        if (n <= 0) {
            return Double.NaN;
        }
        int mid = from + n / 2;
        double upper = select(v, from, to, mid);
        if (n % 2 == 1) {
            return upper;
        }
        // after selection everything left of mid comes before it: the lower middle is their largest
        double lower = v[from];
        for (int i = from + 1; i < mid; i++) {
            if (before(lower, v[i])) {
                lower = v[i];
            }
        }
        return 0.5 * (lower + upper);
    }

    /**
     * Reorders {@code v[from..to)} so that {@code v[k]} holds the value a sort would put there, with nothing that
     * sorts after it to its left and nothing that sorts before it to its right; returns {@code v[k]}. Quickselect
     * with a median-of-three pivot; a range that keeps failing to shrink is sorted instead, so the worst case
     * stays O(n log n).
     */
    public static double select(double[] v, int from, int to, int k) {
        if (k < from || k >= to) {
            throw new IndexOutOfBoundsException("k = " + k + " outside [" + from + ", " + to + ")");
        }
        int lo = from;
        int hi = to - 1;
        int budget = 2 * (32 - Integer.numberOfLeadingZeros(to - from)) + 8;
        while (hi - lo >= SMALL) {
            if (budget-- == 0) {
                Arrays.sort(v, lo, hi + 1);
                return v[k];
            }
            int mid = (lo + hi) >>> 1;
            // median of three into v[mid], with v[lo] ≤ v[mid] ≤ v[hi] as sentinels for the scans below
            if (before(v[mid], v[lo])) {
                swap(v, lo, mid);
            }
            if (before(v[hi], v[lo])) {
                swap(v, lo, hi);
            }
            if (before(v[hi], v[mid])) {
                swap(v, mid, hi);
            }
            double pivot = v[mid];
            int i = lo;
            int j = hi;
            // Hoare partition: afterwards v[lo..j] ≤ pivot ≤ v[i..hi], and anything between equals the pivot
            while (i <= j) {
                while (before(v[i], pivot)) {
                    i++;
                }
                while (before(pivot, v[j])) {
                    j--;
                }
                if (i <= j) {
                    swap(v, i++, j--);
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return v[k];
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            double x = v[i];
            int j = i - 1;
            while (j >= lo && before(x, v[j])) {
                v[j + 1] = v[j];
                j--;
            }
            v[j + 1] = x;
        }
        return v[k];
    }

    /** Whether {@code a} sorts before {@code b} ({@link Double#compare} order). */
    private static boolean before(double a, double b) {
        return a < b || !(a > b) && Double.doubleToLongBits(a) < Double.doubleToLongBits(b);
    }

    private static void swap(double[] v, int i, int j) {
        double t = v[i];
        v[i] = v[j];
        v[j] = t;
    }
}
