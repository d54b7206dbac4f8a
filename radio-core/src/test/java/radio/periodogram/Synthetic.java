package radio.periodogram;

import java.util.Random;

/** Seeded synthetic light curves for the periodogram tests. */
record Synthetic(double[] t, double[] y, double[] dy) {
    /**
     * Randomly sampled times over {@code baseline} days from {@code start}, unit flux with a box transit
     * (period, mid-transit {@code epoch}, duration, depth) and Gaussian noise of {@code sigma}; errors
     * equal to sigma times a factor between 0.8 and 1.2.
     */
    static Synthetic transit(long seed, int n, double start, double baseline, double period, double epoch,
                             double duration, double depth, double sigma) {
        Random r = new Random(seed);
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = start + baseline * r.nextDouble();
        }
        java.util.Arrays.sort(t);
        double[] y = new double[n];
        double[] dy = new double[n];
        for (int i = 0; i < n; i++) {
            double phase = Math.abs(Series.pyMod(t[i] - epoch + 0.5 * period, period) - 0.5 * period);
            y[i] = 1.0 - (depth > 0 && phase < 0.5 * duration ? depth : 0.0) + sigma * r.nextGaussian();
            dy[i] = sigma * (0.8 + 0.4 * r.nextDouble());
        }
        return new Synthetic(t, y, dy);
    }

    /**
     * A regular cadence (days) over the baseline with one mid-series gap of {@code gap} days, a sinusoid of
     * the given period and amplitude and Gaussian noise.
     */
    static Synthetic sinusoid(long seed, double cadence, double start, double baseline, double gap, double period,
                              double amplitude, double sigma) {
        Random r = new Random(seed);
        int n = (int) (baseline / cadence);
        double gapStart = start + 0.5 * (baseline - gap);
        double[] tt = new double[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            double ti = start + i * cadence;
            if (ti < gapStart || ti >= gapStart + gap) {
                tt[m++] = ti;
            }
        }
        double[] t = java.util.Arrays.copyOf(tt, m);
        double[] y = new double[m];
        double[] dy = new double[m];
        for (int i = 0; i < m; i++) {
            y[i] = 1.0 + amplitude * Math.sin(2 * Math.PI * t[i] / period + 0.3) + sigma * r.nextGaussian();
            dy[i] = sigma * (0.9 + 0.2 * r.nextDouble());
        }
        return new Synthetic(t, y, dy);
    }
}
