package radio.workflow;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import radio.search.Angle;
import radio.search.Selection;

/**
 * What to search for: targets, which of their products, and how to find them.
 *
 * @param targets   targets as the user gave them (see {@link radio.search.ParsedTarget} for the forms)
 * @param selection which observations and products to keep
 * @param radius    when present, every target is resolved to a position and searched with this radius (spacekit's
 *                  {@code cone_search}); when absent, mission designations and catalogue names are searched by exact
 *                  MAST target name
 */
public record SearchRequest(List<String> targets, Selection selection, Optional<Angle> radius) {
    public SearchRequest {
        targets = List.copyOf(targets);
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(radius, "radius");
    }

    /** The catalog key of this request's selection ({@link CatalogKeys#selection}). */
    public String selectionKey() {
        return CatalogKeys.selection(selection, radius);
    }
}
