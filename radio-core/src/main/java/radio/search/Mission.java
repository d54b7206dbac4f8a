package radio.search;

import java.util.List;
import java.util.Optional;
import radio.archive.mast.Observation;

/**
 * The missions radio knows by name. Their observations carry the mission in {@code project} (also the
 * community products of that mission, whose {@code obs_collection} is {@code HLSP}) and, for the mission's own
 * pipeline, in {@code obs_collection}.
 */
public enum Mission {
    KEPLER("Kepler"),
    K2("K2"),
    TESS("TESS"),
    HST("HST"),
    JWST("JWST");

    /**
     * MAST's collections ({@code obs_collection}), as astroquery's {@code Observations.list_missions()} gives them:
     * the names {@code --mission} accepts.
     */
    public static final List<String> COLLECTIONS = List.of("BEFS", "EUVE", "FUSE", "GALEX", "HLA", "HLSP", "HST",
            "HUT", "IMAPS", "IUE", "JWST", "K2", "K2FFI", "Kepler", "KeplerFFI", "PS1", "SPITZER_SHA", "SWIFT", "TESS",
            "TUES", "WUPPE");

    private final String projectName;

    Mission(String projectName) {
        this.projectName = projectName;
    }

    /** The name as MAST writes it in {@code project} and {@code obs_collection}. */
    public String projectName() {
        return projectName;
    }

    /** The mission with this name, ignoring case ({@code kepler}, {@code K2}, {@code tess}). */
    public static Optional<Mission> parse(String name) {
        String n = name.strip();
        for (Mission m : values()) {
            if (m.projectName.equalsIgnoreCase(n)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The MAST collection with this name, ignoring case, in MAST's spelling ({@code kepler} → {@code Kepler}). */
    public static Optional<String> collection(String name) {
        String n = name.strip();
        return COLLECTIONS.stream().filter(c -> c.equalsIgnoreCase(n)).findFirst();
    }

    /** Whether an observation belongs to this mission ({@code project} or {@code obs_collection}). */
    public boolean owns(Observation o) {
        return o.obsCollection().equalsIgnoreCase(projectName)
                || o.project().map(projectName::equalsIgnoreCase).orElse(false);
    }

    @Override
    public String toString() {
        return projectName;
    }
}
