package radio.lightcurve;

/**
 * Savitzky–Golay smoothing of evenly spaced samples, as scipy's {@code savgol_filter(x, window, polyorder)} with
 * its default {@code mode='interp'}: each interior point is the value at the window centre of the least-squares
 * polynomial fitted to the surrounding window; the first and last {@code window/2} points take the values of the
 * polynomial fitted to the first and last whole window. The weights come from an orthonormal polynomial basis
 * (Gram–Schmidt on positions scaled to [−1, 1]), which stays well conditioned for any order. Immutable.
 */
final class SavitzkyGolay {
    private final int window;
    /** weights[i][j]: the fitted value at window position i as a weighted sum of the window's samples j. */
    private final double[][] weights;

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
        weights = new double[window][window];
        for (int i = 0; i < window; i++) {
            for (int j = 0; j < window; j++) {
                double w = 0;
                for (int k = 0; k < m; k++) {
                    w += q[k][i] * q[k][j];
                }
                weights[i][j] = w;
            }
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
        double[] centre = weights[half];
        for (int i = half; i < n - half; i++) {
            double s = 0;
            int base = from + i - half;
            for (int j = 0; j < window; j++) {
                s += centre[j] * x[base + j];
            }
            out[i] = s;
        }
        for (int i = 0; i < half; i++) {
            double left = 0;
            double right = 0;
            double[] wl = weights[i];
            double[] wr = weights[window - 1 - i];
            int endBase = from + n - window;
            for (int j = 0; j < window; j++) {
                left += wl[j] * x[from + j];
                right += wr[j] * x[endBase + j];
            }
            out[i] = left;
            out[n - 1 - i] = right;
        }
        return out;
    }
}
