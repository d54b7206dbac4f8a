package radio.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a search found for one target: its products, or why it has none.
 *
 * @param index    0-based position of the target in the input
 * @param target   the target as it was given
 * @param status   found, no products, unresolved or failed
 * @param products the matching products (none unless {@link Status#FOUND})
 * @param reason   why a target has no products: the archive's error, the unresolvable name, or what MAST had that
 *                 did not match; in words for the user
 */
public record TargetResult(int index, String target, Status status, List<Product> products, Optional<String> reason) {
    /** What became of a target. */
    public enum Status {
        /** Products matched. */
        FOUND,
        /** Searched without error; nothing matched the selection. */
        NO_PRODUCTS,
        /** The name is unknown to the resolvers, or MAST has never observed the designation. */
        UNRESOLVED,
        /** The search failed (archive error, not known offline). */
        FAILED;

        /** The manifest's word: {@code found}, {@code no-products}, {@code unresolved}, {@code failed}. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public TargetResult {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(status, "status");
        products = List.copyOf(products);
        Objects.requireNonNull(reason, "reason");
    }

    /** Whether the target could not be searched at all (unresolved or failed). */
    public boolean failed() {
        return status == Status.UNRESOLVED || status == Status.FAILED;
    }
}
