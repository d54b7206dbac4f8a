package radio.lightcurve;

/**
 * Savitzky–Golay smoothing of evenly spaced samples, as scipy's {@code savgol_filter(x, window, polyorder)} with
 * its default {@code mode='interp'}: each interior point is the value at the window centre of the least-squares
 * polynomial fitted to the surrounding window; the first and last {@code window/2} points take the values of the
 * polynomial fitted to the first and last whole window. The weights come from an orthonormal polynomial basis
 * (Gram–Schmidt on positions scaled to [−1, 1]), which stays well conditioned for any order: the interior weights
 * are that basis evaluated at the centre, and an edge is the polynomial fitted to its window (m projections on the
 * basis) evaluated at each edge position, so the cost and memory follow m × window, never window² (a three-day
 * window of TESS 2-minute data has 2,161 samples). Immutable.
 */
final class SavitzkyGolay {
    private final int window;
    /** basis[k][j]: the k-th orthonormal polynomial at window position j. */
    private final double[][] basis;
    /** The fitted value at the window centre as a weighted sum of the window's samples. */
    private final double[] centre;

    SavitzkyGolay(int window, int polyorder) {
        if (window < 1 || window % 2 == 0) {
            throw new IllegalArgumentException("window length must be a positive odd number: " + window);
        }
        if (polyorder < 0 || polyorder >= window) {
            throw new IllegalArgumentException("polyorder must be in [0, " + (window - 1) + "]: " + polyorder);
        }
        this.window = window;
        int half = window / 2;
        int m = polyorder + 1;
        // orthonormal basis of polynomials of degree < m on the window positions (modified Gram–Schmidt)
        double[][] q = new double[m][window];
        for (int k = 0; k < m; k++) {
            for (int j = 0; j < window; j++) {
                double z = half == 0 ? 0 : (j - half) / (double) half;
                q[k][j] = Math.pow(z, k);
            }
            for (int pass = 0; pass < 2; pass++) { // re-orthogonalise once for accuracy
                for (int l = 0; l < k; l++) {
                    double dot = 0;
                    for (int j = 0; j < window; j++) {
                        dot += q[k][j] * q[l][j];
                    }
                    for (int j = 0; j < window; j++) {
                        q[k][j] -= dot * q[l][j];
                    }
                }
            }
            double norm = 0;
            for (int j = 0; j < window; j++) {
                norm += q[k][j] * q[k][j];
            }
            norm = Math.sqrt(norm);
            for (int j = 0; j < window; j++) {
                q[k][j] /= norm;
            }
        }
        basis = q;
        centre = new double[window];
        for (int j = 0; j < window; j++) {
            double w = 0;
            for (int k = 0; k < m; k++) {
                w += q[k][half] * q[k][j];
            }
            centre[j] = w;
        }
    }

    int window() {
        return window;
    }

    /** The smoothed values of {@code x[from, to)}; needs at least {@code window} samples. */
    double[] smooth(double[] x, int from, int to) {
        int n = to - from;
        if (n < window) {
            throw new IllegalArgumentException("need at least " + window + " samples, got " + n);
        }
        int half = window / 2;
        double[] out = new double[n];
        for (int i = half; i < n - half; i++) {
            double s = 0;
            int base = from + i - half;
            for (int j = 0; j < window; j++) {
                s += centre[j] * x[base + j];
            }
            out[i] = s;
        }
        double[] first = project(x, from);
        double[] last = project(x, from + n - window);
        for (int i = 0; i < half; i++) {
            out[i] = evaluate(first, i);
            out[n - 1 - i] = evaluate(last, window - 1 - i);
        }
        return out;
    }

    /** The coefficients, on the basis, of the polynomial fitted to the window of samples starting at {@code base}. */
    private double[] project(double[] x, int base) {
        double[] c = new double[basis.length];
        for (int k = 0; k < basis.length; k++) {
            double s = 0;
            for (int j = 0; j < window; j++) {
                s += basis[k][j] * x[base + j];
            }
            c[k] = s;
        }
        return c;
    }

    /** The polynomial with these coefficients at window position {@code j}. */
    private double evaluate(double[] c, int j) {
        double v = 0;
        for (int k = 0; k < basis.length; k++) {
            v += c[k] * basis[k][j];
        }
        return v;
    }
}
