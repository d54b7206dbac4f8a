package radio.periodsearch;

import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import radio.lightcurve.LightCurve;
import radio.periodogram.AutoFrequency;
import radio.periodogram.FrequencyGrid;
import radio.periodogram.LombScargle;
import radio.periodogram.LombScarglePeak;
import radio.periodogram.LombScargleResult;

/**
 * A Lomb–Scargle search for periodic variability (rotation, pulsation), from files or light curves to a
 * {@link LombScargleSearchResult}: read each file and normalise it, or stitch several (each normalised); flatten
 * only when asked; astropy's automatic frequency grid (5 samples per peak) up to the Nyquist frequency of the
 * cadence, or between the given period limits; the highest peak and its false alarm probability (Baluev).
 * Stateless and thread-safe.
 */
public final class LombScargleSearch {
    private LombScargleSearch() {
    }

    /**
     * Searches light curves already read: one, or several of one target when
     * {@link LombScargleSearchOptions#stitch()}. They are normalised here, so pass them as read.
     *
     * @throws IllegalArgumentException when none is given, or several without stitching
     */
    public static LombScargleSearchResult run(List<LightCurve> lightCurves, LombScargleSearchOptions options)
            throws StitchException, UnsearchableLightCurveException {
        List<Path> files = Preparation.sources(lightCurves);
        return search(Preparation.prepare(files, lightCurves, options, Flattening.MIN_WINDOW_DAYS, List.of()),
                options);
    }

    /**
     * Reads the files and searches them: one file, or several of one target when
     * {@link LombScargleSearchOptions#stitch()}.
     *
     * @throws IllegalArgumentException when no file is given, or several without stitching
     */
    public static LombScargleSearchResult runFiles(List<Path> files, LombScargleSearchOptions options)
            throws PeriodSearchException {
        List<LightCurve> parts = Preparation.read(files, options);
        return search(Preparation.prepare(files, parts, options, Flattening.MIN_WINDOW_DAYS, List.of()), options);
    }

    private static LombScargleSearchResult search(Preparation.Prepared p, LombScargleSearchOptions o)
            throws UnsearchableLightCurveException {
        try {
            LombScargle ls = LombScargle.of(p.searched());
            // the highest frequency: 1 / the shortest period, else the Nyquist frequency of the cadence
            AutoFrequency auto = AutoFrequency.DEFAULT.withMaximumFrequency(
                    o.periods().minimumDays().isPresent() ? 1 / o.periods().minimumDays().getAsDouble()
                            : 0.5 / p.cadenceDays());
            if (o.periods().maximumDays().isPresent()) {
                auto = auto.withMinimumFrequency(1 / o.periods().maximumDays().getAsDouble());
            }
            FrequencyGrid grid = ls.autofrequency(auto);
            LombScargleResult result = ls.power(grid, o.method(), o.threads());
            LombScarglePeak best = result.best();
            return new LombScargleSearchResult(p.describe(ls.size()), o.method(), ls.normalization(), grid, best,
                    ls.falseAlarmProbability(best.power(), grid.maximum()),
                    o.spectrum() ? Optional.of(result) : Optional.empty());
        } catch (IllegalArgumentException | IllegalStateException | NoSuchElementException e) {
            // too few points, a period range beyond the Nyquist frequency, a grid too large
            throw new UnsearchableLightCurveException(p.files(), e);
        }
    }
}
