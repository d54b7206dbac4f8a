package radio.periodogram;

import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A BLS periodogram: per trial period, the best box model over phase and duration, as astropy's
 * {@code BoxLeastSquaresResults}. All arrays have the grid's length and order. At a period where no
 * model with a positive depth exists every field is NaN.
 *
 * <p>Units: {@code period}, {@code duration} in days; {@code transitTime} on the input's time axis (days);
 * {@code depth}, {@code depthErr} in the units of the values; {@code power} is the {@link #objective()}:
 * log-likelihood (unitless with errors, value units² without) or depth SNR. Arrays are copied in and out.
 */
public record BlsResult(Objective objective, double[] period, double[] power, double[] depth, double[] depthErr,
                        double[] duration, double[] transitTime, double[] depthSnr, double[] logLikelihood) {
    public BlsResult {
        Objects.requireNonNull(objective, "objective");
        period = period.clone();
        power = power.clone();
        depth = depth.clone();
        depthErr = depthErr.clone();
        duration = duration.clone();
        transitTime = transitTime.clone();
        depthSnr = depthSnr.clone();
        logLikelihood = logLikelihood.clone();
        int n = period.length;
        for (double[] a : new double[][] {power, depth, depthErr, duration, transitTime, depthSnr, logLikelihood}) {
            if (a.length != n) {
                throw new IllegalArgumentException("all result arrays must have the grid's length " + n);
            }
        }
    }

    public int size() {
        return period.length;
    }

    /** Index of the highest power, NaN ignored, first of equals (numpy's {@code nanargmax}); empty if all NaN. */
    public OptionalInt bestIndex() {
        int best = Series.nanArgmax(power);
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }

    /**
     * The model at the highest power.
     *
     * @throws NoSuchElementException when no period has a transit-like dip (every power is NaN)
     */
    public BlsPeak best() {
        return peak(bestIndex().orElseThrow(() -> new NoSuchElementException(
                "no period of the grid has a dip with positive depth")));
    }

    /** The model at one grid index. */
    public BlsPeak peak(int i) {
        return new BlsPeak(period[i], duration[i], transitTime[i], depth[i], depthErr[i], depthSnr[i], power[i],
                logLikelihood[i]);
    }

    /**
     * The union of this periodogram and another of the same data and objective, in ascending period; where
     * both have a period, this one's values are kept.
     *
     * @throws IllegalArgumentException when the objectives differ
     */
    public BlsResult merge(BlsResult other) {
        if (other.objective != objective) {
            throw new IllegalArgumentException("cannot merge a " + objective + " periodogram with a "
                    + other.objective + " one");
        }
        int n = period.length + other.period.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(periodOf(other, a), periodOf(other, b)));
        double[][] cols = new double[8][n];
        int m = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            if (m > 0 && cols[0][m - 1] == periodOf(other, i)) {
                continue;
            }
            BlsResult src = i < period.length ? this : other;
            int j = i < period.length ? i : i - period.length;
            double[] row = {src.period[j], src.power[j], src.depth[j], src.depthErr[j], src.duration[j],
                    src.transitTime[j], src.depthSnr[j], src.logLikelihood[j]};
            for (int c = 0; c < 8; c++) {
                cols[c][m] = row[c];
            }
            m++;
        }
        for (int c = 0; c < 8; c++) {
            cols[c] = Arrays.copyOf(cols[c], m);
        }
        return new BlsResult(objective, cols[0], cols[1], cols[2], cols[3], cols[4], cols[5], cols[6], cols[7]);
    }

    /** Period of index i of this ({@code i < size()}) followed by other; this comes first among equals. */
    private double periodOf(BlsResult other, int i) {
        return i < period.length ? period[i] : other.period[i - period.length];
    }

    @Override
    public double[] period() {
        return period.clone();
    }

    @Override
    public double[] power() {
        return power.clone();
    }

    @Override
    public double[] depth() {
        return depth.clone();
    }

    @Override
    public double[] depthErr() {
        return depthErr.clone();
    }

    @Override
    public double[] duration() {
        return duration.clone();
    }

    @Override
    public double[] transitTime() {
        return transitTime.clone();
    }

    @Override
    public double[] depthSnr() {
        return depthSnr.clone();
    }

    @Override
    public double[] logLikelihood() {
        return logLikelihood.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BlsResult r && objective == r.objective && Arrays.equals(period, r.period)
                && Arrays.equals(power, r.power) && Arrays.equals(depth, r.depth)
                && Arrays.equals(depthErr, r.depthErr) && Arrays.equals(duration, r.duration)
                && Arrays.equals(transitTime, r.transitTime) && Arrays.equals(depthSnr, r.depthSnr)
                && Arrays.equals(logLikelihood, r.logLikelihood);
    }

    @Override
    public int hashCode() {
        return Objects.hash(objective, Arrays.hashCode(period), Arrays.hashCode(power));
    }

    @Override
    public String toString() {
        return "BlsResult[" + objective + ", " + period.length + " periods"
                + bestIndex().stream().mapToObj(i -> ", best " + peak(i)).findFirst().orElse(", no dip") + "]";
    }
}
