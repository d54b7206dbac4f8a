package radio.ml.dataset;

import radio.periodogram.AutoFrequency;
import radio.periodogram.FrequencyGrid;
import radio.periodogram.LombScargle;
import radio.periodogram.LombScarglePeak;
import radio.periodogram.LombScargleResult;

/**
 * Iterative Lomb–Scargle prewhitening: takes out the strongest periodic stellar signals (spots, pulsations)
 * before a transit search. Spots and pulsations of 0.3–15 days survive a one-day flatten and would capture the
 * BLS peak; a transit, being short and rare, barely shows in a Lomb–Scargle periodogram, so removing sinusoids
 * leaves it nearly intact. Each round finds the highest peak between {@code minPeriodDays} and
 * {@code maxPeriodDays}; while its false alarm probability (Baluev) is below {@code falseAlarm}, a sinusoid and
 * its first harmonic are fitted by least squares at that frequency (on the cadences outside known transits) and
 * subtracted everywhere. It stops at the first peak that a transit-like box explains better than a sinusoid
 * ({@link TransitFinder#transitLike}): a short-period planet or an eclipsing binary is left for the transit search
 * instead of being half removed.
 *
 * @param maxTerms      most frequencies removed
 * @param minPeriodDays shortest period searched
 * @param maxPeriodDays longest period searched
 * @param falseAlarm    significance needed to remove a frequency
 */
public record Prewhitening(int maxTerms, double minPeriodDays, double maxPeriodDays, double falseAlarm) {
    /** Up to 6 frequencies between 0.3 and 15 days, each with a false alarm probability below 10⁻⁴. */
    public static final Prewhitening DEFAULT = new Prewhitening(6, 0.3, 15, 1e-4);
    /** No prewhitening. */
    public static final Prewhitening NONE = new Prewhitening(0, 0.3, 15, 1e-4);

    public Prewhitening {
        if (maxTerms < 0 || !(minPeriodDays > 0) || !(maxPeriodDays > minPeriodDays)
                || !(falseAlarm > 0 && falseAlarm < 1)) {
            throw new IllegalArgumentException("bad prewhitening settings");
        }
    }

    /**
     * The flux with the significant sinusoids removed (a new array).
     *
     * @param time     days
     * @param flux     normalised flux (around 1), finite
     * @param fitPoint which cadences the periodogram and the fits use (false inside known transits)
     * @return the prewhitened flux and how many frequencies were removed
     */
    public Result apply(double[] time, double[] flux, boolean[] fitPoint) {
        double[] residual = flux.clone();
        int removed = 0;
        for (int term = 0; term < maxTerms; term++) {
            int m = 0;
            for (boolean b : fitPoint) {
                m += b ? 1 : 0;
            }
            if (m < 50) {
                break;
            }
            double[] t = new double[m];
            double[] y = new double[m];
            for (int i = 0, j = 0; i < time.length; i++) {
                if (fitPoint[i]) {
                    t[j] = time[i];
                    y[j++] = residual[i];
                }
            }
            double baseline = t[m - 1] - t[0];
            if (baseline < 2 * minPeriodDays) {
                break;
            }
            LombScargle ls = LombScargle.of(t, y, null);
            FrequencyGrid grid = ls.autofrequency(AutoFrequency.DEFAULT
                    .withPeriodRange(minPeriodDays, Math.min(maxPeriodDays, baseline / 2)));
            LombScargleResult r = ls.power(grid);
            if (r.bestIndex().isEmpty()) {
                break;
            }
            LombScarglePeak peak = r.best();
            if (ls.falseAlarmProbability(peak.power(), grid.maximum()) > falseAlarm
                    || TransitFinder.transitLike(t, y, 1 / peak.frequency())) {
                break;
            }
            double[] coef = fit(t, y, peak.frequency());
            for (int i = 0; i < time.length; i++) {
                residual[i] -= harmonics(coef, time[i], peak.frequency());
            }
            removed++;
        }
        return new Result(residual, removed);
    }

    /** The prewhitened flux and the number of frequencies taken out. */
    public record Result(double[] flux, int removedTerms) {
    }

    /** Least-squares a0 + Σ (a sin + b cos) at f and 2f: returns {a0, s1, c1, s2, c2}. */
    static double[] fit(double[] t, double[] y, double f) {
        int k = 5;
        double[][] ata = new double[k][k];
        double[] aty = new double[k];
        double[] row = new double[k];
        for (int i = 0; i < t.length; i++) {
            double w = 2 * Math.PI * f * t[i];
            row[0] = 1;
            row[1] = Math.sin(w);
            row[2] = Math.cos(w);
            row[3] = Math.sin(2 * w);
            row[4] = Math.cos(2 * w);
            for (int a = 0; a < k; a++) {
                aty[a] += row[a] * y[i];
                for (int b = 0; b < k; b++) {
                    ata[a][b] += row[a] * row[b];
                }
            }
        }
        return solve(ata, aty);
    }

    /** The periodic part (without the constant) of a fit at time t. */
    static double harmonics(double[] c, double t, double f) {
        double w = 2 * Math.PI * f * t;
        return c[1] * Math.sin(w) + c[2] * Math.cos(w) + c[3] * Math.sin(2 * w) + c[4] * Math.cos(2 * w);
    }

    /** Gaussian elimination with partial pivoting; a singular system gives zeros. */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = java.util.Arrays.copyOf(a[i], n + 1);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] tmp = m[col];
            m[col] = m[pivot];
            m[pivot] = tmp;
            if (Math.abs(m[col][col]) < 1e-12) {
                return new double[n];
            }
            for (int r = 0; r < n; r++) {
                if (r != col) {
                    double factor = m[r][col] / m[col][col];
                    for (int c = col; c <= n; c++) {
                        m[r][c] -= factor * m[col][c];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = m[i][n] / m[i][i];
        }
        return x;
    }
}
