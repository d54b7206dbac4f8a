package radio.periodogram;

import java.util.Arrays;

/**
 * The reference BLS search (astropy's {@code method="slow"}): for each duration, transit centres t0 on the
 * grid 0, dur/oversample, 2·dur/oversample, … ≤ period + dur/oversample, and a point is in transit when
 * {@code |((t − t0 + P/2) mod P) − P/2| < dur/2}, evaluated exactly as astropy does. The best model has the
 * largest objective among those with a positive depth (first one on ties, durations in the given order).
 *
 * <p>Rather than testing every point at every t0, points are sorted by phase once per period and only
 * those near the window are tested; the guard band around the window is far wider than any rounding, so
 * membership is decided by the same expression for every point that could be in.
 */
final class BlsExact {
    private static final int INDEX_BITS = 23;
    private static final double PHASE_SCALE = 0x1p39;

    private final double[] u;
    private final double[] w;
    private final double[] y;
    private final double sumW;
    private final double sumWy;
    private final double tRef;
    private final double[] periods;
    private final double[] durations;
    private final int oversample;
    private final boolean likelihood;
    private final double guardScale;
    private final BlsArrays out;

    /**
     * @param t      times, the earliest {@code tRef} (only read)
     * @param y      values (only read)
     * @param ivar   inverse variances (only read)
     * @param median the values' median, subtracted from each
     */
    BlsExact(double[] t, double[] y, double[] ivar, double tRef, double median, double[] periods,
             Durations durations, int oversample, Objective objective, BlsArrays out) {
        int n = t.length;
        if (n >= (1 << INDEX_BITS)) {
            throw new IllegalArgumentException("the exact BLS method takes at most " + ((1 << INDEX_BITS) - 1)
                    + " points, got " + n + "; use the fast method");
        }
        this.u = new double[n];
        this.y = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = t[i] - tRef;
            this.y[i] = y[i] - median;
        }
        this.w = ivar;
        double sw = 0;
        double swy = 0;
        double umax = 0;
        for (int i = 0; i < u.length; i++) {
            sw += ivar[i];
            swy += this.y[i] * ivar[i];
            umax = Math.max(umax, Math.abs(u[i]));
        }
        this.sumW = sw;
        this.sumWy = swy;
        this.tRef = tRef;
        this.periods = periods;
        this.durations = durations.values;
        this.oversample = oversample;
        this.likelihood = objective == Objective.LIKELIHOOD;
        this.guardScale = umax;
        this.out = out;
    }

    Parallel.Worker worker() {
        long[] keys = new long[u.length];
        double[] phase = new double[u.length];
        int[] index = new int[u.length];
        return (from, to) -> {
            for (int p = from; p < to; p++) {
                search(p, keys, phase, index);
            }
        };
    }

    private void search(int p, long[] keys, double[] phase, int[] index) {
        double period = periods[p];
        double hp = 0.5 * period;
        int n = u.length;
        for (int i = 0; i < n; i++) {
            double frac = u[i] / period - Math.floor(u[i] / period);
            long q = Math.max(0L, Math.min((long) (frac * PHASE_SCALE), (long) PHASE_SCALE));
            keys[i] = (q << INDEX_BITS) | i;
        }
        Arrays.sort(keys);
        int mask = (1 << INDEX_BITS) - 1;
        for (int k = 0; k < n; k++) {
            index[k] = (int) (keys[k] & mask);
            phase[k] = (keys[k] >>> INDEX_BITS) / PHASE_SCALE * period;
        }
        // rounding of u/P, of the quantised phase and of astropy's expression are all far below this
        double guard = 1e-9 * (period + guardScale);

        double best = Double.NEGATIVE_INFINITY;
        double bestYIn = 0;
        double bestYOut = 0;
        double bestWIn = 0;
        double bestDur = 0;
        double bestT0 = 0;
        for (double dur : durations) {
            double halfDur = 0.5 * dur;
            double step = dur / oversample;
            long steps = (long) Math.ceil((period + step) / step);
            for (long s = 0; s < steps; s++) {
                double t0 = s * step;
                double centre = t0 - period * Math.floor(t0 / period);
                double lo = centre - halfDur - guard;
                double hi = centre + halfDur + guard;
                Sums in = new Sums();
                if (hi - lo >= period) {
                    for (int k = 0; k < n; k++) {
                        in.addIfInTransit(index[k], t0, hp, period, halfDur);
                    }
                } else if (lo < 0) {
                    accumulate(phase, index, lo + period, period, t0, hp, period, halfDur, in);
                    accumulate(phase, index, 0, hi, t0, hp, period, halfDur, in);
                } else if (hi > period) {
                    accumulate(phase, index, lo, period, t0, hp, period, halfDur, in);
                    accumulate(phase, index, 0, hi - period, t0, hp, period, halfDur, in);
                } else {
                    accumulate(phase, index, lo, hi, t0, hp, period, halfDur, in);
                }
                if (in.count == 0 || in.count == n) {
                    continue; // no point in (or out of) transit: astropy's means are NaN there
                }
                double wIn = in.w;
                double sIn = in.wy;
                double wOut = sumW - wIn;
                double yIn = sIn / wIn;
                double yOut = (sumWy - sIn) / wOut;
                double depth = yOut - yIn;
                double objective = likelihood ? 0.5 * wIn * depth * depth
                        : depth / Math.sqrt(1.0 / wIn + 1.0 / wOut);
                if (depth > 0 && objective > best) {
                    best = objective;
                    bestYIn = yIn;
                    bestYOut = yOut;
                    bestWIn = wIn;
                    bestDur = dur;
                    bestT0 = t0;
                }
            }
        }
        if (best > Double.NEGATIVE_INFINITY) {
            out.set(p, likelihood, bestYIn, bestYOut, bestWIn, sumW - bestWIn, bestDur, bestT0 % period + tRef);
        }
    }

    /** Weight and weighted value of the points found in transit so far. */
    private final class Sums {
        int count;
        double w;
        double wy;

        void addIfInTransit(int i, double t0, double hp, double period, double halfDur) {
            if (inTransit(u[i], t0, hp, period, halfDur)) {
                count++;
                w += BlsExact.this.w[i];
                wy += BlsExact.this.w[i] * y[i];
            }
        }
    }

    /** Adds the in-transit points among those with sorted phase in [from, to]. */
    private static void accumulate(double[] phase, int[] index, double from, double to, double t0, double hp,
                                   double period, double halfDur, Sums sums) {
        for (int k = lowerBound(phase, from); k < phase.length && phase[k] <= to; k++) {
            sums.addIfInTransit(index[k], t0, hp, period, halfDur);
        }
    }

    /** astropy's test, operation for operation: {@code abs((t - min_t - t0 + hp) % period - hp) < 0.5 * dur}. */
    private static boolean inTransit(double u, double t0, double hp, double period, double halfDur) {
        return Math.abs(Series.pyMod(u - 0.0 - t0 + hp, period) - hp) < halfDur;
    }

    private static int lowerBound(double[] sorted, double value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
