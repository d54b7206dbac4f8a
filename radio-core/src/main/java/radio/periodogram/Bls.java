package radio.periodogram;

import java.util.Objects;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealVector;
import radio.lightcurve.LightCurve;

/**
 * Box Least Squares transit search (Kovács, Zucker &amp; Mazeh 2002), with the semantics of astropy's
 * {@code BoxLeastSquares}: the values are searched for a periodic box-shaped dip; at every trial period the
 * phase, duration and depth that maximise the {@link Objective} are reported.
 *
 * <pre>{@code
 * Bls bls = Bls.of(time, flux, fluxErr);                  // fluxErr may be null
 * double[] durations = {0.05, 0.1, 0.2};                  // days
 * BlsResult r = bls.power(bls.autoperiod(durations), durations);
 * BlsPeak best = r.best();                                // period, duration, epoch, depth ± err, SNR
 * BlsStats stats = bls.computeStats(best);                // odd/even depths, per-transit likelihoods …
 * }</pre>
 *
 * <p>Times are in days on any axis (BTJD, BKJD, …); results use the same axis. Values are typically
 * normalised flux; depths come out in the same units. Immutable and thread-safe; {@link #power} may use
 * several threads ({@link BlsOptions#threads()}) and its result does not depend on how many.
 */
public final class Bls {
    /** How much finer {@link #refine} searches around the peak. */
    public static final int REFINEMENT = 10;

    private final Series data;

    private Bls(Series data) {
        this.data = data;
    }

    /**
     * @param t  times in days, finite
     * @param y  values, finite
     * @param dy 1-sigma errors of the values, positive and finite; null for equal weights
     * @throws IllegalArgumentException on lengths that differ, fewer than 2 points, or non-finite entries
     *                                  (naming the first offending index)
     */
    public static Bls of(double[] t, double[] y, double[] dy) {
        return new Bls(Series.of(t, y, dy, 2));
    }

    /**
     * From a light curve: its rows with finite time and flux; its flux errors when every such row has a
     * positive finite one, equal weights otherwise (as lightkurve's {@code to_periodogram("bls")}). Times stay
     * on the light curve's axis (BTJD, BKJD), so epochs come out on it too.
     */
    public static Bls of(LightCurve lc) {
        return new Bls(Series.of(lc, 2));
    }

    public int size() {
        return data.size();
    }

    /** Time span of the data in days. */
    public double baseline() {
        return data.baseline();
    }

    /** astropy's default automatic period grid for these durations (see {@link AutoPeriod#DEFAULT}). */
    public PeriodGrid autoperiod(double[] durations) {
        return autoperiod(durations, AutoPeriod.DEFAULT);
    }

    /** An automatic period grid over this data's baseline (see {@link PeriodGrid#auto}). */
    public PeriodGrid autoperiod(double[] durations, AutoPeriod options) {
        return PeriodGrid.auto(data.baseline(), durations, options);
    }

    /** {@link #power} on the default automatic grid with default options. */
    public BlsResult autopower(double[] durations) {
        return power(autoperiod(durations), durations, BlsOptions.DEFAULT);
    }

    /** The periodogram with default options: log-likelihood, fast method, oversample 10, all processors. */
    public BlsResult power(PeriodGrid periods, double[] durations) {
        return power(periods, durations, BlsOptions.DEFAULT);
    }

    /**
     * The periodogram at every period of the grid.
     *
     * @param durations trial transit durations in days, each shorter than the shortest period
     * @throws IllegalArgumentException when a duration is not shorter than the shortest period
     * @throws GridTooLargeException    when the search's arrays would not fit in the JVM's maximum heap
     */
    public BlsResult power(PeriodGrid periods, double[] durations, BlsOptions options) {
        return power(periods, durations, options, HeapBudget.runtime());
    }

    /**
     * {@link #power} within a heap budget.
     *
     * @throws GridTooLargeException when the search's arrays would not fit in the budget
     */
    BlsResult power(PeriodGrid periods, double[] durations, BlsOptions options, HeapBudget budget) {
        Objects.requireNonNull(periods, "periods");
        Objects.requireNonNull(options, "options");
        Durations d = Durations.of(durations);
        requireDurationsShorterThan(d, periods.minimum());
        int threads = Parallel.threads(options.threads());
        double[] grid = periods.shared();
        return budget.allocate("a BLS search", grid.length, bytesNeeded(grid.length, d, periods.maximum(), options,
                threads), () -> {
                    BlsArrays out = new BlsArrays(grid);
                    if (options.method() == Method.FAST) {
                        int block = Parallel.blockSize(grid.length, BlsFast.TRACKED_PERIODS, threads);
                        Parallel.forBlocksAfter(grid.length, block, threads, () -> fast(grid, d, options, out)::worker);
                    } else {
                        Parallel.forBlocksAfter(grid.length, Parallel.blockSize(grid.length, 4, threads), threads,
                                () -> {
                                    Prepared p = prepare();
                                    return new BlsExact(p.t, p.y, p.ivar, p.tRef, p.median, grid, d,
                                            options.oversample(), options.objective(), out)::worker;
                                });
                    }
                    return out.toResult(options.objective());
                });
    }

    /** How the fast method fills its phase bins at each period of the grid (the algorithm choice, for tests). */
    BlsFast.Fill[] fastFills(PeriodGrid periods, double[] durations, BlsOptions options) {
        double[] grid = periods.shared();
        BlsFast fast = fast(grid, Durations.of(durations), options, new BlsArrays(grid));
        BlsFast.Fill[] fills = new BlsFast.Fill[grid.length];
        for (int p = 0; p < grid.length; p++) {
            fills[p] = fast.fill(grid[p]);
        }
        return fills;
    }

    /** Which periods of the grid the fast method tracks from a fill of an earlier one (for tests). */
    boolean[] fastTracked(PeriodGrid periods, double[] durations, BlsOptions options) {
        double[] grid = periods.shared();
        BlsFast fast = fast(grid, Durations.of(durations), options, new BlsArrays(grid));
        boolean[] tracked = new boolean[grid.length];
        for (int p = 0; p < grid.length; p++) {
            tracked[p] = fast.tracked(p);
        }
        return tracked;
    }

    private BlsFast fast(double[] grid, Durations d, BlsOptions options, BlsArrays out) {
        Prepared p = prepare();
        return new BlsFast(p.t, p.y, p.ivar, p.tRef, p.median, grid, d, options.oversample(), options.objective(),
                out);
    }

    /**
     * A generous estimate of the heap a search holds at once: the result's columns twice over (filled, then
     * copied into the result), the prepared series and each thread's phase bins.
     */
    private long bytesNeeded(long periods, Durations d, double maxPeriod, BlsOptions options, int threads) {
        long perThread = 0;
        if (options.method() == Method.FAST) {
            long bins = BlsFast.phaseBins(maxPeriod, d, options.oversample())
                    + (long) Math.ceil(d.max * options.oversample() / d.min) + 1;
            perThread = 7L * Double.BYTES * bins + 2L * Double.BYTES * size();
        }
        return 15L * Double.BYTES * periods + 100L * size() + threads * perThread;
    }

    /**
     * The series in time order (the data's own arrays when it already is: the searches only read them), the
     * first time and the values' median; each search takes the times relative to the first and the values minus
     * the median as it builds its own arrays.
     */
    private record Prepared(double[] t, double[] y, double[] ivar, double tRef, double median) {
    }

    private Prepared prepare() {
        double median = Series.median(data.y);
        if (data.sortedInTime()) {
            return new Prepared(data.t, data.y, data.ivar, data.t[0], median);
        }
        int[] order = data.timeOrder();
        int n = data.size();
        double[] t = new double[n];
        double[] y = new double[n];
        double[] ivar = new double[n];
        for (int k = 0; k < n; k++) {
            int i = order[k];
            t[k] = data.t[i];
            y[k] = data.y[i];
            ivar[k] = data.ivar[i];
        }
        return new Prepared(t, y, ivar, t[0], median);
    }

    /**
     * The periodogram with the surroundings of its highest peak searched again on a grid {@value #REFINEMENT}
     * times finer in frequency (two grid steps either side of the peak), merged in. A coarse grid such as
     * lightkurve's (frequency factor 10) can step over several peak widths; this pins the period down for the
     * price of a few dozen more periods.
     *
     * @param coarse    a periodogram of this data (at least two periods), e.g. from {@link #power}
     * @param durations the durations it was computed with
     * @return {@code coarse} merged with the fine search; {@code coarse} itself when it has no peak
     */
    public BlsResult refine(BlsResult coarse, double[] durations, BlsOptions options) {
        if (coarse.bestIndex().isEmpty() || coarse.size() < 2) {
            return coarse;
        }
        int best = coarse.bestIndex().getAsInt();
        double[] period = coarse.period();
        int neighbour = best + 1 < period.length ? best + 1 : best - 1;
        double step = Math.abs(1 / period[neighbour] - 1 / period[best]) / REFINEMENT;
        if (!(step > 0)) {
            return coarse;
        }
        double f0 = 1 / period[best];
        double[] fine = new double[4 * REFINEMENT + 1];
        int n = 0;
        for (int k = -2 * REFINEMENT; k <= 2 * REFINEMENT; k++) {
            double f = f0 + k * step;
            if (f > 0) {
                fine[n++] = 1 / f;
            }
        }
        double[] periods = java.util.Arrays.copyOf(fine, n);
        java.util.Arrays.sort(periods);
        return coarse.merge(power(PeriodGrid.of(periods), durations, options));
    }

    /** Vetting statistics of the given peak's model (see {@link #computeStats(double, double, double)}). */
    public BlsStats computeStats(BlsPeak peak) {
        return computeStats(peak.period(), peak.duration(), peak.epoch());
    }

    /**
     * Vetting statistics of one transit model, as astropy's {@code compute_stats}: the depth of the model,
     * of its odd and even transits, at half the period and shifted by half a period, the best sinusoid at
     * the period, and the times, point counts and log-likelihoods of the individual transits.
     *
     * @param period      days
     * @param duration    days, shorter than the period
     * @param transitTime mid-transit time of one transit, on the data's time axis
     */
    public BlsStats computeStats(double period, double duration, double transitTime) {
        checkModel(period, duration, transitTime);
        double[] t = data.t;
        double[] y = data.y;
        double[] ivar = data.ivar;
        int n = t.length;
        double hp = 0.5 * period;
        double halfDur = 0.5 * duration;
        boolean[] in = new boolean[n];
        boolean[] out = new boolean[n];
        boolean[] odd = new boolean[n];
        boolean[] even = new boolean[n];
        boolean[] phased = new boolean[n];
        boolean[] phasedOut = new boolean[n];
        boolean[] half = new boolean[n];
        boolean[] notHalf = new boolean[n];
        for (int i = 0; i < n; i++) {
            in[i] = Math.abs(Series.pyMod(t[i] - transitTime + hp, period) - hp) < halfDur;
            out[i] = !in[i];
            odd[i] = Math.abs(Series.pyMod(t[i] - transitTime, 2 * period) - period) < halfDur;
            even[i] = Math.abs(Series.pyMod(t[i] - transitTime + period, 2 * period) - period) < halfDur;
            phased[i] = Math.abs(Series.pyMod(t[i] - transitTime, period) - hp) < halfDur;
            phasedOut[i] = !phased[i] && out[i];
            half[i] = Math.abs(Series.pyMod(t[i] - transitTime + 0.25 * period, 0.5 * period) - 0.25 * period)
                    < halfDur;
            notHalf[i] = !half[i];
        }
        Mean outside = mean(out);
        DepthEstimate depth = depth(in, outside);
        DepthEstimate depthOdd = depth(odd, outside);
        DepthEstimate depthEven = depth(even, outside);
        DepthEstimate depthPhased = depth(phased, mean(phasedOut));
        DepthEstimate depthHalf = depth(half, mean(notHalf));
        double yOut = outside.value;
        double yIn = yOut - depth.depth();

        // transits are numbered by the nearest multiple of the period from transitTime (numpy rounds half to even)
        int minId = Integer.MAX_VALUE;
        int maxId = Integer.MIN_VALUE;
        int[] id = new int[n];
        for (int i = 0; i < n; i++) {
            if (in[i]) {
                id[i] = (int) Math.rint((t[i] - transitTime) / period);
                minId = Math.min(minId, id[i]);
                maxId = Math.max(maxId, id[i]);
            }
        }
        int transits = maxId >= minId ? maxId - minId + 1 : 0;
        double[] transitTimes = new double[transits];
        int[] counts = new int[transits];
        double[] lls = new double[transits];
        for (int k = 0; k < transits; k++) {
            transitTimes[k] = period * (minId + k) + transitTime;
        }
        double fullLl = 0;
        for (int i = 0; i < n; i++) {
            if (in[i]) {
                int k = id[i] - minId;
                counts[k]++;
                double a = y[i] - yIn;
                double b = y[i] - yOut;
                lls[k] += -0.5 * ivar[i] * (a * a - b * b);
                fullLl -= 0.5 * ivar[i] * a * a;
            }
        }
        for (int i = 0; i < n; i++) {
            if (out[i]) {
                double b = y[i] - yOut;
                fullLl -= 0.5 * ivar[i] * b * b;
            }
        }

        // weighted least squares sinusoid + constant at this period
        double[][] ata = new double[3][3];
        double[] aty = new double[3];
        double[] row = new double[3];
        for (int i = 0; i < n; i++) {
            double arg = 2 * Math.PI * t[i] / period;
            row[0] = Math.sin(arg);
            row[1] = Math.cos(arg);
            row[2] = 1.0;
            for (int r = 0; r < 3; r++) {
                aty[r] += row[r] * y[i] * ivar[i];
                for (int c = 0; c < 3; c++) {
                    ata[r][c] += row[r] * row[c] * ivar[i];
                }
            }
        }
        RealVector coef = new LUDecomposition(new Array2DRowRealMatrix(ata, false)).getSolver()
                .solve(new ArrayRealVector(aty, false));
        double sinLl = 0;
        for (int i = 0; i < n; i++) {
            double arg = 2 * Math.PI * t[i] / period;
            double model = coef.getEntry(0) * Math.sin(arg) + coef.getEntry(1) * Math.cos(arg) + coef.getEntry(2);
            double r = y[i] - model;
            sinLl -= 0.5 * r * r * ivar[i];
        }
        double amplitude = Math.sqrt(coef.getEntry(0) * coef.getEntry(0) + coef.getEntry(1) * coef.getEntry(1));
        return new BlsStats(depth, depthOdd, depthEven, depthHalf, depthPhased, amplitude, sinLl - fullLl,
                transitTimes, counts, lls);
    }

    /**
     * The box model at the given times, as astropy's {@code model}: the weighted mean of this data out of
     * transit, and in transit the weighted mean of the data in transit.
     *
     * @param times where to evaluate, on the data's time axis
     */
    public double[] model(double[] times, double period, double duration, double transitTime) {
        checkModel(period, duration, transitTime);
        boolean[] in = transitMask(data.t, period, duration, transitTime);
        boolean[] out = new boolean[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = !in[i];
        }
        double yIn = mean(in).value;
        double yOut = mean(out).value;
        boolean[] where = transitMask(times, period, duration, transitTime);
        double[] m = new double[times.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = where[i] ? yIn : yOut;
        }
        return m;
    }

    /** Which of the given times fall inside a transit of this model (astropy's {@code transit_mask}). */
    public boolean[] transitMask(double[] times, double period, double duration, double transitTime) {
        checkModel(period, duration, transitTime);
        double hp = 0.5 * period;
        boolean[] mask = new boolean[times.length];
        for (int i = 0; i < times.length; i++) {
            mask[i] = Math.abs(Series.pyMod(times[i] - transitTime + hp, period) - hp) < 0.5 * duration;
        }
        return mask;
    }

    private static void checkModel(double period, double duration, double transitTime) {
        AutoPeriod.requirePositive("period", period);
        AutoPeriod.requirePositive("duration", duration);
        if (!Double.isFinite(transitTime)) {
            throw new IllegalArgumentException("transit time must be finite, got " + transitTime);
        }
        requireDurationsShorterThan(Durations.of(new double[] {duration}), period);
    }

    private static void requireDurationsShorterThan(Durations d, double minimumPeriod) {
        if (!(d.max < minimumPeriod)) {
            throw new IllegalArgumentException("the longest transit duration " + d.max
                    + " d must be shorter than the shortest period " + minimumPeriod + " d");
        }
    }

    /** A weighted mean and its variance; (0, +∞) for an empty selection, as astropy. */
    private record Mean(double value, double variance) {
    }

    private Mean mean(boolean[] mask) {
        double w = 0;
        double wy = 0;
        for (int i = 0; i < mask.length; i++) {
            if (mask[i]) {
                w += data.ivar[i];
                wy += data.y[i] * data.ivar[i];
            }
        }
        if (w == 0) {
            return new Mean(0.0, Double.POSITIVE_INFINITY);
        }
        double var = 1.0 / w;
        return new Mean(wy * var, var);
    }

    /** astropy's {@code _compute_depth(m, y_out, var_out)}: (0, ∞) without points or with an infinite variance. */
    private DepthEstimate depth(boolean[] mask, Mean reference) {
        Mean m = mean(mask);
        if (Double.isInfinite(m.variance) || !Double.isFinite(reference.variance)) {
            return new DepthEstimate(0.0, Double.POSITIVE_INFINITY);
        }
        return new DepthEstimate(reference.value - m.value, Math.sqrt(m.variance + reference.variance));
    }

    @Override
    public String toString() {
        return "Bls[" + data.size() + " points, baseline " + data.baseline() + " d]";
    }
}
