package radio.periodsearch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import radio.lightcurve.FitsLightCurveReader;
import radio.lightcurve.Flatten;
import radio.lightcurve.LightCurve;
import radio.lightcurve.LightCurves;
import radio.lightcurve.TransitMask;

/**
 * The steps both searches share, in lightkurve's order: read each file, normalise it (or stitch several, each
 * normalised first), then flatten when asked.
 */
final class Preparation {
    private static final FitsLightCurveReader READER = new FitsLightCurveReader();

    /**
     * A light curve ready to search.
     *
     * @param files      where it came from
     * @param normalized normalised (or stitched), not flattened
     * @param searched   what the periodogram gets: flattened when asked, else {@code normalized}
     * @param window     the flattening applied
     */
    record Prepared(List<Path> files, LightCurve normalized, LightCurve searched, double cadenceDays,
                    Optional<FlattenWindow> window) {
        SearchedLightCurve describe(int points) {
            return new SearchedLightCurve(files, normalized.meta().objectName(), normalized.meta().title(),
                    normalized.timeSystem(), points, window);
        }
    }

    private Preparation() {
    }

    /** Reads the files of one search, in order; the first that cannot be read ends it. */
    static List<LightCurve> read(List<Path> files, PeriodSearchOptions options) throws UnreadableLightCurveException {
        requireOneSearch(files.size(), options);
        List<LightCurve> parts = new ArrayList<>();
        for (Path file : files) {
            try {
                parts.add(READER.read(file, options.read()));
            } catch (IOException | RuntimeException e) {
                throw new UnreadableLightCurveException(files, file, e);
            }
        }
        return parts;
    }

    /** The files light curves in memory came from, in order, each once. */
    static List<Path> sources(List<LightCurve> lightCurves) {
        return lightCurves.stream().flatMap(lc -> lc.meta().sources().stream()).distinct().toList();
    }

    /**
     * Normalises (or stitches), leaves out the cadences of masked transits, and flattens.
     *
     * @param automaticWindowDays the flatten window when the options give none
     * @param masked              transits whose cadences are left out, before flattening: the trend is then not fitted
     *                            through them (the filter splits its segments at the holes, as {@link Flatten} does
     *                            around a transit mask) and the search does not see them
     */
    static Prepared prepare(List<Path> files, List<LightCurve> parts, PeriodSearchOptions options,
                            double automaticWindowDays, List<TransitMask> masked)
            throws StitchException, UnsearchableLightCurveException {
        requireOneSearch(parts.size(), options);
        LightCurve normalized;
        try {
            normalized = parts.size() == 1 ? parts.get(0).normalize() : LightCurves.stitch(parts);
        } catch (IllegalArgumentException e) {
            throw new StitchException(files, e); // different targets or time systems
        } catch (IllegalStateException e) {
            throw new UnsearchableLightCurveException(files, e); // no positive median flux
        }
        if (!masked.isEmpty()) {
            normalized = normalized.select(TransitMask.outsideAll(normalized.time(), masked));
        }
        try {
            double cadence = normalized.cadenceDays();
            if (!options.flattening().enabled()) {
                return new Prepared(files, normalized, normalized, cadence, Optional.empty());
            }
            double days = options.flattening().windowDays().orElse(automaticWindowDays);
            Flatten filter = Flatten.DEFAULT.withWindowDays(days, cadence);
            return new Prepared(files, normalized, normalized.flatten(filter), cadence,
                    Optional.of(new FlattenWindow(days, filter)));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UnsearchableLightCurveException(files, e); // fewer than two cadences
        }
    }

    private static void requireOneSearch(int count, PeriodSearchOptions options) {
        if (count == 0) {
            throw new IllegalArgumentException("no light curve to search");
        }
        if (count > 1 && !options.stitch()) {
            throw new IllegalArgumentException(count + " light curves for one search without stitching: search each "
                    + "on its own (PeriodSearchOptions.searches) or stitch them");
        }
    }
}
