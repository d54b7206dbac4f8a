package radio.ml.dataset;

import java.util.Locale;

/** Where a star's ephemeris came from. */
public enum EphemerisSource {
    /** The labels file. */
    LABELS,
    /** The Exoplanet Archive's planet or candidate tables. */
    ARCHIVE,
    /** radio's own BLS search: the highest peak. */
    BLS;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
