package radio.lightcurve;

import java.util.Objects;

/**
 * Iterative sigma clipping as astropy's {@code sigma_clip} does it (and so lightkurve's {@code remove_outliers}):
 * starting from the finite values, compute the centre and spread of the values still kept, keep those within
 * {@code [centre − sigmaLower·spread, centre + sigmaUpper·spread]}, and repeat until nothing changes or
 * {@code maxIterations} rounds have run; finally every value outside the last bounds, and every NaN or infinite
 * value, is an outlier.
 *
 * @param sigmaLower    lower bound in units of the spread (below the centre)
 * @param sigmaUpper    upper bound in units of the spread (above the centre)
 * @param maxIterations the most rounds; 0 means until nothing changes
 * @param center        median (astropy's default) or mean
 * @param spread        population standard deviation (astropy's default) or the MAD-based estimate
 */
public record SigmaClip(double sigmaLower, double sigmaUpper, int maxIterations, Center center, Spread spread) {
    /** How the centre of the kept values is computed. */
    public enum Center { MEDIAN, MEAN }

    /** How the spread of the kept values is computed. */
    public enum Spread {
        /** Population standard deviation (ddof 0), astropy's {@code std}. */
        STD,
        /** 1.4826 × median absolute deviation, astropy's {@code mad_std}: robust against many outliers. */
        MAD_STD
    }

    /** The constant that makes the median absolute deviation a standard deviation for normal data. */
    static final double MAD_TO_STD = 1.482602218505602;

    public SigmaClip {
        if (!(sigmaLower > 0) || !(sigmaUpper > 0)) {
            throw new IllegalArgumentException("sigma bounds must be positive: lower " + sigmaLower + ", upper "
                    + sigmaUpper);
        }
        if (maxIterations < 0) {
            throw new IllegalArgumentException("maxIterations must not be negative: " + maxIterations);
        }
        Objects.requireNonNull(center, "center");
        Objects.requireNonNull(spread, "spread");
    }

    /** {@code sigma} on both sides, at most 5 rounds, median and standard deviation (astropy's defaults). */
    public static SigmaClip of(double sigma) {
        return new SigmaClip(sigma, sigma, 5, Center.MEDIAN, Spread.STD);
    }

    public SigmaClip withLower(double sigma) {
        return new SigmaClip(sigma, sigmaUpper, maxIterations, center, spread);
    }

    public SigmaClip withUpper(double sigma) {
        return new SigmaClip(sigmaLower, sigma, maxIterations, center, spread);
    }

    public SigmaClip withMaxIterations(int n) {
        return new SigmaClip(sigmaLower, sigmaUpper, n, center, spread);
    }

    public SigmaClip withSpread(Spread value) {
        return new SigmaClip(sigmaLower, sigmaUpper, maxIterations, center, value);
    }

    public SigmaClip withCenter(Center value) {
        return new SigmaClip(sigmaLower, sigmaUpper, maxIterations, value, spread);
    }

    /** Which values are outliers (true), NaN and infinite values included. */
    public boolean[] outliers(double[] values) {
        double[] kept = new double[values.length];
        int n = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                kept[n++] = v;
            }
        }
        double lo = Double.NEGATIVE_INFINITY;
        double hi = Double.POSITIVE_INFINITY;
        double[] work = new double[n];
        for (int round = 0; n > 0 && (maxIterations == 0 || round < maxIterations); round++) {
            double c = centre(kept, n, work);
            double s = spread(kept, n, c, work);
            lo = c - sigmaLower * s;
            hi = c + sigmaUpper * s;
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (kept[i] >= lo && kept[i] <= hi) {
                    kept[m++] = kept[i];
                }
            }
            boolean changed = m != n;
            n = m;
            if (!changed) {
                break;
            }
        }
        boolean[] out = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            out[i] = !Double.isFinite(v) || v < lo || v > hi;
        }
        return out;
    }

    private double centre(double[] v, int n, double[] work) {
        if (center == Center.MEAN) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += v[i];
            }
            return sum / n;
        }
        System.arraycopy(v, 0, work, 0, n);
        return Stats.median(work, n);
    }

    private double spread(double[] v, int n, double centre, double[] work) {
        if (spread == Spread.MAD_STD) {
            System.arraycopy(v, 0, work, 0, n);
            double median = Stats.median(work, n);
            for (int i = 0; i < n; i++) {
                work[i] = Math.abs(v[i] - median);
            }
            return MAD_TO_STD * Stats.median(work, n);
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += v[i];
        }
        double mean = sum / n;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            ss += (v[i] - mean) * (v[i] - mean);
        }
        return Math.sqrt(ss / n);
    }
}
