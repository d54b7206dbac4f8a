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
 * <p>On a fine grid (astropy's default) few points change bins from one period to the next. Where the grid runs
 * one way finely enough, each whole block of {@value #TRACKED_PERIODS} periods is filled point by point once and
 * then tracked: only the points that may have changed bins are looked at, and those that did are moved. The bins are
 * then summed in fixed point (each weight and weighted value a whole multiple of a power of two, 2⁻⁶⁰ of the sum
 * of their magnitudes, finer than a double's rounding of that sum), so that a bin's sums do not depend on the
 * order in which its points came and left: a tracked period's bins are those of its fill from scratch, to the
 * bit, whatever the thread count. Elsewhere the bins are summed in doubles in time order, as astropy sums them,
 * so that near-ties between periods fall as they do in astropy.
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
    /**
     * Periods tracked from one fill from scratch: its cost is shared, and the largest step stays local. Also the
     * largest block of periods a thread takes at once, so that a block is tracked whole.
     */
    static final int TRACKED_PERIODS = 256;
    /**
     * Tracking beats filling each period from scratch while fewer than about this share of the points are
     * looked at per period (measured on the Kepler-90 stitch).
     */
    private static final double TRACKED_SHARE_LIMIT = 0.3;
    /** Sums of magnitudes stay below 2^61 units: with the wrap's repeat of up to a period, below 2^62. */
    private static final int FIXED_BITS = 60;

    private final double[] u;
    /**
     * Weight and weighted value of point i at 2i and 2i + 1: one visit of a point reads one pair. Null when no
     * period of the grid is filled point by point.
     */
    private final double[] weights;
    /** The same in fixed point, for tracked blocks (null when there are none). */
    private final long[] fixedWeights;
    /** The values of one fixed-point unit of weight and of weighted value. */
    private final double weightUnit;
    private final double valueUnit;
    /** Per block of {@value #TRACKED_PERIODS} periods, from period 0, whether it is tracked. */
    private final boolean[] trackedBlocks;
    /**
     * Bins a tracked point keeps from the nearest edge: far above the rounding of its place, about 2⁻⁵² · u / b
     * bins.
     */
    private final double trackingMargin;
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

    // for bin-edge filling: running sums over the sorted points and a coarse index of the time axis (null when no
    // period of the grid is filled by edges)
    private final double[] run;
    private final int[] cellStart;
    private final double cellsPerDay;

    /**
     * @param t      times, ascending, the first {@code tRef} (only read)
     * @param y      values, in the order of {@code t} (only read)
     * @param ivar   inverse variances, in the order of {@code t} (only read)
     * @param median the values' median, subtracted from each
     */
    BlsFast(double[] t, double[] y, double[] ivar, double tRef, double median, double[] periods,
            Durations durations, int oversample, Objective objective, BlsArrays out) {
        this.n = t.length;
        this.u = new double[n + 1];
        for (int i = 0; i < n; i++) {
            u[i] = t[i] - tRef;
        }
        // a sentinel after the last time lets the bin-edge walk run without bounds checks
        this.u[n] = Double.POSITIVE_INFINITY;
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
        boolean byEdges = false;
        boolean byPoints = false;
        for (double p : periods) {
            maxPeriod = Math.max(maxPeriod, p);
            Fill fill = fill(p);
            byEdges |= fill == Fill.BY_EDGES;
            byPoints |= fill == Fill.BY_POINTS;
        }
        this.maxBins = phaseBins(maxPeriod, durations, oversample);
        this.likelihood = objective == Objective.LIKELIHOOD;
        this.out = out;
        // only what the grid's fills read: dense data (TESS, Kepler short cadence) is usually filled by edges alone
        this.weights = byPoints ? new double[2 * n] : null;
        this.run = byEdges ? new double[2 * n + 2] : null;
        // the running sums in locals: read back from the array, each point would wait for the previous store
        double w = 0;
        double wy = 0;
        for (int i = 0; i < n; i++) {
            double wi = ivar[i];
            double wyi = (y[i] - median) * wi;
            if (byPoints) {
                weights[2 * i] = wi;
                weights[2 * i + 1] = wyi;
            }
            w += wi;
            wy += wyi;
            if (byEdges) {
                run[2 * i + 2] = w;
                run[2 * i + 3] = wy;
            }
        }
        this.sumW = w;
        this.sumWy = wy;
        this.trackingMargin = 1e-6 + 1e-12 * span / binWidth;
        this.trackedBlocks = new boolean[(periods.length + TRACKED_PERIODS - 1) / TRACKED_PERIODS];
        boolean tracking = false;
        for (int b = 0; b < trackedBlocks.length; b++) {
            trackedBlocks[b] = byPoints
                    && trackable(b * TRACKED_PERIODS, Math.min(periods.length, (b + 1) * TRACKED_PERIODS));
            tracking |= trackedBlocks[b];
        }
        double magnitudeWy = 0;
        for (int i = 0; tracking && i < n; i++) {
            magnitudeWy += Math.abs(weights[2 * i + 1]);
        }
        this.weightUnit = unit(w);
        this.valueUnit = unit(magnitudeWy);
        this.fixedWeights = tracking ? new long[2 * n] : null;
        for (int i = 0; tracking && i < n; i++) {
            fixedWeights[2 * i] = (long) Math.rint(weights[2 * i] / weightUnit);
            fixedWeights[2 * i + 1] = (long) Math.rint(weights[2 * i + 1] / valueUnit);
        }
        // raised relative to the total: a window holding every point leaves rounding noise, not weight, outside
        this.emptyWeight = Math.max(EPS, 1e-12 * sumW);
        // about two cells per point: a cell's first index is at most a step or two from any edge inside it
        int cells = 2 * n;
        this.cellsPerDay = span > 0 ? cells / span : 0;
        this.cellStart = byEdges ? cellStarts(maxPeriod) : null;
    }

    /** A power of two that makes a sum of magnitudes about 2^{@value #FIXED_BITS} units. */
    private static double unit(double sumOfMagnitudes) {
        return sumOfMagnitudes > 0 ? Math.scalb(1.0, Math.getExponent(sumOfMagnitudes) - FIXED_BITS) : 1;
    }

    /**
     * For the bin-edge walk, cellStart[c] = the first point with u·cellsPerDay ≥ c = the number of points with
     * floor(u·cellsPerDay) &lt; c: each point counted in the cell after its own, then the counts added up. As
     * rounding is monotone, every point before cellStart[floor(edge·cellsPerDay)] lies before the edge. The cells
     * reach past the last edge of the last cycle (before span + period) of every period filled by edges (fewer
     * than n / EDGE_COST bins), so no lookup needs a clamp, and past every point's cell.
     */
    private int[] cellStarts(double maxPeriod) {
        double longestByEdges = Math.min(maxPeriod, (double) n * binWidth / EDGE_COST);
        int[] cellStart = new int[(int) Math.ceil((span + longestByEdges + binWidth) * cellsPerDay) + 2];
        for (int i = 0; i < n; i++) {
            cellStart[(int) (u[i] * cellsPerDay) + 1]++;
        }
        for (int c = 0, before = 0; c < cellStart.length; c++) {
            before += cellStart[c];
            cellStart[c] = before;
        }
        return cellStart;
    }

    /**
     * The phase bins at the longest period, checked to fit with the longest duration's wrap in Java's arrays.
     *
     * @throws IllegalArgumentException when they would not
     */
    static int phaseBins(double maxPeriod, Durations durations, int oversample) {
        double binWidth = durations.min / oversample;
        double binsAtLongest = Math.ceil(maxPeriod / binWidth);
        if (binsAtLongest + Math.round(durations.max / binWidth) > MAX_BINS) {
            throw new IllegalArgumentException("phase bins of " + binWidth + " d (shortest duration / oversample) "
                    + "would need " + (long) binsAtLongest + " bins at the longest period " + maxPeriod
                    + " d; use a longer shortest duration, a smaller oversample or a shorter longest period");
        }
        return (int) binsAtLongest;
    }

    /**
     * A worker's scratch space: the phase bins' weights and weighted values as they are filled (interleaved, so
     * that adding a point touches one place), then their cumulative sums apart for the scan; each point's place in
     * them (for point-by-point fills); scores.
     */
    private final class Scratch {
        // index 0 is zero, phase bin j is at j + 1, then the wrap; in sums at 2·index and 2·index + 1
        final double[] sums = new double[2 * (maxBins + maxDurationBins + 1)];
        final double[] cw = new double[maxBins + maxDurationBins + 1];
        final double[] cy = new double[maxBins + maxDurationBins + 1];
        final double[] score = new double[maxBins];
        final double[] bin = weights != null ? new double[n] : null;
        // for tracked blocks: the fixed-point bins (as in sums, then a place for phases that round up to the full
        // period) and the end of the part that may be non-zero; per period of the block the first point to look
        // at again then, and per point the next
        final long[] fixedSums = fixedWeights != null ? new long[2 * maxBins + 4] : null;
        int fixedInUse;
        final int[] firstLook = fixedWeights != null ? new int[TRACKED_PERIODS] : null;
        final int[] nextLook = fixedWeights != null ? new int[n] : null;
        // the tracked periods [trackedFrom, trackedTo), which way they run, and how many periods make one bin of a
        // point's move per cycle
        int trackedFrom;
        int trackedTo;
        boolean shortening;
        double periodsPerBin;
    }

    Parallel.Worker worker() {
        Scratch s = new Scratch();
        return (from, to) -> {
            for (int p = from; p < to; ) {
                int blockEnd = Math.min(to, (p / TRACKED_PERIODS + 1) * TRACKED_PERIODS);
                if (trackedBlocks[p / TRACKED_PERIODS]) {
                    searchTracking(p, blockEnd, s);
                    p = blockEnd;
                } else {
                    search(p, s);
                    p++;
                }
            }
        };
    }

    /** How the phase bins of one period are filled (both give the same bins). */
    enum Fill {
        /** Each point's phase computed and its weight added to its bin: the cost follows the points. */
        BY_POINTS,
        /** Differences of running sums at every bin edge of every cycle: the cost follows the bin edges. */
        BY_EDGES
    }

    /** The cheaper way to fill the phase bins at this period: by edges when there are fewer edges than points. */
    Fill fill(double period) {
        long edges = ((long) (span / period) + 1) * (long) Math.ceil(period / binWidth);
        return EDGE_COST * edges < n ? Fill.BY_EDGES : Fill.BY_POINTS;
    }

    /** Whether period p's bins come from tracking the points from an earlier period's. */
    boolean tracked(int p) {
        return trackedBlocks[p / TRACKED_PERIODS];
    }

    /**
     * The periods [from, to) make a whole block (a shorter one, such as the few periods {@link Bls#refine} adds
     * around a peak, would not repay its fill from scratch by much, and would move its near-ties away from
     * astropy's), are filled point by point, run one way (all longer or all shorter than the one before), and move
     * so little from one to the next that few points are looked at again per period (see
     * {@link #searchTracking}): a point in cycle c about once per b / (2 · c · step) periods, for the largest
     * period step and bin width b (half a bin being the mean distance to the next bin edge it meets), c being
     * span / (2P) on average.
     */
    private boolean trackable(int from, int to) {
        if (to - from < TRACKED_PERIODS) {
            return false;
        }
        for (int p = from; p < to; p++) {
            if (fill(periods[p]) != Fill.BY_POINTS) {
                return false;
            }
        }
        double step = largestStep(from, to);
        double meanCycle = span / (2 * Math.min(periods[from], periods[to - 1]));
        return Double.isFinite(step) && 2 * (meanCycle + 1) * step / binWidth < TRACKED_SHARE_LIMIT;
    }

    /** The largest change of period between neighbours in [from, to); NaN unless they all go the same way. */
    private double largestStep(int from, int to) {
        double way = Math.signum(periods[from + 1] - periods[from]);
        double step = 0;
        for (int p = from + 1; p < to; p++) {
            double change = periods[p] - periods[p - 1];
            if (way == 0 || Math.signum(change) != way) {
                return Double.NaN;
            }
            step = Math.max(step, Math.abs(change));
        }
        return step;
    }

    private void search(int p, Scratch s) {
        double period = periods[p];
        int bins = (int) Math.ceil(period / binWidth);
        int maxD = Math.min(maxDurationBins, bins);
        int len = bins + maxD + 1;
        double[] sums = s.sums;
        Arrays.fill(sums, 0, 2 * len, 0.0);
        if (fill(period) == Fill.BY_EDGES) {
            binByEdges(period, bins, sums);
        } else {
            binByPoints(period, bins, sums, s.bin);
        }
        // wrap: the bins after the period repeat its first bins
        System.arraycopy(sums, 2, sums, 2 * (bins + 1), 2 * maxD);
        double[] cw = s.cw;
        double[] cy = s.cy;
        double totalW = 0;
        double totalWy = 0;
        for (int k = 0; k < len; k++) {
            totalW += sums[2 * k];
            totalWy += sums[2 * k + 1];
            cw[k] = totalW;
            cy[k] = totalWy;
        }
        scan(p, period, bins, s);
    }

    /**
     * Fills the first period's bins point by point, in fixed point, and each later period's by looking again only
     * at the points that may have changed bins since they were last placed. A point x bins into the phase of
     * cycle c (x = (u − c·P) / b) moves by c · step / b bins per period at most, up as the periods shorten, down
     * as they lengthen, while the end of the phase, P / b, moves by step / b; so it keeps its bin for as many
     * periods as its distance to the next bin edge ahead (or, as the periods shorten, to the end of the phase)
     * allows, less a margin far above the rounding of x. A point within the margin of any edge is looked at
     * again at the next period, as rounding could put it either side. A point looked at is placed by the same
     * arithmetic as when the block's first period is filled.
     */
    private void searchTracking(int from, int to, Scratch s) {
        Arrays.fill(s.firstLook, 0, to - from, -1);
        s.trackedFrom = from;
        s.trackedTo = to;
        if (to - from > 1) {
            s.periodsPerBin = binWidth / (largestStep(from, to) * (1 + 1e-9));
            s.shortening = periods[from + 1] < periods[from];
        }
        long[] sums = s.fixedSums;
        double[] place = s.bin;
        double period = periods[from];
        int bins = (int) Math.ceil(period / binWidth);
        Arrays.fill(sums, 0, Math.max(s.fixedInUse, 2 * bins + 4), 0);
        s.fixedInUse = 2 * bins + 4;
        double invPeriod = 1.0 / period;
        double binsPerPeriod = period / binWidth;
        for (int i = 0; i < n; i++) {
            double q = u[i] * invPeriod;
            double cycle = Math.floor(q);
            double x = (q - cycle) * binsPerPeriod;
            place[i] = 2 * Math.floor(x) + 2;
            int k = (int) place[i];
            sums[k] += fixedWeights[2 * i];
            sums[k + 1] += fixedWeights[2 * i + 1];
            lookAgain(i, from, cycle, x, binsPerPeriod, s);
        }
        cumulateFixed(from, period, bins, s);
        for (int p = from + 1; p < to; p++) {
            period = periods[p];
            bins = (int) Math.ceil(period / binWidth);
            s.fixedInUse = Math.max(s.fixedInUse, 2 * bins + 4);
            invPeriod = 1.0 / period;
            binsPerPeriod = period / binWidth;
            for (int i = s.firstLook[p - from]; i >= 0; ) {
                int next = s.nextLook[i];
                double q = u[i] * invPeriod;
                double cycle = Math.floor(q);
                double x = (q - cycle) * binsPerPeriod;
                double now = 2 * Math.floor(x) + 2;
                double was = place[i];
                if (now != was) {
                    long w = fixedWeights[2 * i];
                    long wy = fixedWeights[2 * i + 1];
                    sums[(int) was] -= w;
                    sums[(int) was + 1] -= wy;
                    sums[(int) now] += w;
                    sums[(int) now + 1] += wy;
                    place[i] = now;
                }
                lookAgain(i, p, cycle, x, binsPerPeriod, s);
                i = next;
            }
            cumulateFixed(p, period, bins, s);
        }
    }

    /**
     * Queues point i, x bins into the phase of its cycle at period p, to be looked at again at the first tracked
     * period at which it may be in another bin.
     */
    private void lookAgain(int i, int p, double cycle, double x, double binsPerPeriod, Scratch s) {
        double edge = Math.floor(x);
        double toEdgeBelow = x - edge;
        double toEdgeAbove = edge + 1 - x;
        double toEnd = binsPerPeriod - x;
        double bins;
        if (Math.min(toEdgeBelow, Math.min(toEdgeAbove, toEnd)) < trackingMargin) {
            bins = 0;
        } else if (s.shortening) {
            bins = (toEnd - trackingMargin) / (cycle + 1);
            if (cycle > 0) {
                bins = Math.min(bins, (toEdgeAbove - trackingMargin) / cycle);
            }
        } else if (cycle > 0) {
            bins = (toEdgeBelow - trackingMargin) / cycle;
        } else {
            return;
        }
        double later = p + 1 + Math.floor(bins * s.periodsPerBin);
        if (later < s.trackedTo) {
            int at = (int) later - s.trackedFrom;
            s.nextLook[i] = s.firstLook[at];
            s.firstLook[at] = i;
        }
    }

    /**
     * The cumulative sums of the fixed-point bins, as doubles: index k sums bins 0 to k − 1, through the last bin
     * (with the phases that rounded up to the full period) and on through the wrap; then the scan.
     */
    private void cumulateFixed(int p, double period, int bins, Scratch s) {
        int maxD = Math.min(maxDurationBins, bins);
        cumulate(s.fixedSums, 0, bins, maxD, weightUnit, s.cw);
        cumulate(s.fixedSums, 1, bins, maxD, valueUnit, s.cy);
        scan(p, period, bins, s);
    }

    private static void cumulate(long[] sums, int column, int bins, int maxD, double unit, double[] out) {
        long total = 0;
        out[0] = 0;
        for (int k = 1; k < bins; k++) {
            total += sums[2 * k + column];
            out[k] = total * unit;
        }
        long last = sums[2 * bins + column] + sums[2 * bins + 2 + column];
        total += last;
        out[bins] = total * unit;
        for (int d = 1; d <= maxD; d++) {
            total += d < bins ? sums[2 * d + column] : last;
            out[bins + d] = total * unit;
        }
    }

    /**
     * Bin j holds the points with j ≤ frac(u / P) · P / b &lt; j + 1. Two passes: the place of every point's bin
     * in {@code sums} first (a branch-free loop the JIT vectorises; it does not vectorise a conversion to int, so
     * the place stays a double until the second pass), then the sums, where each point costs one conversion, two
     * loads and two adds (the clamp to the last bin, done per point before, is one fold after the loop: 20 % less
     * time on the Kepler-90 stitch).
     */
    private void binByPoints(double period, int bins, double[] sums, double[] bin) {
        double invPeriod = 1.0 / period;
        double binsPerPeriod = period / binWidth;
        for (int i = 0; i < n; i++) {
            double q = u[i] * invPeriod;
            bin[i] = 2 * Math.floor((q - Math.floor(q)) * binsPerPeriod) + 2;
        }
        for (int i = 0; i < n; i++) {
            int k = (int) bin[i];
            sums[k] += weights[2 * i];
            sums[k + 1] += weights[2 * i + 1];
        }
        // a phase that rounds up to the full period lands one past the last bin, where the wrap goes next
        sums[2 * bins] += sums[2 * bins + 2];
        sums[2 * bins + 1] += sums[2 * bins + 3];
        sums[2 * bins + 2] = 0;
        sums[2 * bins + 3] = 0;
    }

    /**
     * Bin j of cycle c holds the points with c·P + j·b ≤ u &lt; c·P + (j+1)·b (the last bin ends at (c+1)·P): the
     * difference of the running sums at the first points at or after its two edges.
     */
    private void binByEdges(double period, int bins, double[] sums) {
        final double[] u = this.u;
        final double[] run = this.run;
        final int[] cellStart = this.cellStart;
        final double cpd = this.cellsPerDay;
        final double b = this.binWidth;
        for (long c = 0; c * period <= span; c++) {
            double start = c * period;
            int first = firstAtOrAfter(start);
            double prevW = run[2 * first];
            double prevWy = run[2 * first + 1];
            for (int j = 0; j < bins - 1; j++) {
                double edge = start + (j + 1) * b;
                int i = cellStart[(int) (edge * cpd)];
                i += u[i] < edge ? 1 : 0;
                while (u[i] < edge) {
                    i++;
                }
                double rw = run[2 * i];
                double rwy = run[2 * i + 1];
                sums[2 * j + 2] += rw - prevW;
                sums[2 * j + 3] += rwy - prevWy;
                prevW = rw;
                prevWy = rwy;
            }
            int i = firstAtOrAfter((c + 1) * period);
            sums[2 * bins] += run[2 * i] - prevW;
            sums[2 * bins + 1] += run[2 * i + 1] - prevWy;
        }
    }

    /**
     * The first point with u ≥ edge (n if none). Each lookup starts afresh from the cell index rather than from
     * the previous answer, so successive lookups do not wait on each other.
     */
    private int firstAtOrAfter(double edge) {
        int i = cellStart[(int) (edge * cellsPerDay)];
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
     * (S·w − s·W)² / (w·(W − w)²) and the squared SNR like (S·w − s·W)² / (w·(W − w)). Per duration, one
     * branch-free loop (which the JIT can vectorise) gives every window that quotient with the sign of the depth;
     * a second finds the first maximum, checking a window's weights only when it beats the best so far. The
     * winner's values are then computed as astropy does.
     */
    private void scan(int p, double period, int bins, Scratch s) {
        double[] cw = s.cw;
        double[] cy = s.cy;
        double[] score = s.score;
        double bestScore = Double.NEGATIVE_INFINITY;
        int bestStart = -1;
        int bestBins = 0;
        for (int dk : durationBins) {
            if (dk >= bins) {
                continue;
            }
            if (likelihood) {
                for (int m = 0; m < bins; m++) {
                    double wIn = cw[m + dk] - cw[m];
                    double wOut = sumW - wIn;
                    double num = sumWy * wIn - (cy[m + dk] - cy[m]) * sumW;
                    score[m] = num * Math.abs(num) / (wIn * wOut * wOut);
                }
            } else {
                for (int m = 0; m < bins; m++) {
                    double wIn = cw[m + dk] - cw[m];
                    double wOut = sumW - wIn;
                    double num = sumWy * wIn - (cy[m + dk] - cy[m]) * sumW;
                    score[m] = num * Math.abs(num) / (wIn * wOut);
                }
            }
            for (int m = 0; m < bins; m++) {
                if (score[m] > bestScore && valid(cw, cy, m, dk)) {
                    bestScore = score[m];
                    bestStart = m;
                    bestBins = dk;
                }
            }
        }
        if (bestStart >= 0) {
            double wIn = cw[bestStart + bestBins] - cw[bestStart];
            double sIn = cy[bestStart + bestBins] - cy[bestStart];
            double wOut = sumW - wIn;
            double yIn = sIn / wIn;
            double yOut = (sumWy - sIn) / wOut;
            double dur = bestBins * binWidth;
            double mid = (bestStart * binWidth + 0.5 * dur) % period + tRef;
            out.set(p, likelihood, yIn, yOut, wIn, wOut, dur, mid);
        }
    }

    /** Whether the window has weight in and out of transit and a depth of at least zero (astropy's rule). */
    private boolean valid(double[] cw, double[] cy, int m, int dk) {
        double wIn = cw[m + dk] - cw[m];
        double wOut = sumW - wIn;
        return wIn >= emptyWeight && wOut >= emptyWeight
                && sumWy * wIn - (cy[m + dk] - cy[m]) * sumW >= 0;
    }
}
