package radio.lightcurve;

import java.util.Objects;

/**
 * How to bin a light curve: by width along the time (or phase) axis, or by a number of consecutive points; the
 * bin's flux is the mean or the median of its finite fluxes.
 *
 * <ul>
 *   <li>{@link #byWidth}: bins of {@code width} (days for a light curve; days or cycles, as the phase, for a folded
 *       one). A light curve's bins start at its first time; a folded curve's bins are centred on phase 0, so a
 *       transit sits in one bin. The bin's time (phase) is its centre.</li>
 *   <li>{@link #byCount}: every {@code pointsPerBin} consecutive rows make a bin; its time (phase) is the mean of
 *       the rows'.</li>
 * </ul>
 * Bins without a finite flux are left out. Errors: for the mean √(Σσ²)/n, for the median √(π/2)·√(Σσ²)/n
 * (the standard error of the median of normal data), over the n finite fluxes; NaN when an error is unknown.
 *
 * @param width        bin width along the axis, for {@link Kind#WIDTH}; NaN otherwise
 * @param pointsPerBin rows per bin, for {@link Kind#COUNT}; 0 otherwise
 * @param aggregate    mean or median
 */
public record Binning(Kind kind, double width, int pointsPerBin, Aggregate aggregate) {
    /** Whether bins have a fixed width or a fixed number of points. */
    public enum Kind { WIDTH, COUNT }

    /** How a bin's flux is computed from its points. */
    public enum Aggregate { MEAN, MEDIAN }

    public Binning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(aggregate, "aggregate");
        if (kind == Kind.WIDTH && (!(width > 0) || Double.isInfinite(width))) {
            throw new IllegalArgumentException("bin width must be positive and finite: " + width);
        }
        if (kind == Kind.COUNT && pointsPerBin < 1) {
            throw new IllegalArgumentException("points per bin must be at least 1: " + pointsPerBin);
        }
    }

    /** Bins of a fixed width (days, or the phase unit of a folded light curve), averaged with the mean. */
    public static Binning byWidth(double width) {
        return new Binning(Kind.WIDTH, width, 0, Aggregate.MEAN);
    }

    /** Bins of {@code n} consecutive points, averaged with the mean. */
    public static Binning byCount(int n) {
        return new Binning(Kind.COUNT, Double.NaN, n, Aggregate.MEAN);
    }

    /** The same bins, aggregated with the median. */
    public Binning median() {
        return new Binning(kind, width, pointsPerBin, Aggregate.MEDIAN);
    }

    /** The same bins, aggregated with the mean. */
    public Binning mean() {
        return new Binning(kind, width, pointsPerBin, Aggregate.MEAN);
    }

    @Override
    public String toString() {
        return (kind == Kind.WIDTH ? "width " + width : pointsPerBin + " points") + ", "
                + aggregate.name().toLowerCase(java.util.Locale.ROOT);
    }
}
