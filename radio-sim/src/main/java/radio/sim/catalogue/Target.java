package radio.sim.catalogue;

import java.util.List;
import java.util.Objects;

/**
 * One star of the simulated catalogue. Observations and products are not stored: they are derived from these
 * few fields on demand (see {@link Catalogue}).
 *
 * @param mission         the mission that observed it
 * @param index           position in the catalogue's target list (stable for a given seed and size)
 * @param name            the name a user types: K2 host name such as {@code K2-21}
 * @param id              mission catalogue number: EPIC id for K2
 * @param targetName      MAST {@code target_name}: {@code ktwo} + 9-digit EPIC
 * @param ra              right ascension, degrees (ICRS), the observation centre
 * @param dec             declination, degrees
 * @param magnitude       Kepler-band magnitude
 * @param seasons         campaigns (K2) in which it was observed, ascending
 * @param shortCadence    whether it also has short-cadence (60 s) observations
 * @param planets         planets, by letter; empty for a star without known planets
 * @param aliases         other names the resolver knows (e.g. {@code WASP-28} for {@code K2-1})
 * @param inNameTable     whether its planets appear in the mission's TAP name table ({@code k2names})
 * @param note            why this target is special, or empty
 */
public record Target(Mission mission, int index, String name, long id, String targetName, double ra, double dec,
                     double magnitude, List<Integer> seasons, boolean shortCadence, List<Planet> planets,
                     List<String> aliases, boolean inNameTable, String note) {
    public Target {
        Objects.requireNonNull(mission, "mission");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(targetName, "targetName");
        Objects.requireNonNull(note, "note");
        seasons = List.copyOf(seasons);
        planets = List.copyOf(planets);
        aliases = List.copyOf(aliases);
        if (seasons.isEmpty()) {
            throw new IllegalArgumentException("target " + name + " has no observing season");
        }
    }

    /** The catalogue designation, e.g. {@code EPIC 206011691}. */
    public String designation() {
        return "EPIC " + id;
    }

    /** The id zero-padded to 9 digits, as used in K2 target and file names. */
    public String paddedId() {
        return Text.pad(id, 9);
    }
}
