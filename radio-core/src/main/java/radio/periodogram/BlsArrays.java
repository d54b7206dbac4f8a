package radio.periodogram;

import java.util.Arrays;

/** The output columns while a search fills them; each grid index is written by exactly one worker. */
final class BlsArrays {
    final double[] period;
    final double[] power;
    final double[] depth;
    final double[] depthErr;
    final double[] duration;
    final double[] transitTime;
    final double[] depthSnr;
    final double[] logLikelihood;

    /** @param period the grid, not modified (the result copies it) */
    BlsArrays(double[] period) {
        this.period = period;
        int n = period.length;
        power = nans(n);
        depth = nans(n);
        depthErr = nans(n);
        duration = nans(n);
        transitTime = nans(n);
        depthSnr = nans(n);
        logLikelihood = nans(n);
    }

    private static double[] nans(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    /**
     * Records the best model at index {@code p} from its in- and out-of-transit weighted means and weights, as
     * astropy computes them; the power is the log-likelihood or the depth SNR.
     */
    void set(int p, boolean likelihood, double yIn, double yOut, double wIn, double wOut, double dur,
             double midTransit) {
        double d = yOut - yIn;
        double err = Math.sqrt(1.0 / wIn + 1.0 / wOut);
        power[p] = likelihood ? 0.5 * wIn * d * d : d / err;
        depth[p] = d;
        depthErr[p] = err;
        depthSnr[p] = d / err;
        logLikelihood[p] = 0.5 * wIn * d * d;
        duration[p] = dur;
        transitTime[p] = midTransit;
    }

    BlsResult toResult(Objective objective) {
        return new BlsResult(objective, period, power, depth, depthErr, duration, transitTime, depthSnr,
                logLikelihood);
    }
}
