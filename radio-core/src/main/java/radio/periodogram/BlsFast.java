package radio.periodogram;

import java.util.Arrays;

/**
 * The binned BLS search (astropy's {@code method="fast"}): at each period the points are summed into phase
 * bins of width min(duration) / oversample, the bins become cumulative sums once, and every duration (a
 * whole number of bins) at every start bin is then scored in O(1).
 *
 * <p>Two ways to fill the phase bins, chosen per period by their cost, give the same bins: point by point
 * (each point's phase computed and its weight added to its bin), or, when the data are denser than the bins
 * (TESS 2-minute, Kepler short cadence), bin edge by bin edge: the time axis is cut at every bin edge of
 * every cycle, and a bin's sums are differences of running sums over the time-sorted points, so the cost
 * follows the number of bin edges instead of the number of points.
 *
 * <p>Every window starts at a bin edge, so for one duration the windows are those of the exact method
 * except near phase 0: a window that runs past the end of the period continues at the start of the phase
 * circle (the last bin is partial, so such a window is up to one bin shorter). Unlike astropy 5.2 the circle
 * is wrapped completely and no bin is lost (astropy overwrites the last partial phase bin with the first and
 * tests fewer start bins for durations longer than the shortest); results therefore equal astropy's except
 * at periods where those edge bins decide the maximum.
 */
final class BlsFast {
    /** astropy's floor (DBL_EPSILON) for "no weight in or out of transit". */
    private static final double EPS = Math.ulp(1.0);
    /** Keeps the per-thread cumulative arrays (two doubles per bin) well inside Java's array size. */
    private static final int MAX_BINS = 1 << 27;
    /** A bin-edge lookup costs about two point visits (measured). */
    private static final int EDGE_COST = 2;

    private final double[] u;
    private final double[] w;
    private final double[] wy;
    private final int n;
    private final double sumW;
    private final double sumWy;
    private final double emptyWeight;
    private final double tRef;
    private final double span;
    private final double[] periods;
    private final double binWidth;
    private final int[] durationBins;
    private final int maxDurationBins;
    private final int maxBins;
    private final boolean likelihood;
    private final BlsArrays out;

    // for bin-edge filling: running sums over the sorted points and a coarse index of the time axis
    private final double[] runW;
    private final double[] runWy;
    private final int[] cellStart;
    private final double cellsPerDay;

    /**
     * @param u    times relative to {@code tRef}, ascending, minimum 0
     * @param y    values minus their median, in the order of {@code u}
     * @param ivar inverse variances, in the order of {@code u}
     */
    BlsFast(double[] u, double[] y, double[] ivar, double tRef, double[] periods, Durations durations,
            int oversample, Objective objective, BlsArrays out) {
        this.n = u.length;
        // a sentinel after the last time lets the bin-edge walk run without bounds checks
        this.u = Arrays.copyOf(u, n + 1);
        this.u[n] = Double.POSITIVE_INFINITY;
        this.w = ivar;
        this.wy = new double[n];
        this.runW = new double[n + 1];
        this.runWy = new double[n + 1];
        for (int i = 0; i < n; i++) {
            wy[i] = y[i] * ivar[i];
            runW[i + 1] = runW[i] + ivar[i];
            runWy[i + 1] = runWy[i] + wy[i];
        }
        this.sumW = runW[n];
        this.sumWy = runWy[n];
        // raised relative to the total: a window holding every point leaves rounding noise, not weight, outside
        this.emptyWeight = Math.max(EPS, 1e-12 * sumW);
        this.tRef = tRef;
        this.span = u[n - 1];
        this.periods = periods;
        this.binWidth = durations.min / oversample;
        this.durationBins = new int[durations.values.length];
        int maxD = 0;
        for (int k = 0; k < durationBins.length; k++) {
            durationBins[k] = (int) Math.round(durations.values[k] / binWidth);
            maxD = Math.max(maxD, durationBins[k]);
        }
        this.maxDurationBins = maxD;
        double maxPeriod = 0;
        for (double p : periods) {
            maxPeriod = Math.max(maxPeriod, p);
        }
        double binsAtLongest = Math.ceil(maxPeriod / binWidth);
        if (binsAtLongest + maxD > MAX_BINS) {
            throw new IllegalArgumentException("phase bins of " + binWidth + " d (shortest duration / oversample) "
                    + "would need " + (long) binsAtLongest + " bins at the longest period " + maxPeriod
                    + " d; use a longer shortest duration, a smaller oversample or a shorter longest period");
        }
        this.maxBins = (int) binsAtLongest;
        this.likelihood = objective == Objective.LIKELIHOOD;
        this.out = out;
        // about two cells per point: a cell's first index is at most a step or two from any edge inside it
        int cells = 2 * n;
        this.cellsPerDay = span > 0 ? cells / span : 0;
        this.cellStart = new int[cells + 2];
        // cellStart[c] = first point with u·cellsPerDay ≥ c; as rounding is monotone, every point before
        // cellStart[floor(edge·cellsPerDay)] lies before the edge
        for (int c = 0, i = 0; c < cellStart.length; c++) {
            while (i < n && this.u[i] * cellsPerDay < c) {
                i++;
            }
            cellStart[c] = i;
        }
    }

    Parallel.Worker worker() {
        // cumulative (weight, weighted value) pairs: index 0 is zero, phase bin j at j + 1, then the wrap
        double[] cum = new double[2 * (maxBins + maxDurationBins + 1)];
        return (from, to) -> {
            for (int p = from; p < to; p++) {
                search(p, cum);
            }
        };
    }

    private void search(int p, double[] cum) {
        double period = periods[p];
        int bins = (int) Math.ceil(period / binWidth);
        int maxD = Math.min(maxDurationBins, bins);
        int len = bins + maxD + 1;
        Arrays.fill(cum, 0, 2 * len, 0.0);
        long cycles = (long) (span / period) + 1;
        if (EDGE_COST * cycles * bins < n) {
            binByEdges(period, bins, cum);
        } else {
            binByPoints(period, bins, cum);
        }
        // wrap: the bins after the period repeat its first bins
        System.arraycopy(cum, 2, cum, 2 * (bins + 1), 2 * maxD);
        for (int k = 2; k < 2 * len; k += 2) {
            cum[k] += cum[k - 2];
            cum[k + 1] += cum[k - 1];
        }
        scan(p, period, bins, cum);
    }

    /**
     * Bin j holds the points with j·b ≤ u − c·P &lt; (j+1)·b, c the cycle with c·P ≤ u &lt; (c+1)·P. The times
     * are sorted, so the cycle only moves forward and no division or floor is needed per point.
     */
    private void binByPoints(double period, int bins, double[] cum) {
        double invBin = 1.0 / binWidth;
        int last = bins - 1;
        long cycle = 0;
        double start = 0;
        double next = period;
        for (int i = 0; i < n; i++) {
            double t = u[i];
            if (t >= next) {
                cycle = (long) Math.floor(t / period);
                // rounding can leave t on either side of the computed cycle boundary
                while (cycle * period > t) {
                    cycle--;
                }
                while ((cycle + 1) * period <= t) {
                    cycle++;
                }
                start = cycle * period;
                next = (cycle + 1) * period;
            }
            int j = (int) ((t - start) * invBin);
            if (j > last) {
                j = last;
            }
            int k = 2 * j + 2;
            cum[k] += w[i];
            cum[k + 1] += wy[i];
        }
    }

    /**
     * Bin j of cycle c holds the points with c·P + j·b ≤ u &lt; c·P + (j+1)·b (the last bin ends at (c+1)·P): the
     * difference of the running sums at the first points at or after its two edges.
     */
    private void binByEdges(double period, int bins, double[] cum) {
        for (long c = 0; c * period <= span; c++) {
            double start = c * period;
            int first = firstAtOrAfter(start);
            double prevW = runW[first];
            double prevWy = runWy[first];
            for (int j = 0; j < bins; j++) {
                double edge = j == bins - 1 ? (c + 1) * period : start + (j + 1) * binWidth;
                int i = firstAtOrAfter(edge);
                double rw = runW[i];
                double rwy = runWy[i];
                cum[2 * j + 2] += rw - prevW;
                cum[2 * j + 3] += rwy - prevWy;
                prevW = rw;
                prevWy = rwy;
            }
        }
    }

    /**
     * The first point with u ≥ edge (n if none). Each lookup starts afresh from the cell index rather than from
     * the previous answer, so successive lookups do not wait on each other.
     */
    private int firstAtOrAfter(double edge) {
        int i = cellStart[(int) Math.min(edge * cellsPerDay, cellStart.length - 1)];
        i += u[i] < edge ? 1 : 0;
        while (u[i] < edge) {
            i++;
        }
        return i;
    }

    /**
     * Scores every duration at every start bin and keeps the best window (durations in the given order, then
     * start bins, first of equals, as astropy). The depth is (S·w − s·W) / (w·(W − w)) for in-transit weight w
     * and weighted sum s out of totals W and S, so the log-likelihood ½·w·depth² orders like
     * (S·w − s·W)² / (w·(W − w)²) and the squared SNR like (S·w − s·W)² / (w·(W − w)): the loop ranks windows by
     * that one quotient, without the branches of computing means, and the winner's values are computed as
     * astropy does.
     */
    private void scan(int p, double period, int bins, double[] cum) {
        double bestScore = -1;
        int bestStart = -1;
        int bestBins = 0;
        for (int dk : durationBins) {
            if (dk >= bins) {
                continue;
            }
            for (int m = 0; m < bins; m++) {
                int a = 2 * m;
                int b = 2 * (m + dk);
                double wIn = cum[b] - cum[a];
                double sIn = cum[b + 1] - cum[a + 1];
                double wOut = sumW - wIn;
                double num = sumWy * wIn - sIn * sumW;
                double den = likelihood ? wIn * wOut * wOut : wIn * wOut;
                boolean valid = wIn >= emptyWeight & wOut >= emptyWeight & num >= 0;
                double score = valid ? num * num / den : -1;
                if (score > bestScore) {
                    bestScore = score;
                    bestStart = m;
                    bestBins = dk;
                }
            }
        }
        if (bestStart >= 0) {
            int a = 2 * bestStart;
            int b = 2 * (bestStart + bestBins);
            double wIn = cum[b] - cum[a];
            double sIn = cum[b + 1] - cum[a + 1];
            double wOut = sumW - wIn;
            double yIn = sIn / wIn;
            double yOut = (sumWy - sIn) / wOut;
            double dur = bestBins * binWidth;
            double mid = (bestStart * binWidth + 0.5 * dur) % period + tRef;
            out.set(p, likelihood, yIn, yOut, wIn, wOut, dur, mid);
        }
    }
}
