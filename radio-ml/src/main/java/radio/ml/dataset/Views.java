package radio.ml.dataset;

import java.util.Arrays;

/**
 * The vector views of a flattened light curve (relative flux around 1).
 * <ul>
 *   <li>{@link #flux}: the time span cut into {@code length} equal bins; each bin is the median of its cadences;
 *       <b>gap rule</b>: bins without a cadence are filled by linear interpolation between the nearest filled
 *       bins (the first or last filled value beyond the ends). Then centred on the median and divided by the
 *       robust σ (1.4826 MAD), and limited to ±50 σ so one deep eclipse cannot swamp a batch.</li>
 *   <li>{@link #global}: folded, phase in days in [−P/2, P/2), {@code bins} equal bins; median per bin, empty
 *       bins interpolated as above; then AstroNet's normalisation: median 0, minimum −1.</li>
 *   <li>{@link #local}: bins centred on {@code bins} evenly spaced phases across ±{@code localDurations}
 *       durations, each {@code localBinWidth} durations wide (so neighbouring bins overlap); same filling and
 *       normalisation.</li>
 * </ul>
 */
public final class Views {
    private static final double FLUX_LIMIT = 50;

    private Views() {
    }

    static float[] flux(double[] time, double[] flux, int length) {
        double t0 = time[0];
        double width = (time[time.length - 1] - t0) / length;
        double[] bins = new double[length];
        Arrays.fill(bins, Double.NaN);
        double[] scratch = new double[flux.length];
        int i = 0;
        for (int b = 0; b < length; b++) {
            double end = b == length - 1 ? Double.POSITIVE_INFINITY : t0 + (b + 1) * width;
            int n = 0;
            while (i < time.length && time[i] < end) {
                if (Double.isFinite(flux[i])) {
                    scratch[n++] = flux[i];
                }
                i++;
            }
            if (n > 0) {
                bins[b] = Numbers.median(scratch, 0, n);
            }
        }
        Numbers.fillGaps(bins);
        double median = Numbers.nanMedian(bins);
        double sigma = Numbers.robustSigma(bins);
        if (!(sigma > 0)) {
            sigma = 1e-6;
        }
        float[] out = new float[length];
        for (int b = 0; b < length; b++) {
            out[b] = (float) Math.max(-FLUX_LIMIT, Math.min(FLUX_LIMIT, (bins[b] - median) / sigma));
        }
        return out;
    }

    static float[] global(double[] time, double[] flux, double period, double epoch, int bins) {
        Folded f = fold(time, flux, period, epoch);
        double width = period / bins;
        double[] centres = new double[bins];
        for (int b = 0; b < bins; b++) {
            centres[b] = -0.5 * period + (b + 0.5) * width;
        }
        return normalise(medianBins(f, centres, width));
    }

    static float[] local(double[] time, double[] flux, double period, double epoch, double duration,
                         ViewSettings s) {
        Folded f = fold(time, flux, period, epoch);
        int bins = s.localBins();
        double half = Math.min(s.localDurations() * duration, 0.5 * period);
        double[] centres = new double[bins];
        for (int b = 0; b < bins; b++) {
            centres[b] = -half + 2 * half * b / (bins - 1);
        }
        return normalise(medianBins(f, centres, s.localBinWidth() * duration));
    }

    /** Rows sorted by phase (days, in [−P/2, P/2)). */
    private record Folded(double[] phase, double[] flux) {
    }

    private static Folded fold(double[] time, double[] flux, double period, double epoch) {
        int n = time.length;
        double[] phase = new double[n];
        for (int i = 0; i < n; i++) {
            double p = (time[i] - epoch) / period;
            phase[i] = (p - Math.floor(p + 0.5)) * period;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(phase[a], phase[b]));
        double[] ph = new double[n];
        double[] fl = new double[n];
        for (int k = 0; k < n; k++) {
            ph[k] = phase[order[k]];
            fl[k] = flux[order[k]];
        }
        return new Folded(ph, fl);
    }

    /** Median of the rows within ±width/2 of each centre (NaN when none), gaps then filled. */
    private static double[] medianBins(Folded f, double[] centres, double width) {
        double[] out = new double[centres.length];
        double[] scratch = new double[f.phase.length];
        for (int b = 0; b < centres.length; b++) {
            int from = lowerBound(f.phase, centres[b] - 0.5 * width);
            int to = lowerBound(f.phase, centres[b] + 0.5 * width);
            int n = 0;
            for (int k = from; k < to; k++) {
                if (Double.isFinite(f.flux[k])) {
                    scratch[n++] = f.flux[k];
                }
            }
            out[b] = n == 0 ? Double.NaN : Numbers.median(scratch, 0, n);
        }
        Numbers.fillGaps(out);
        return out;
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

    /** AstroNet's normalisation: median 0, minimum −1 (a flat view stays 0). */
    private static float[] normalise(double[] v) {
        double median = Numbers.nanMedian(v);
        double min = Double.POSITIVE_INFINITY;
        for (double x : v) {
            min = Math.min(min, x - median);
        }
        double scale = min < 0 ? -min : 1;
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) ((v[i] - median) / scale);
        }
        return out;
    }
}
