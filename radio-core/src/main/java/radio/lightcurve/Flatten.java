package radio.lightcurve;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Removes slow trends (stellar variability, residual systematics) with a Savitzky–Golay filter, the way
 * lightkurve's {@code flatten} does, and divides the flux by the trend:
 * <ol>
 *   <li>Points used for the trend: finite flux, within {@code sigma} standard deviations of the median, and not in
 *       transit when a {@link TransitMask} is given (so a transit is not smoothed into the trend).</li>
 *   <li>Segments: the cadences with a finite flux and outside the transit mask are split at gaps longer than
 *       {@code breakTolerance} × their median spacing, so no trend is smoothed across a data gap or a masked
 *       transit (the filter works on consecutive points and would see a step there).</li>
 *   <li>{@code iterations} times: smooth the used points of each segment with a Savitzky–Golay filter of
 *       {@code windowLength} points and order {@code polyorder} (a segment with fewer used points than the window,
 *       or than {@code breakTolerance}, gets their median); drop points further than {@code sigma} standard
 *       deviations from the trend; interpolate the trend linearly to every time (extrapolating at the ends).</li>
 *   <li>Flux and flux error are divided by the trend: the result is dimensionless, around 1.</li>
 * </ol>
 * One deliberate difference from lightkurve: it also splits at gaps left by clipping, so the removed bottom of a
 * deep unmasked transit splits a segment and can leave lone points that become their own trend, flattening part
 * of the transit away; here clipping never splits a segment.
 *
 * @param windowLength   Savitzky–Golay window in cadences, odd (lightkurve's default 101)
 * @param polyorder      polynomial order, below {@code windowLength} (default 2)
 * @param breakTolerance gap that splits segments, in median cadences (default 5)
 * @param iterations     clipping rounds (default 3)
 * @param sigma          clipping threshold in standard deviations (default 3)
 * @param transitMask    cadences kept out of the trend fit, if any
 */
public record Flatten(int windowLength, int polyorder, double breakTolerance, int iterations, double sigma,
                      Optional<TransitMask> transitMask) {
    /** lightkurve's defaults: window 101, order 2, break tolerance 5, 3 iterations, 3 sigma, no transit mask. */
    public static final Flatten DEFAULT = new Flatten(101, 2, 5, 3, 3, Optional.empty());

    public Flatten {
        if (windowLength < 3 || windowLength % 2 == 0) {
            throw new IllegalArgumentException("window length must be an odd number of at least 3 cadences: "
                    + windowLength);
        }
        if (polyorder < 0 || polyorder >= windowLength) {
            throw new IllegalArgumentException("polyorder must be in [0, window length): " + polyorder);
        }
        if (!(breakTolerance > 0)) {
            throw new IllegalArgumentException("break tolerance must be positive: " + breakTolerance);
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1: " + iterations);
        }
        if (!(sigma > 0)) {
            throw new IllegalArgumentException("sigma must be positive: " + sigma);
        }
        Objects.requireNonNull(transitMask, "transitMask");
    }

    public Flatten withWindowLength(int n) {
        return new Flatten(n, polyorder, breakTolerance, iterations, sigma, transitMask);
    }

    /** A window of about {@code days}, as the odd number of cadences (at least 5) the filter needs. */
    public Flatten withWindowDays(double days, double cadenceDays) {
        long n = Math.round(days / cadenceDays);
        n = Math.max(5, n % 2 == 0 ? n + 1 : n);
        return withWindowLength((int) Math.min(n, Integer.MAX_VALUE - 1));
    }

    public Flatten withPolyorder(int n) {
        return new Flatten(windowLength, n, breakTolerance, iterations, sigma, transitMask);
    }

    public Flatten withBreakTolerance(double value) {
        return new Flatten(windowLength, polyorder, value, iterations, sigma, transitMask);
    }

    public Flatten withIterations(int n) {
        return new Flatten(windowLength, polyorder, breakTolerance, n, sigma, transitMask);
    }

    public Flatten withSigma(double value) {
        return new Flatten(windowLength, polyorder, breakTolerance, iterations, value, transitMask);
    }

    public Flatten withTransitMask(TransitMask mask) {
        return new Flatten(windowLength, polyorder, breakTolerance, iterations, sigma, Optional.of(mask));
    }

    /** The flattened light curve and the trend it was divided by. */
    public record Result(LightCurve flattened, LightCurve trend) {
    }

    /**
     * Flattens {@code lc}.
     *
     * @throws IllegalStateException when fewer than two points are left to fit a trend
     */
    public Result apply(LightCurve lc) {
        double[] time = lc.time();
        double[] flux = lc.flux();
        int n = time.length;
        boolean[] inTransit = transitMask.map(m -> m.inTransit(time)).orElse(new boolean[n]);
        boolean[] use = firstUse(flux, inTransit);
        SavitzkyGolay filter = new SavitzkyGolay(windowLength, polyorder);
        int[] segment = segments(time, flux, inTransit);
        double[] trend = null;
        // each round is a method of its own: the JIT compiles it once, instead of compiling this method's loops
        // on the stack (OSR), again for each loop, in the short runs that flatten a few hundred light curves
        for (int round = 0; round < iterations; round++) {
            trend = round(lc, time, flux, segment, use, filter);
        }
        double[] err = lc.fluxErr();
        double[] flat = new double[n];
        double[] flatErr = new double[n];
        for (int i = 0; i < n; i++) {
            flat[i] = flux[i] / trend[i];
            flatErr[i] = err[i] / trend[i];
        }
        return new Result(lc.withFlux(flat, flatErr, ""), lc.withFlux(trend, err, lc.fluxUnit()));
    }

    /** The points the first round fits: finite, not in transit, within {@code sigma} standard deviations. */
    private boolean[] firstUse(double[] flux, boolean[] inTransit) {
        int n = flux.length;
        boolean[] use = new boolean[n];
        double median = Stats.nanMedian(flux);
        double std = Stats.nanStd(flux);
        for (int i = 0; i < n; i++) {
            use[i] = !inTransit[i] && Double.isFinite(flux[i]) && Math.abs(flux[i] - median) <= std * sigma;
        }
        return use;
    }

    /**
     * One clipping round: fits the trend to the used points, drops from {@code use} those further than
     * {@code sigma} standard deviations from it, and returns the trend at every time.
     */
    private double[] round(LightCurve lc, double[] time, double[] flux, int[] segment, boolean[] use,
                           SavitzkyGolay filter) {
        int n = time.length;
        int m = count(use);
        if (m < 2) {
            throw new IllegalStateException("cannot flatten " + lc.meta().objectName() + ": only " + m
                    + " usable points");
        }
        double[] t = new double[m];
        double[] f = new double[m];
        int[] index = new int[m];
        int[] seg = new int[m];
        for (int i = 0, j = 0; i < n; i++) {
            if (use[i]) {
                t[j] = time[i];
                f[j] = flux[i];
                seg[j] = segment[i];
                index[j++] = i;
            }
        }
        double[] fit = segmentTrend(f, seg, filter);
        double[] residual = new double[m];
        for (int j = 0; j < m; j++) {
            residual[j] = f[j] - fit[j];
        }
        double limit = Stats.nanStd(residual) * sigma + 1e-14;
        boolean[] good = new boolean[m];
        int g = 0;
        for (int j = 0; j < m; j++) {
            good[j] = Math.abs(residual[j]) < limit;
            if (good[j]) {
                g++;
            }
        }
        if (g < 2) {
            throw new IllegalStateException("cannot flatten " + lc.meta().objectName()
                    + ": fewer than two points agree with the trend");
        }
        double[] gt = new double[g];
        double[] gf = new double[g];
        for (int j = 0, k = 0; j < m; j++) {
            if (good[j]) {
                gt[k] = t[j];
                gf[k++] = fit[j];
            }
        }
        for (int j = 0; j < m; j++) {
            if (!good[j]) {
                use[index[j]] = false;
            }
        }
        return interpolate(gt, gf, time);
    }

    /**
     * The segment number of each cadence: cadences with a finite flux and not in transit are split where the time
     * step exceeds {@code breakTolerance} × the median step; the other cadences get -1.
     */
    private int[] segments(double[] time, double[] flux, boolean[] inTransit) {
        int n = time.length;
        int[] segment = new int[n];
        double[] dt = new double[n];
        int steps = 0;
        double previous = Double.NaN;
        for (int i = 0; i < n; i++) {
            if (Double.isFinite(flux[i]) && !inTransit[i]) {
                if (!Double.isNaN(previous)) {
                    dt[steps++] = time[i] - previous;
                }
                previous = time[i];
            }
        }
        double gap = breakTolerance * Stats.median(dt, steps);
        int current = 0;
        previous = Double.NaN;
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(flux[i]) || inTransit[i]) {
                segment[i] = -1;
                continue;
            }
            if (!Double.isNaN(previous) && time[i] - previous > gap) {
                current++;
            }
            segment[i] = current;
            previous = time[i];
        }
        return segment;
    }

    /** The Savitzky–Golay trend of the used points of each segment (their median when there are too few). */
    private double[] segmentTrend(double[] f, int[] seg, SavitzkyGolay filter) {
        int m = f.length;
        double[] fit = new double[m];
        int start = 0;
        for (int j = 1; j <= m; j++) {
            if (j == m || seg[j] != seg[start]) {
                int len = j - start;
                if (windowLength > len || len < breakTolerance) {
                    Arrays.fill(fit, start, j, Stats.nanMedian(f, start, j));
                } else {
                    System.arraycopy(filter.smooth(f, start, j), 0, fit, start, len);
                }
                start = j;
            }
        }
        return fit;
    }

    /** Linear interpolation of (x, y) at each of {@code at}, extrapolating linearly beyond the ends; x ascending. */
    static double[] interpolate(double[] x, double[] y, double[] at) {
        double[] out = new double[at.length];
        int k = 0;
        for (int i = 0; i < at.length; i++) {
            double a = at[i];
            while (k < x.length - 2 && a > x[k + 1]) {
                k++;
            }
            while (k > 0 && a < x[k]) {
                k--;
            }
            double x0 = x[k];
            double x1 = x[k + 1];
            out[i] = x1 == x0 ? y[k] : y[k] + (y[k + 1] - y[k]) * (a - x0) / (x1 - x0);
        }
        return out;
    }

    private static int count(boolean[] b) {
        int c = 0;
        for (boolean v : b) {
            if (v) {
                c++;
            }
        }
        return c;
    }
}
