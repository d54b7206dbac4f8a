package radio.periodogram;

import java.util.Arrays;
import java.util.Objects;

/**
 * Vetting statistics of one transit model, as astropy's {@code BoxLeastSquares.compute_stats}.
 *
 * @param depth                       depth of the model itself
 * @param depthOdd                    depth at twice the period (odd transits)
 * @param depthEven                   depth at twice the period, shifted by one period (even transits)
 * @param depthHalf                   depth at half the period
 * @param depthPhased                 depth at the same period shifted by half a period (secondary eclipse)
 * @param harmonicAmplitude           amplitude of the best sinusoid at this period (value units)
 * @param harmonicDeltaLogLikelihood  log-likelihood of the sinusoid minus that of the box; positive means the
 *                                    sinusoid fits better (a variable star rather than a transit)
 * @param transitTimes                mid-transit times (input time axis, days) from the first to the last
 *                                    transit containing data
 * @param perTransitCount             points inside each of those transits
 * @param perTransitLogLikelihood     log-likelihood contribution of each of those transits
 */
public record BlsStats(DepthEstimate depth, DepthEstimate depthOdd, DepthEstimate depthEven,
                       DepthEstimate depthHalf, DepthEstimate depthPhased, double harmonicAmplitude,
                       double harmonicDeltaLogLikelihood, double[] transitTimes, int[] perTransitCount,
                       double[] perTransitLogLikelihood) {
    public BlsStats {
        Objects.requireNonNull(depth, "depth");
        Objects.requireNonNull(depthOdd, "depthOdd");
        Objects.requireNonNull(depthEven, "depthEven");
        Objects.requireNonNull(depthHalf, "depthHalf");
        Objects.requireNonNull(depthPhased, "depthPhased");
        transitTimes = transitTimes.clone();
        perTransitCount = perTransitCount.clone();
        perTransitLogLikelihood = perTransitLogLikelihood.clone();
        if (perTransitCount.length != transitTimes.length || perTransitLogLikelihood.length != transitTimes.length) {
            throw new IllegalArgumentException("per-transit arrays must match the transit times");
        }
    }

    /** How many transits have at least one point inside them: fewer than 3 cannot establish a period. */
    public int transitsWithData() {
        return (int) Arrays.stream(perTransitCount).filter(n -> n > 0).count();
    }

    @Override
    public double[] transitTimes() {
        return transitTimes.clone();
    }

    @Override
    public int[] perTransitCount() {
        return perTransitCount.clone();
    }

    @Override
    public double[] perTransitLogLikelihood() {
        return perTransitLogLikelihood.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BlsStats s && depth.equals(s.depth) && depthOdd.equals(s.depthOdd)
                && depthEven.equals(s.depthEven) && depthHalf.equals(s.depthHalf)
                && depthPhased.equals(s.depthPhased)
                && Double.compare(harmonicAmplitude, s.harmonicAmplitude) == 0
                && Double.compare(harmonicDeltaLogLikelihood, s.harmonicDeltaLogLikelihood) == 0
                && Arrays.equals(transitTimes, s.transitTimes) && Arrays.equals(perTransitCount, s.perTransitCount)
                && Arrays.equals(perTransitLogLikelihood, s.perTransitLogLikelihood);
    }

    @Override
    public int hashCode() {
        return Objects.hash(depth, depthOdd, depthEven, harmonicAmplitude, Arrays.hashCode(transitTimes));
    }

    @Override
    public String toString() {
        return "BlsStats[depth=" + depth + ", odd=" + depthOdd + ", even=" + depthEven + ", half=" + depthHalf
                + ", phased=" + depthPhased + ", harmonicAmplitude=" + harmonicAmplitude
                + ", harmonicDeltaLogLikelihood=" + harmonicDeltaLogLikelihood + ", transits="
                + transitTimes.length + "]";
    }
}
