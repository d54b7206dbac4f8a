package radio.periodogram;

/**
 * The direct O(N·Nf) Lomb–Scargle (astropy's {@code "cython"} and {@code "slow"} methods): the weighted
 * sums of sin(ωt), cos(ωt), sin(2ωt), cos(2ωt) and of the values times sin and cos are formed at every
 * frequency, and the power follows from them by the same trigonometric identities as the fast method (which
 * equal astropy's explicit time shift τ). On a regular grid the sines and cosines advance from one
 * frequency to the next by a rotation, re-seeded from {@link Math#sin}/{@link Math#cos} at the start of
 * every block of {@link #BLOCK} frequencies, so accuracy stays at rounding level and the result does not
 * depend on how blocks are spread over threads.
 */
final class LombScargleExact {
    static final int BLOCK = 256;

    private final double[] u;
    private final double[] w;
    private final double[] wy;
    private final boolean fitMean;
    private final double[] power;

    /**
     * @param u  times minus their minimum (the power does not depend on the origin; this keeps ωt small)
     * @param w  weights normalised to sum 1
     * @param yc values, centred when asked
     */
    LombScargleExact(double[] u, double[] w, double[] yc, boolean fitMean, double[] power) {
        this.u = u;
        this.w = w;
        this.wy = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            wy[i] = w[i] * yc[i];
        }
        this.fitMean = fitMean;
        this.power = power;
    }

    /** Worker for the frequencies of a regular grid; blocks must start at multiples of {@link #BLOCK}. */
    Parallel.Worker regular(FrequencyGrid grid) {
        int n = u.length;
        double[] c = new double[n];
        double[] s = new double[n];
        double[] cd = new double[n];
        double[] sd = new double[n];
        return (from, to) -> {
            for (int k0 = from; k0 < to; k0 += BLOCK) {
                int k1 = Math.min(to, k0 + BLOCK);
                double omega0 = 2 * Math.PI * grid.frequency(k0);
                double dOmega = 2 * Math.PI * grid.step();
                for (int j = 0; j < n; j++) {
                    c[j] = Math.cos(omega0 * u[j]);
                    s[j] = Math.sin(omega0 * u[j]);
                    cd[j] = Math.cos(dOmega * u[j]);
                    sd[j] = Math.sin(dOmega * u[j]);
                }
                for (int k = k0; k < k1; k++) {
                    power[k] = sumsAndRotate(c, s, cd, sd, k + 1 < k1);
                }
            }
        };
    }

    /** Worker for arbitrary frequencies: each one from its own sines and cosines. */
    Parallel.Worker arbitrary(double[] frequencies) {
        int n = u.length;
        double[] c = new double[n];
        double[] s = new double[n];
        return (from, to) -> {
            for (int k = from; k < to; k++) {
                double omega = 2 * Math.PI * frequencies[k];
                for (int j = 0; j < n; j++) {
                    c[j] = Math.cos(omega * u[j]);
                    s[j] = Math.sin(omega * u[j]);
                }
                power[k] = sumsAndRotate(c, s, null, null, false);
            }
        };
    }

    /** Power from the current sines and cosines; then, if asked, advances them by one frequency step. */
    private double sumsAndRotate(double[] c, double[] s, double[] cd, double[] sd, boolean rotate) {
        double sh = 0;
        double ch = 0;
        double s2 = 0;
        double c2 = 0;
        double ss = 0;
        double cc = 0;
        for (int j = 0; j < c.length; j++) {
            double cj = c[j];
            double sj = s[j];
            double wj = w[j];
            sh += wy[j] * sj;
            ch += wy[j] * cj;
            s2 += wj * 2 * sj * cj;
            c2 += wj * (cj - sj) * (cj + sj);
            ss += wj * sj;
            cc += wj * cj;
            if (rotate) {
                c[j] = cj * cd[j] - sj * sd[j];
                s[j] = sj * cd[j] + cj * sd[j];
            }
        }
        return powerFromSums(sh, ch, s2, c2, ss, cc, fitMean);
    }

    /**
     * The un-normalised power YC²/CC + YS²/SS from the weighted sums (weights summing to 1), with the time
     * shift τ eliminated by trigonometric identities (astropy {@code lombscargle_fast}, step 2).
     */
    static double powerFromSums(double sh, double ch, double s2, double c2, double s, double c, boolean fitMean) {
        double tan2 = fitMean ? (s2 - 2 * s * c) / (c2 - (c * c - s * s)) : s2 / c2;
        double root = Math.sqrt(1 + tan2 * tan2);
        double s2w = tan2 / root;
        double c2w = 1 / root;
        double cw = Math.sqrt(0.5) * Math.sqrt(1 + c2w);
        double sw = Math.sqrt(0.5) * Math.signum(s2w) * Math.sqrt(1 - c2w);
        double yc = ch * cw + sh * sw;
        double ys = sh * cw - ch * sw;
        double ccTau = 0.5 * (1 + c2 * c2w + s2 * s2w);
        double ssTau = 0.5 * (1 - c2 * c2w - s2 * s2w);
        if (fitMean) {
            double a = c * cw + s * sw;
            double b = s * cw - c * sw;
            ccTau -= a * a;
            ssTau -= b * b;
        }
        return yc * yc / ccTau + ys * ys / ssTau;
    }
}
