package radio.search;

import java.util.Optional;
import java.util.Set;
import radio.archive.mast.ResolvedName;

/**
 * Where a target is, as the first step found it: exact MAST target names, or a resolved position.
 *
 * @param via who identified it (see {@link TargetResolution#via()})
 */
record Located(Set<String> targetNames, Optional<ResolvedName> position, String via) {
    /** How a target given as a mission designation (TIC, EPIC, KIC) is identified: by itself. */
    static final String DESIGNATION = "designation";

    static Located named(Set<String> names, String via) {
        return new Located(names, Optional.empty(), via);
    }

    static Located at(ResolvedName position) {
        return new Located(Set.of(), Optional.of(position), position.resolver().orElse("SANTA"));
    }

    TargetResolution resolution() {
        return new TargetResolution(targetNames, position.map(ResolvedName::position), via);
    }

    /** How MAST was asked, for messages: the target names or the position. */
    String describe() {
        return position.map(p -> "the position of '" + p.searchString() + "' (" + p.position().ra() + ", "
                + p.position().dec() + ")").orElseGet(() -> String.join(", ", targetNames));
    }
}
