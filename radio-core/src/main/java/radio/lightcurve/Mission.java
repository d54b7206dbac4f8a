package radio.lightcurve;

import java.util.List;

/** The space mission that took a light curve; it decides which quality bits mean what. */
public enum Mission {
    KEPLER("Kepler"),
    K2("K2"),
    TESS("TESS");

    private final String displayName;

    Mission(String displayName) {
        this.displayName = displayName;
    }

    /** The mission's usual spelling: {@code Kepler}, {@code K2}, {@code TESS}. */
    public String displayName() {
        return displayName;
    }

    /** The quality flags this mission defines, lowest bit first. */
    public List<QualityFlag> qualityFlags() {
        return this == TESS ? List.of(TessQualityFlag.values()) : List.of(KeplerQualityFlag.values());
    }

    /** The prefix of target names: {@code KIC}, {@code EPIC} or {@code TIC}. */
    public String catalogPrefix() {
        return switch (this) {
            case KEPLER -> "KIC";
            case K2 -> "EPIC";
            case TESS -> "TIC";
        };
    }

    @Override
    public String toString() {
        return displayName;
    }
}
