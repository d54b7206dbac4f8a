package radio.periodsearch;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import radio.periodogram.BlsPeak;
import radio.periodogram.BlsResult;
import radio.periodogram.BlsStats;
import radio.periodogram.Method;
import radio.periodogram.Objective;

/**
 * The outcome of one {@link TransitSearch}. Units as {@link radio.periodogram}'s: days, depths as fractions of the
 * normalised flux, epochs and transit times on {@code lightCurve().timeSystem()}'s axis.
 *
 * @param lightCurve what was searched
 * @param method     fast or exact
 * @param objective  what was maximised
 * @param grid       the period grid
 * @param best       the highest peak: period, epoch, duration, depth ± error, SNR
 * @param stats      vetting statistics of that peak's model (odd/even depths, per-transit counts…)
 * @param warnings   what makes the peak doubtful, one sentence each, e.g. {@code only 2 transits in the data: the
 *                   period is not established}; empty when nothing does
 * @param spectrum   the whole periodogram (the grid with the refined periods merged in) when asked for
 */
public record TransitSearchResult(SearchedLightCurve lightCurve, Method method, Objective objective, TransitGrid grid,
                                  BlsPeak best, BlsStats stats, List<String> warnings, Optional<BlsResult> spectrum) {
    public TransitSearchResult {
        Objects.requireNonNull(lightCurve, "lightCurve");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(best, "best");
        Objects.requireNonNull(stats, "stats");
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(spectrum, "spectrum");
    }

    /** Transits of the best peak with data in them; fewer than {@link TransitSearch#MIN_TRANSITS} cannot establish the period. */
    public int transits() {
        return stats.transitsWithData();
    }

    /** The best peak's epoch as a full Julian date (BJD). */
    public double epochJulianDate() {
        return lightCurve.timeSystem().toJulianDate(best.epoch());
    }
}
