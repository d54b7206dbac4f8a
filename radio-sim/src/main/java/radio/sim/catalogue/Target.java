package radio.sim.catalogue;

import java.util.List;
import java.util.Objects;

/**
 * One star of the simulated catalogue. Observations and products are not stored: they are derived from these
 * few fields on demand (see {@link Catalogue}).
 *
 * @param mission              the mission that observed it
 * @param index                position in the catalogue's target list (stable for a given seed and sizes)
 * @param name                 the name a user types: host name ({@code K2-21}, {@code Kepler-90}, {@code TOI-10001},
 *                             {@code WASP-126}) or, for stars without planets, the designation ({@code KIC 1234567})
 * @param id                   catalogue number: EPIC (K2), KIC (Kepler) or TIC (TESS)
 * @param targetName           MAST {@code target_name}: {@code ktwo} + 9 digits, {@code kplr} + 9 digits, or the
 *                             TIC number without padding
 * @param ra                   right ascension, degrees (ICRS), the observation centre
 * @param dec                  declination, degrees
 * @param magnitude            Kepler-band (K2, Kepler) or TESS-band magnitude
 * @param seasons              campaigns (K2), quarters (Kepler) or sectors (TESS) observed, ascending
 * @param detectors            per season: CCD channel (K2, Kepler) or {@code 10 * camera + ccd} (TESS)
 * @param shortCadenceSeasons  seasons with short-cadence (60 s; TESS 20 s) data as well
 * @param planets              planets, by letter; empty for a star without known planets
 * @param aliases              other names the resolver knows (e.g. {@code WASP-28} for {@code K2-1})
 * @param inNameTable          whether its planets appear in the mission's TAP name table ({@code k2names},
 *                             {@code keplernames})
 * @param note                 why this target is special, or empty
 */
public record Target(Mission mission, int index, String name, long id, String targetName, double ra, double dec,
                     double magnitude, List<Integer> seasons, List<Integer> detectors,
                     List<Integer> shortCadenceSeasons, List<Planet> planets, List<String> aliases,
                     boolean inNameTable, String note) {
    public Target {
        Objects.requireNonNull(mission, "mission");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(targetName, "targetName");
        Objects.requireNonNull(note, "note");
        seasons = List.copyOf(seasons);
        detectors = List.copyOf(detectors);
        shortCadenceSeasons = List.copyOf(shortCadenceSeasons);
        planets = List.copyOf(planets);
        aliases = List.copyOf(aliases);
        if (seasons.isEmpty() || seasons.size() != detectors.size()) {
            throw new IllegalArgumentException("target " + name + " needs one detector per observing season");
        }
        if (!seasons.containsAll(shortCadenceSeasons)) {
            throw new IllegalArgumentException("target " + name + ": short cadence outside its seasons");
        }
    }

    /** The catalogue designation: {@code EPIC 206011691}, {@code KIC 11442793}, {@code TIC 25155310}. */
    public String designation() {
        return switch (mission) {
            case K2 -> "EPIC " + id;
            case KEPLER -> "KIC " + id;
            case TESS -> "TIC " + id;
            case HST, JWST -> name;
        };
    }

    /** The id zero-padded as in file names: 9 digits (EPIC, KIC) or 16 digits (TIC). */
    public String paddedId() {
        return Text.pad(id, mission == Mission.TESS ? 16 : 9);
    }

    /** Whether it has short-cadence data in any season. */
    public boolean shortCadence() {
        return !shortCadenceSeasons.isEmpty();
    }

    /** The detector of a season. */
    public int detector(int season) {
        return detectors.get(seasons.indexOf(season));
    }
}
