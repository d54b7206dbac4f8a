package radio.spark;

import radio.lightcurve.Flatten;
import radio.lightcurve.LightCurve;
import radio.lightcurve.SigmaClip;

/**
 * A CDPP-like noise figure: lightkurve's {@code estimate_cdpp()} (flatten with a Savitzky–Golay filter of 101
 * cadences, drop 5σ outliers, take the standard deviation of the running mean over 13 cadences, in ppm) with its
 * windows read as the durations they are at Kepler's long cadence — flatten over 2.06 days, average over 6.4 hours —
 * so that the figure means the same for 2-minute TESS and 30-minute Kepler data.
 */
final class Noise {
    /** Kepler's long cadence, 29.4244 minutes, in days. */
    private static final double KEPLER_LONG_CADENCE_DAYS = 29.4244 / 1440;
    static final double FLATTEN_DAYS = 101 * KEPLER_LONG_CADENCE_DAYS;
    static final double TRANSIT_DAYS = 13 * KEPLER_LONG_CADENCE_DAYS;

    private Noise() {
    }

    /**
     * The noise of a normalised light curve, ppm; NaN when it is too short to tell (fewer cadences than one
     * transit duration after cleaning).
     */
    static double cdppPpm(LightCurve normalized) {
        double cadence = normalized.cadenceDays();
        LightCurve flat = normalized.flatten(Flatten.DEFAULT.withWindowDays(FLATTEN_DAYS, cadence));
        double[] f = flat.removeOutliers(SigmaClip.of(5)).flux();
        int window = Math.max(1, (int) Math.round(TRANSIT_DAYS / cadence));
        int n = f.length - window + 1;
        if (n < 2) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = 0; i < window; i++) {
            sum += f[i];
        }
        double[] mean = new double[n];
        mean[0] = sum / window;
        for (int i = 1; i < n; i++) {
            sum += f[i + window - 1] - f[i - 1];
            mean[i] = sum / window;
        }
        double m = 0;
        for (double v : mean) {
            m += v;
        }
        m /= n;
        double var = 0;
        for (double v : mean) {
            var += (v - m) * (v - m);
        }
        return Math.sqrt(var / n) * 1e6;
    }
}
