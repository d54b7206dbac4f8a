package radio.periodogram;

import java.util.Objects;
import org.apache.commons.math3.special.Gamma;
import radio.lightcurve.LightCurve;

/**
 * The Lomb–Scargle periodogram with the semantics of astropy's {@code LombScargle} (single term): by
 * default a floating mean is fitted at every frequency, the data are centred on their weighted mean, and
 * the power is in the {@link Normalization#STANDARD standard} normalisation (between 0 and 1).
 *
 * <pre>{@code
 * LombScargle ls = LombScargle.of(time, flux, fluxErr);   // fluxErr may be null
 * FrequencyGrid grid = ls.autofrequency();                 // astropy's automatic grid
 * LombScargleResult r = ls.power(grid);                    // fast, O(N log N)
 * double period = r.bestPeriod();
 * double fap = ls.falseAlarmProbability(r.best().power(), grid.maximum());
 * }</pre>
 *
 * <p>Times in days (any origin), frequencies in cycles per day. Immutable and thread-safe.
 */
public final class LombScargle {
    private final Series data;
    private final boolean fitMean;
    private final boolean centerData;
    private final Normalization normalization;

    private LombScargle(Series data, boolean fitMean, boolean centerData, Normalization normalization) {
        this.data = data;
        this.fitMean = fitMean;
        this.centerData = centerData;
        this.normalization = Objects.requireNonNull(normalization, "normalization");
    }

    /**
     * @param t  times in days, finite
     * @param y  values, finite
     * @param dy 1-sigma errors, positive and finite; null for equal weights
     * @throws IllegalArgumentException on lengths that differ, fewer than 3 points or non-finite entries
     */
    public static LombScargle of(double[] t, double[] y, double[] dy) {
        return new LombScargle(Series.of(t, y, dy, 3), true, true, Normalization.STANDARD);
    }

    /**
     * From a light curve: its rows with finite time and flux; its flux errors when every such row has a
     * positive finite one, equal weights otherwise.
     */
    public static LombScargle of(LightCurve lc) {
        return new LombScargle(Series.of(lc, 3), true, true, Normalization.STANDARD);
    }

    public LombScargle withNormalization(Normalization n) {
        return new LombScargle(data, fitMean, centerData, n);
    }

    /** Whether to fit a constant offset at every frequency (the "floating mean"; default true). */
    public LombScargle withFitMean(boolean fit) {
        return new LombScargle(data, fit, centerData, normalization);
    }

    /** Whether to subtract the weighted mean of the values first (default true). */
    public LombScargle withCenterData(boolean center) {
        return new LombScargle(data, fitMean, center, normalization);
    }

    public Normalization normalization() {
        return normalization;
    }

    public int size() {
        return data.size();
    }

    /** astropy's automatic frequency grid with default settings (see {@link AutoFrequency#DEFAULT}). */
    public FrequencyGrid autofrequency() {
        return autofrequency(AutoFrequency.DEFAULT);
    }

    public FrequencyGrid autofrequency(AutoFrequency options) {
        return FrequencyGrid.auto(data.baseline(), data.size(), options);
    }

    /** The fast periodogram on the default automatic grid. */
    public LombScargleResult autopower() {
        return power(autofrequency(), Method.FAST);
    }

    /** The fast periodogram on the grid. */
    public LombScargleResult power(FrequencyGrid grid) {
        return power(grid, Method.FAST);
    }

    /** The periodogram on the grid, on all available processors for the exact method. */
    public LombScargleResult power(FrequencyGrid grid, Method method) {
        return power(grid, method, 0);
    }

    /**
     * The periodogram on a regular grid.
     *
     * @param threads threads for the exact method (0 = one per processor); the result does not depend on it.
     *                The fast method's FFTs use JTransforms' own thread pool.
     */
    public LombScargleResult power(FrequencyGrid grid, Method method, int threads) {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(method, "method");
        Prepared p = prepare();
        double[] raw;
        if (method == Method.FAST) {
            raw = LombScargleFast.power(data.t, p.w, p.y, grid, fitMean);
        } else {
            raw = new double[grid.size()];
            LombScargleExact exact = new LombScargleExact(p.u, p.w, p.y, fitMean, raw);
            Parallel.forBlocks(grid.size(), LombScargleExact.BLOCK, Parallel.threads(threads),
                    () -> exact.regular(grid));
        }
        return new LombScargleResult(grid.frequencies(), normalize(raw, p), normalization, method);
    }

    /** The exact periodogram at arbitrary frequencies (cycles per day, non-negative). */
    public LombScargleResult power(double[] frequencies) {
        double[] f = frequencies.clone();
        for (int i = 0; i < f.length; i++) {
            if (!(f[i] >= 0) || !Double.isFinite(f[i])) {
                throw new IllegalArgumentException("frequency at index " + i + " is " + f[i]
                        + "; frequencies must be non-negative and finite");
            }
        }
        Prepared p = prepare();
        double[] raw = new double[f.length];
        LombScargleExact exact = new LombScargleExact(p.u, p.w, p.y, fitMean, raw);
        Parallel.forBlocks(f.length, 64, Parallel.threads(0), () -> exact.arbitrary(f));
        return new LombScargleResult(f, normalize(raw, p), normalization, Method.EXACT);
    }

    /** {@link #falseAlarmProbability(double, double, FalseAlarmMethod)} with Baluev's method. */
    public double falseAlarmProbability(double power, double maximumFrequency) {
        return falseAlarmProbability(power, maximumFrequency, FalseAlarmMethod.BALUEV);
    }

    /**
     * The probability that noise alone (Gaussian, non-varying data) gives a highest peak at least this high
     * on a grid reaching {@code maximumFrequency}, as astropy's {@code false_alarm_probability}.
     *
     * @param power            a power in this periodogram's normalisation
     * @param maximumFrequency highest frequency searched (1/day), e.g. {@link FrequencyGrid#maximum()}
     * @throws UnsupportedOperationException when neither the mean is fitted nor the data centred
     */
    public double falseAlarmProbability(double power, double maximumFrequency, FalseAlarmMethod method) {
        if (!fitMean && !centerData) {
            throw new UnsupportedOperationException(
                    "false alarm probabilities need a fitted mean or centred data");
        }
        int n = data.size();
        double single = fapSingle(power, n);
        if (method == FalseAlarmMethod.SINGLE) {
            return single;
        }
        if (method == FalseAlarmMethod.NAIVE) {
            double effective = maximumFrequency * data.baseline();
            return -Math.expm1(effective * Math.log1p(-single));
        }
        double tau = tauDavies(power, maximumFrequency);
        if (method == FalseAlarmMethod.DAVIES) {
            return single + tau;
        }
        return -Math.expm1(-tau) + single * Math.exp(-tau);
    }

    private double fapSingle(double z, int n) {
        double nk = n - 3;
        return switch (normalization) {
            case PSD -> Math.exp(-z);
            case STANDARD -> Math.pow(1 - z, 0.5 * nk);
            case MODEL -> Math.pow(1 + z, -0.5 * nk);
            case LOG -> Math.exp(-0.5 * nk * z);
        };
    }

    /** Baluev (2008) Table 1: the τ factor of the Davies bound. */
    private double tauDavies(double z, double fmax) {
        int n = data.size();
        double nh = n - 1;
        double nk = n - 3;
        double teff = Math.sqrt(4 * Math.PI * weightedTimeVariance());
        double width = fmax * teff;
        return switch (normalization) {
            case PSD -> width * Math.exp(-z) * Math.sqrt(z);
            case STANDARD -> gammaFactor(nh) * width * Math.pow(1 - z, 0.5 * (nk - 1)) * Math.sqrt(0.5 * nh * z);
            case MODEL -> gammaFactor(nk) * width * Math.pow(1 + z, -0.5 * nk) * Math.sqrt(0.5 * nk * z);
            case LOG -> gammaFactor(nk) * width * Math.exp(-0.5 * z * (nk - 0.5)) * Math.sqrt(nk * Math.sinh(0.5 * z));
        };
    }

    private static double gammaFactor(double n) {
        return Math.sqrt(2 / n) * Math.exp(Gamma.logGamma(n / 2) - Gamma.logGamma((n - 1) / 2));
    }

    /** Weighted variance of the times (weights 1/dy²), about an origin that keeps it free of cancellation. */
    private double weightedTimeVariance() {
        double origin = data.minTime();
        double sw = 0;
        double st = 0;
        double stt = 0;
        for (int i = 0; i < data.size(); i++) {
            double u = data.t[i] - origin;
            sw += data.ivar[i];
            st += data.ivar[i] * u;
            stt += data.ivar[i] * u * u;
        }
        double mean = st / sw;
        return stt / sw - mean * mean;
    }

    /** Weights normalised to 1, values centred when asked, times from their minimum. */
    private record Prepared(double[] u, double[] w, double[] y, double yy, double weightSum) {
    }

    private Prepared prepare() {
        int n = data.size();
        double sum = 0;
        for (double v : data.ivar) {
            sum += v;
        }
        double[] w = new double[n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            w[i] = data.ivar[i] / sum;
            mean += w[i] * data.y[i];
        }
        double origin = data.minTime();
        double[] u = new double[n];
        double[] y = new double[n];
        double yy = 0;
        for (int i = 0; i < n; i++) {
            u[i] = data.t[i] - origin;
            y[i] = fitMean || centerData ? data.y[i] - mean : data.y[i];
            yy += w[i] * y[i] * y[i];
        }
        return new Prepared(u, w, y, yy, sum);
    }

    private double[] normalize(double[] raw, Prepared p) {
        double[] out = new double[raw.length];
        for (int k = 0; k < raw.length; k++) {
            out[k] = switch (normalization) {
                case STANDARD -> raw[k] / p.yy;
                case MODEL -> raw[k] / (p.yy - raw[k]);
                case LOG -> -Math.log(1 - raw[k] / p.yy);
                case PSD -> raw[k] * 0.5 * p.weightSum;
            };
        }
        return out;
    }

    @Override
    public String toString() {
        return "LombScargle[" + data.size() + " points, " + normalization + (fitMean ? ", floating mean" : "")
                + (centerData ? ", centred" : "") + "]";
    }
}
