package radio.search;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import radio.archive.mast.SkyPosition;

/**
 * How a search identified one target before asking MAST for its observations.
 *
 * @param targetNames the exact MAST {@code target_name}s it was searched by (e.g. {@code ktwo201912552}); empty when
 *                    it was searched by position
 * @param position    the sky position a name resolver gave, when it was searched by position
 * @param via         who identified it: {@code designation} (a mission id such as {@code EPIC n}, read directly),
 *                    {@code k2names}, {@code keplernames} or {@code toi} (the Exoplanet Archive's name tables), or
 *                    the resolver that placed the name ({@code SIMBAD}, {@code NED}, ...; {@code SANTA} when it did
 *                    not say)
 */
public record TargetResolution(Set<String> targetNames, Optional<SkyPosition> position, String via) {
    public TargetResolution {
        targetNames = Set.copyOf(targetNames);
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(via, "via");
        if (targetNames.isEmpty() == position.isEmpty()) {
            throw new IllegalArgumentException("a target is identified by MAST target names or by a position");
        }
    }
}
