package radio.sim.catalogue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One mission's part of the catalogue: how its targets' observations and products are derived, and how its
 * data URIs and bucket keys map back to targets. Implementations are immutable and thread-safe.
 */
interface Section {
    /** Every observation of a target of this mission, in MAST's listing order. */
    List<Observation> observations(Target target);

    /** The product rows of one of this section's observations. */
    List<Product> products(Observation observation);

    /** Whether a data URI belongs to this mission. */
    boolean ownsUri(String uri);

    /** Whether a bucket key belongs to this mission. */
    boolean ownsKey(String key);

    /** The target a data URI or key belongs to, read from the file name. */
    Optional<Target> targetOf(String uriOrKey);

    /** Observations that belong to no target (TESS FFI groups), all of them. */
    default Stream<Observation> groups() {
        return Stream.empty();
    }

    /** Group observations whose footprint touches a search circle. */
    default Stream<Observation> groupsNear(double ra, double dec, double radius) {
        return groups().filter(o -> o.footprint().overlaps(ra, dec, radius));
    }

    /** The group observation with this id. */
    default Optional<Observation> group(long obsid) {
        return Optional.empty();
    }

    /** A product of a group observation, by data URI or key. */
    default Optional<Product> groupProduct(String uriOrKey) {
        return Optional.empty();
    }

    /** Products of group observations that a bucket listing shows (not TESS FFI frames: far too many). */
    default Stream<Product> bucketGroupProducts() {
        return Stream.empty();
    }
}
