package radio.ml.dataset;

import java.util.Arrays;
import radio.lightcurve.Median;

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
                bins[b] = Median.of(scratch, 0, n);
            }
        }
        Numbers.fillGaps(bins);
        double median = Numbers.nanMedian(bins);
        double sigma = Numbers.robustSigma(bins, median);
        if (!(sigma > 0)) {
            sigma = 1e-6;
        }
        float[] out = new float[length];
        for (int b = 0; b < length; b++) {
            out[b] = (float) Math.max(-FLUX_LIMIT, Math.min(FLUX_LIMIT, (bins[b] - median) / sigma));
        }
        return out;
    }

    /**
     * The light curve folded on an ephemeris, rows sorted by phase (days, in [−P/2, P/2)): made once and binned
     * into both the global and the local view.
     */
    record Folded(double period, double[] phase, double[] flux) {
    }

    static Folded fold(double[] time, double[] flux, double period, double epoch) {
        int n = time.length;
        double[] phase = new double[n];
        for (int i = 0; i < n; i++) {
            double p = (time[i] - epoch) / period;
            phase[i] = (p - Math.floor(p + 0.5)) * period;
        }
        double[] fl = flux.clone();
        sortByPhase(phase, fl);
        return new Folded(period, phase, fl);
    }

    static float[] global(Folded f, int bins) {
        double width = f.period / bins;
        double[] centres = new double[bins];
        for (int b = 0; b < bins; b++) {
            centres[b] = -0.5 * f.period + (b + 0.5) * width;
        }
        return normalise(medianBins(f, centres, width));
    }

    static float[] local(Folded f, double duration, ViewSettings s) {
        int bins = s.localBins();
        double half = Math.min(s.localDurations() * duration, 0.5 * f.period);
        double[] centres = new double[bins];
        for (int b = 0; b < bins; b++) {
            centres[b] = -half + 2 * half * b / (bins - 1);
        }
        return normalise(medianBins(f, centres, s.localBinWidth() * duration));
    }

    /**
     * Sorts {@code phase} ascending and {@code flux} along with it. Time-ordered rows fold into one ascending run
     * per orbit, so a bottom-up merge of those runs takes a few passes over primitive arrays (no boxing). Rows of
     * equal phase may come out in any order: every use takes the median of a phase range.
     */
    private static void sortByPhase(double[] phase, double[] flux) {
        int n = phase.length;
        int[] starts = new int[n + 1];
        int runs = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || phase[i] < phase[i - 1]) {
                starts[runs++] = i;
            }
        }
        starts[runs] = n;
        double[] p = phase;
        double[] f = flux;
        double[] q = new double[n];
        double[] g = new double[n];
        while (runs > 1) {
            int merged = 0;
            for (int r = 0; r < runs; r += 2) {
                int a = starts[r];
                int mid = starts[Math.min(r + 1, runs)];
                int end = starts[Math.min(r + 2, runs)];
                int i = a;
                int j = mid;
                for (int k = a; k < end; k++) {
                    if (j >= end || i < mid && p[i] <= p[j]) {
                        q[k] = p[i];
                        g[k] = f[i++];
                    } else {
                        q[k] = p[j];
                        g[k] = f[j++];
                    }
                }
                starts[merged++] = a;
            }
            starts[merged] = n;
            runs = merged;
            double[] t = p;
            p = q;
            q = t;
            t = f;
            f = g;
            g = t;
        }
        if (p != phase) {
            System.arraycopy(p, 0, phase, 0, n);
            System.arraycopy(f, 0, flux, 0, n);
        }
    }

    /** Median of the rows within ±width/2 of each centre (NaN when none), gaps then filled. */
    private static double[] medianBins(Folded f, double[] centres, double width) {
        double[] out = new double[centres.length];
        double[] scratch = new double[f.phase.length];
        int from = 0;
        int to = 0;
        for (int b = 0; b < centres.length; b++) {
            // the centres ascend, so both ends move forward from where the previous bin left them
            from = lowerBound(f.phase, centres[b] - 0.5 * width, from);
            to = lowerBound(f.phase, centres[b] + 0.5 * width, Math.max(from, to));
            int n = 0;
            for (int k = from; k < to; k++) {
                if (Double.isFinite(f.flux[k])) {
                    scratch[n++] = f.flux[k];
                }
            }
            out[b] = n == 0 ? Double.NaN : Median.of(scratch, 0, n);
        }
        Numbers.fillGaps(out);
        return out;
    }

    /**
     * The first index whose value is not below {@code value} (the insertion point), searched from {@code start}:
     * forward while smaller values remain, backward while the previous entry is not smaller.
     */
    private static int lowerBound(double[] sorted, double value, int start) {
        int k = start;
        while (k > 0 && !(sorted[k - 1] < value)) {
            k--;
        }
        while (k < sorted.length && sorted[k] < value) {
            k++;
        }
        return k;
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
