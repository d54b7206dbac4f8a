package radio.periodogram;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Press &amp; Rybicki's O(N log N) Lomb–Scargle (astropy's {@code method="fast"}, astropy 5.2): the weighted
 * trigonometric sums at all grid frequencies come from one FFT each, after "extirpolating" the data onto a
 * regular grid with Lagrange weights on the 4 nearest grid points; the FFT is 5 times longer than the
 * frequency grid (rounded up to a power of two). The powers then follow from the sums by the trigonometric
 * identities of Zechmeister &amp; Kürster. Every step mirrors astropy's so that the two agree to rounding.
 */
final class LombScargleFast {
    static final int OVERSAMPLING = 5;
    static final int LAGRANGE_POINTS = 4;
    /** Keeps the interleaved complex FFT array within Java's array size. */
    static final int MAX_FREQUENCIES = 1 << 27;

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
                    + " frequencies (its FFT is " + OVERSAMPLING + " times longer), got " + nf);
        }
        double f0 = grid.start();
        double df = grid.step();
        double[] wy = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            wy[i] = w[i] * yc[i];
        }
        double[] sh = new double[nf];
        double[] ch = new double[nf];
        double[] s2 = new double[nf];
        double[] c2 = new double[nf];
        trigSum(t, wy, f0, df, nf, 1, sh, ch);
        trigSum(t, w, f0, df, nf, 2, s2, c2);
        double[] s = null;
        double[] c = null;
        if (fitMean) {
            s = new double[nf];
            c = new double[nf];
            trigSum(t, w, f0, df, nf, 1, s, c);
        }
        double[] power = new double[nf];
        for (int k = 0; k < nf; k++) {
            power[k] = LombScargleExact.powerFromSums(sh[k], ch[k], s2[k], c2[k], fitMean ? s[k] : 0,
                    fitMean ? c[k] : 0, fitMean);
        }
        return power;
    }

    /**
     * S_k = Σ h_i sin(2π f_k t_i), C_k = Σ h_i cos(2π f_k t_i) for f_k = factor·(f0 + k·df), k &lt; n
     * (astropy's {@code trig_sum} with {@code use_fft=True}).
     */
    static void trigSum(double[] t, double[] h, double f0, double df, int n, int factor, double[] sOut,
                        double[] cOut) {
        df *= factor;
        f0 *= factor;
        int nfft = bitCeil(n * OVERSAMPLING);
        double t0 = Double.POSITIVE_INFINITY;
        for (double v : t) {
            t0 = Math.min(t0, v);
        }
        int m = t.length;
        double[] hr = new double[m];
        double[] hi = new double[m];
        double[] x = new double[m];
        for (int i = 0; i < m; i++) {
            if (f0 > 0) {
                double arg = 2 * Math.PI * f0 * (t[i] - t0);
                hr[i] = h[i] * Math.cos(arg);
                hi[i] = h[i] * Math.sin(arg);
            } else {
                hr[i] = h[i];
            }
            x[i] = (t[i] - t0) * nfft * df % nfft;
        }
        double[] grid = new double[2 * nfft];
        extirpolate(x, hr, hi, grid, nfft);
        new DoubleFFT_1D(nfft).complexInverse(grid, false);
        if (t0 != 0) {
            // fftgrid *= exp(2πi·t0·f_k), rotating by a fixed step and re-seeding every block for accuracy
            double step = 2 * Math.PI * t0 * df;
            double cosStep = Math.cos(step);
            double sinStep = Math.sin(step);
            double cr = 0;
            double ci = 0;
            for (int k = 0; k < n; k++) {
                if ((k & 255) == 0) {
                    double arg = 2 * Math.PI * t0 * (f0 + df * k);
                    cr = Math.cos(arg);
                    ci = Math.sin(arg);
                }
                double re = grid[2 * k];
                double im = grid[2 * k + 1];
                cOut[k] = re * cr - im * ci;
                sOut[k] = re * ci + im * cr;
                double nr = cr * cosStep - ci * sinStep;
                ci = ci * cosStep + cr * sinStep;
                cr = nr;
            }
        } else {
            for (int k = 0; k < n; k++) {
                cOut[k] = grid[2 * k];
                sOut[k] = grid[2 * k + 1];
            }
        }
    }

    /**
     * Spreads each complex value at abscissa x (0 ≤ x &lt; size) over the M = 4 nearest integer points with
     * Lagrange weights, so that sums of smooth functions over the grid equal those over the points
     * (Numerical Recipes' {@code spread}; astropy's {@code extirpolate}, same order of additions).
     *
     * @param grid interleaved complex output of the given size, accumulated into
     */
    static void extirpolate(double[] x, double[] yr, double[] yi, double[] grid, int size) {
        int mm = LAGRANGE_POINTS;
        int n = x.length;
        int[] ilo = new int[n];
        double[] numR = new double[n];
        double[] numI = new double[n];
        boolean[] integral = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (x[i] % 1 == 0) {
                integral[i] = true;
                int k = (int) x[i];
                grid[2 * k] += yr[i];
                grid[2 * k + 1] += yi[i];
                continue;
            }
            int lo = (int) (x[i] - mm / 2);
            lo = Math.max(0, Math.min(size - mm, lo));
            ilo[i] = lo;
            double prod = 1;
            for (int j = 0; j < mm; j++) {
                prod *= x[i] - lo - j;
            }
            numR[i] = yr[i] * prod;
            numI[i] = yi[i] * prod;
        }
        double denominator = factorial(mm - 1);
        for (int j = 0; j < mm; j++) {
            if (j > 0) {
                denominator *= (double) j / (j - mm);
            }
            for (int i = 0; i < n; i++) {
                if (integral[i]) {
                    continue;
                }
                int ind = ilo[i] + (mm - 1 - j);
                double d = denominator * (x[i] - ind);
                grid[2 * ind] += numR[i] / d;
                grid[2 * ind + 1] += numI[i] / d;
            }
        }
    }

    /** The power of two at or above n (astropy's {@code bitceil}). */
    static int bitCeil(int n) {
        return n <= 1 ? 1 : Integer.highestOneBit(n - 1) << 1;
    }

    private static double factorial(int k) {
        double f = 1;
        for (int i = 2; i <= k; i++) {
            f *= i;
        }
        return f;
    }
}
