package radio.archive.mast;

import java.util.Objects;
import java.util.Optional;

/**
 * A name resolver's answer for one name.
 *
 * @param searchString  the name as the resolver echoes it: the input, lower-cased
 * @param position      coordinates ({@code ra}, {@code decl})
 * @param canonicalName the resolver's preferred name, e.g. {@code * pi. Men}
 * @param resolver      which resolver answered: {@code SIMBAD}, {@code NED}, {@code TIC}, ...
 */
public record ResolvedName(String searchString, SkyPosition position, Optional<String> canonicalName,
                           Optional<String> resolver) {
    public ResolvedName {
        Objects.requireNonNull(searchString, "searchString");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(canonicalName, "canonicalName");
        Objects.requireNonNull(resolver, "resolver");
    }

    /** The entry in a {@code resolvedCoordinate} row, or empty when it has no usable coordinates. */
    static Optional<ResolvedName> fromRow(MastRow r) {
        var ra = r.real("ra");
        var dec = r.real("decl");
        if (ra.isEmpty() || dec.isEmpty()) {
            return Optional.empty();
        }
        try {
            SkyPosition p = new SkyPosition(ra.getAsDouble(), dec.getAsDouble());
            return Optional.of(new ResolvedName(r.text("searchString").orElse(""), p, r.text("canonicalName"),
                    r.text("resolver")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
