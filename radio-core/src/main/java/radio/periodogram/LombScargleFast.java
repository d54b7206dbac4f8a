package radio.periodogram;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * The O(N log N) Lomb–Scargle by a non-uniform FFT (the method of nifty-ls, astropy 7's
 * {@code method="fastnifty"}). Every weighted trigonometric sum Σ h_j exp(2πi f_k t_j) over the regular grid
 * f_k is a type-1 NUFFT: the points are spread onto a regular grid twice as fine as the frequencies need with a
 * Gaussian (Greengard &amp; Lee 2004, "fast Gaussian gridding"), one FFT gives the smoothed sums, and dividing by
 * the Gaussian's Fourier transform undoes the smoothing. The powers then follow from the sums by the
 * trigonometric identities of Zechmeister &amp; Kürster, as in the exact method.
 *
 * <p>Why not Press &amp; Rybicki (astropy's {@code method="fast"}): its 4-point Lagrange extirpolation needs an FFT
 * five times longer than the grid (rounded up to a power of two) and still leaves errors of 0.6–2 % of the peak
 * power near the highest frequencies of the fixtures' automatic grids (on the TESS fixture enough to put astropy's
 * highest peak at a spurious 0.0007-day period). Spread over {@value #SPREAD} cells each side, the Gaussian makes
 * the sums accurate to about 1e-12 of Σ|h|, so the powers equal the exact method's to rounding, with an FFT 2 to 4
 * times the grid (a power of two) against astropy's 5 to 10 times: both more accurate and less FFT work.
 */
final class LombScargleFast {
    /** Gaussian half-width in cells: about 12 digits with an oversampling of 2 (Greengard &amp; Lee 2004). */
    static final int SPREAD = 12;
    /** FFT cells per frequency at least. */
    static final int OVERSAMPLING = 2;
    /** Keeps the interleaved complex FFT array (up to 4 cells a frequency) within Java's array size. */
    static final int MAX_FREQUENCIES = 1 << 26;

    private LombScargleFast() {
    }

    /**
     * Raw power YC²/CC + YS²/SS (before normalisation) on the grid.
     *
     * @param t  times (any origin)
     * @param w  weights normalised to sum 1
     * @param yc values, centred when asked
     */
    static double[] power(double[] t, double[] w, double[] yc, FrequencyGrid grid, boolean fitMean) {
        int nf = grid.size();
        if (nf > MAX_FREQUENCIES) {
            throw new IllegalArgumentException("the fast method takes at most " + MAX_FREQUENCIES
                    + " frequencies (its FFT has up to " + 2 * OVERSAMPLING + " cells a frequency), got " + nf);
        }
        double[] wy = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            wy[i] = w[i] * yc[i];
        }
        // the power does not depend on the time origin; the middle of the data keeps every phase smallest
        double tc = middle(t);
        Gaussian gaussian = new Gaussian(nf);
        double[][] atF = fitMean
                ? gaussian.transform(t, tc, grid.start(), grid.step(), wy, w)
                : gaussian.transform(t, tc, grid.start(), grid.step(), wy);
        double[] at2F = gaussian.transform(t, tc, 2 * grid.start(), 2 * grid.step(), w)[0];
        double[] yf = atF[0];
        double[] power = new double[nf];
        for (int k = 0; k < nf; k++) {
            int i = gaussian.cell(k);
            double c = gaussian.correction[k];
            power[k] = LombScargleExact.powerFromSums(yf[i + 1] * c, yf[i] * c, at2F[i + 1] * c, at2F[i] * c,
                    fitMean ? atF[1][i + 1] * c : 0, fitMean ? atF[1][i] * c : 0, fitMean);
        }
        return power;
    }

    private static double middle(double[] t) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : t) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return t.length == 0 ? 0 : lo + (hi - lo) / 2;
    }

    /**
     * The type-1 NUFFT for {@code modes} regular frequencies: spreading width, FFT length and the correction
     * factors depend only on the number of frequencies, so one instance serves every sum of a periodogram.
     */
    static final class Gaussian {
        private final int modes;
        private final int cells;
        private final double tau;
        /** exp(−(l·h)²/4τ) for l = 0..SPREAD, h the cell width in radians. */
        private final double[] e3 = new double[SPREAD + 1];
        /** √(π/τ)·exp(m²τ)/cells for the mode m = k − modes/2 of frequency index k: undoes the smoothing. */
        final double[] correction;

        Gaussian(int modes) {
            this.modes = modes;
            this.cells = fftLength(Math.max(OVERSAMPLING * modes, 4 * SPREAD));
            double r = (double) cells / modes;
            this.tau = Math.PI * SPREAD / ((double) modes * modes * r * (r - 0.5));
            double h = 2 * Math.PI / cells;
            for (int l = 0; l <= SPREAD; l++) {
                e3[l] = Math.exp(-(l * h) * (l * h) / (4 * tau));
            }
            correction = new double[modes];
            double scale = Math.sqrt(Math.PI / tau) / cells;
            int half = modes / 2;
            for (int k = 0; k < modes; k++) {
                double m = k - half;
                correction[k] = scale * Math.exp(m * m * tau);
            }
        }

        /**
         * For each weight vector h, the transformed grid from which {@link #cell} and {@link #correction} give
         * Z_k = Σ_j h_j exp(2πi f_k (t_j − tc)) for f_k = f0 + k·df, k &lt; modes: C_k is its real part, S_k its
         * imaginary part.
         */
        double[][] transform(double[] t, double tc, double f0, double df, double[]... h) {
            // modes m = k − modes/2 centre the band on the grid; the shift by f0 + (modes/2)·df goes into the values
            double fMid = f0 + (modes / 2) * df;
            double[][] grids = new double[h.length][2 * cells];
            double[] weight = new double[2 * SPREAD];
            double cell = 2 * Math.PI / cells;
            for (int j = 0; j < t.length; j++) {
                double dt = t[j] - tc;
                double u = df * dt;
                double g = (u - Math.floor(u)) * cells;
                int m0 = Math.min((int) g, cells - 1);
                gaussianWeights((g - m0) * cell, cell, weight);
                double phase = fMid * dt;
                double arg = 2 * Math.PI * (phase - Math.floor(phase));
                double cos = Math.cos(arg);
                double sin = Math.sin(arg);
                int first = m0 - (SPREAD - 1);
                boolean inside = first >= 0 && first + 2 * SPREAD <= cells;
                for (int v = 0; v < h.length; v++) {
                    double re = h[v][j] * cos;
                    double im = h[v][j] * sin;
                    double[] grid = grids[v];
                    for (int l = 0; l < 2 * SPREAD; l++) {
                        int p = 2 * (inside ? first + l : Math.floorMod(first + l, cells));
                        grid[p] += re * weight[l];
                        grid[p + 1] += im * weight[l];
                    }
                }
            }
            DoubleFFT_1D fft = new DoubleFFT_1D(cells);
            for (double[] grid : grids) {
                fft.complexInverse(grid, false);
            }
            return grids;
        }

        /** Where frequency k's smoothed sum is in a transformed grid (real part; the imaginary part follows). */
        int cell(int k) {
            int m = k - modes / 2;
            return 2 * (m >= 0 ? m : m + cells);
        }

        /**
         * The Gaussian exp(−(d − l·h)²/4τ) at cells l = −(SPREAD−1)..SPREAD around a point d radians past
         * cell 0, as exp(−d²/4τ)·exp(d·h/2τ)^l·exp(−(l·h)²/4τ): two exponentials a point instead of 24.
         */
        private void gaussianWeights(double d, double h, double[] weight) {
            double e1 = Math.exp(-d * d / (4 * tau));
            double e2 = Math.exp(d * h / (2 * tau));
            double up = e1;
            double down = e1;
            double inverse = 1 / e2;
            int zero = SPREAD - 1;
            weight[zero] = e1;
            for (int l = 1; l <= SPREAD; l++) {
                up *= e2;
                weight[zero + l] = up * e3[l];
                if (l < SPREAD) {
                    down *= inverse;
                    weight[zero - l] = down * e3[l];
                }
            }
        }
    }

    /**
     * The power of two at or above n. JTransforms plans and transforms powers of two faster than its mixed-radix
     * lengths: a 2^a·3^b·5^c length closer to n saves less in the transform than its plan costs.
     */
    static int fftLength(int n) {
        return n <= 1 ? 1 : Integer.highestOneBit(n - 1) << 1;
    }
}
