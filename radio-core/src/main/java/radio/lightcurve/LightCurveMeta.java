package radio.lightcurve;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * What is known about where a light curve comes from. Unknowns are empty, never guessed.
 *
 * @param mission         Kepler, K2 or TESS; empty for light curves built in memory
 * @param product         the kind of file it was read from
 * @param targetId        KIC, EPIC or TIC number ({@code KEPLERID} / {@code TICID})
 * @param objectName      the target's name as the file gives it ({@code OBJECT}, e.g. {@code TIC 25155310}), or a
 *                        name built from mission and id, or the caller's label for in-memory data
 * @param periods         quarter(s), campaign(s) or sector(s) covered, in time order (several after stitching)
 * @param cadenceDays     time between cadences in days ({@code TIMEDEL})
 * @param exposureSeconds effective exposure per cadence in seconds ({@code FRAMETIM × NUM_FRM}, as lightkurve)
 * @param raDeg           right ascension of the target, degrees ICRS ({@code RA_OBJ})
 * @param decDeg          declination of the target, degrees ICRS ({@code DEC_OBJ})
 * @param fluxColumn      the column the flux came from, e.g. {@code PDCSAP_FLUX}, {@code FCOR}, {@code PDC.flux};
 *                        empty text for in-memory data
 * @param sources         the file(s) read, in the order they were combined
 * @param primaryHeader   the primary FITS header (of the first source when several were combined)
 * @param tableHeader     the header of the table the data came from (of the first source)
 */
public record LightCurveMeta(Optional<Mission> mission, LightCurveProduct product, OptionalLong targetId,
                             String objectName, List<ObservingPeriod> periods, OptionalDouble cadenceDays,
                             OptionalDouble exposureSeconds, OptionalDouble raDeg, OptionalDouble decDeg,
                             String fluxColumn, List<Path> sources, FitsHeader primaryHeader,
                             FitsHeader tableHeader) {
    public LightCurveMeta {
        Objects.requireNonNull(mission, "mission");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(objectName, "objectName");
        periods = List.copyOf(periods);
        Objects.requireNonNull(cadenceDays, "cadenceDays");
        Objects.requireNonNull(exposureSeconds, "exposureSeconds");
        Objects.requireNonNull(raDeg, "raDeg");
        Objects.requireNonNull(decDeg, "decDeg");
        Objects.requireNonNull(fluxColumn, "fluxColumn");
        sources = List.copyOf(sources);
        Objects.requireNonNull(primaryHeader, "primaryHeader");
        Objects.requireNonNull(tableHeader, "tableHeader");
    }

    /** Metadata for a light curve built in memory (synthetic data, a test): only a name is known. */
    public static LightCurveMeta inMemory(String name) {
        return new LightCurveMeta(Optional.empty(), LightCurveProduct.IN_MEMORY, OptionalLong.empty(), name,
                List.of(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), "", List.of(), FitsHeader.empty(), FitsHeader.empty());
    }

    /**
     * A one-line description for titles: {@code TIC 25155310 · TESS Sector 1},
     * {@code KIC 11442793 · Kepler Q3–Q5}, {@code EPIC 201367065 · K2 Campaign 1 (K2SFF)}.
     */
    public String title() {
        StringBuilder s = new StringBuilder(objectName);
        mission.ifPresent(m -> s.append(" · ").append(m.displayName()));
        if (periods.size() == 1) {
            s.append(' ').append(periods.get(0));
        } else if (!periods.isEmpty()) {
            s.append(' ').append(periods.stream().map(ObservingPeriod::shortLabel).collect(Collectors.joining(", ")));
        }
        if (product == LightCurveProduct.K2SFF || product == LightCurveProduct.K2SC) {
            s.append(" (").append(product.name()).append(')');
        }
        return s.toString();
    }

    /** The same metadata with other observing periods and sources (used when combining light curves). */
    public LightCurveMeta withCombined(List<ObservingPeriod> newPeriods, List<Path> newSources) {
        return new LightCurveMeta(mission, product, targetId, objectName, newPeriods, cadenceDays, exposureSeconds,
                raDeg, decDeg, fluxColumn, newSources, primaryHeader, tableHeader);
    }

    /** The same metadata with another flux column description (e.g. after choosing a different flux). */
    public LightCurveMeta withFluxColumn(String newFluxColumn) {
        return new LightCurveMeta(mission, product, targetId, objectName, periods, cadenceDays, exposureSeconds,
                raDeg, decDeg, newFluxColumn, sources, primaryHeader, tableHeader);
    }
}
