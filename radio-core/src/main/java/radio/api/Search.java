package radio.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import radio.search.Angle;
import radio.search.Selection;

/**
 * What to search: targets (names, designations) and which of their products, by exact MAST target name or, with a
 * radius, by position.
 *
 * @param targets   targets as a user types them ({@code K2-18}, {@code EPIC 201912552}, {@code TIC 25155310},
 *                  {@code pi Mensae}); may be empty when the selection has criteria (proposal, obs_id, filters)
 * @param selection which observations and products ({@link Selection#k2LongCadenceLightCurves()}, ...)
 * @param radius    search every target by position within this radius instead of by name (spacekit's way)
 */
public record Search(List<String> targets, Selection selection, Optional<Angle> radius) {
    public Search {
        targets = List.copyOf(targets);
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(radius, "radius");
    }

    /** By exact target name. */
    public static Search of(List<String> targets, Selection selection) {
        return new Search(targets, selection, Optional.empty());
    }
}
