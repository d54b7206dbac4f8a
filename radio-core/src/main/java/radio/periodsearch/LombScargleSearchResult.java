package radio.periodsearch;

import java.util.Objects;
import java.util.Optional;
import radio.periodogram.FrequencyGrid;
import radio.periodogram.LombScarglePeak;
import radio.periodogram.LombScargleResult;
import radio.periodogram.Method;
import radio.periodogram.Normalization;

/**
 * The outcome of one {@link LombScargleSearch}: frequencies in cycles per day, periods in days.
 *
 * @param lightCurve            what was searched
 * @param method                fast or exact
 * @param normalization         the power's normalisation (standard: between 0 and 1)
 * @param grid                  the frequency grid
 * @param best                  the highest peak
 * @param falseAlarmProbability the probability that noise alone gives a peak this high on this grid (Baluev)
 * @param spectrum              the whole periodogram, when asked for
 */
public record LombScargleSearchResult(SearchedLightCurve lightCurve, Method method, Normalization normalization,
                                      FrequencyGrid grid, LombScarglePeak best, double falseAlarmProbability,
                                      Optional<LombScargleResult> spectrum) {
    public LombScargleSearchResult {
        Objects.requireNonNull(lightCurve, "lightCurve");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(normalization, "normalization");
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(best, "best");
        Objects.requireNonNull(spectrum, "spectrum");
    }
}
