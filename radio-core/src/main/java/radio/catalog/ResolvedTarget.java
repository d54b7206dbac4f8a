package radio.catalog;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a name resolved to, as recorded in the catalog.
 *
 * @param name       the name as the user gave it (the lookup key; compared exactly)
 * @param targetName MAST's {@code target_name} for it, when known
 * @param ra         right ascension in degrees (ICRS), when the resolver gave coordinates
 * @param dec        declination in degrees (ICRS), when the resolver gave coordinates
 * @param resolver   who answered, e.g. {@code SANTA} or {@code NED}; free text
 * @param resolvedAt when the answer was obtained
 */
public record ResolvedTarget(String name, Optional<String> targetName, OptionalDouble ra, OptionalDouble dec,
                             String resolver, Instant resolvedAt) {
    public ResolvedTarget {
        Rows.requireText("name", name);
        Objects.requireNonNull(targetName, "targetName");
        Objects.requireNonNull(ra, "ra");
        Objects.requireNonNull(dec, "dec");
        if (ra.isPresent() != dec.isPresent()) {
            throw new IllegalArgumentException("ra and dec must be both known or both unknown for " + name);
        }
        Rows.requireText("resolver", resolver);
        Objects.requireNonNull(resolvedAt, "resolvedAt");
    }
}
