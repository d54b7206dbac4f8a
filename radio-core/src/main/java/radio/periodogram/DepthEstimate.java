package radio.periodogram;

/**
 * A depth and its 1-sigma uncertainty in the units of the values; (0, +∞) when the model has no points.
 */
public record DepthEstimate(double depth, double error) {
    /** depth / error. */
    public double snr() {
        return depth / error;
    }
}
