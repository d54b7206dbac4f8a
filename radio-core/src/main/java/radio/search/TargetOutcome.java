package radio.search;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the search found for one input target: its products (possibly none), or why it failed.
 *
 * @param index      0-based position of the target in the input
 * @param target     the target as given
 * @param products   the matching products, de-duplicated on data URI; empty when nothing matched or on failure
 * @param failure    why the target could not be searched (unresolvable name, archive error), in words for the user
 * @param note       for a target searched successfully without matching products: what MAST had and why none of it
 *                   matched (e.g. "its observation ktwo060017806-c00_lc lists 1 product (LPD-TARG), none matching
 *                   the product selection: target pixel files only, no light curve")
 * @param resolution how the target was identified, when it got that far (a failed target may have one)
 */
public record TargetOutcome(int index, String target, List<FoundProduct> products, Optional<String> failure,
                            Optional<String> note, Optional<TargetResolution> resolution) {
    public TargetOutcome {
        Objects.requireNonNull(target, "target");
        products = List.copyOf(products);
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(resolution, "resolution");
        if (failure.isPresent() && !products.isEmpty()) {
            throw new IllegalArgumentException("a failed target has no products");
        }
    }

    /** An outcome without a note or resolution details. */
    public TargetOutcome(int index, String target, List<FoundProduct> products, Optional<String> failure) {
        this(index, target, products, failure, Optional.empty(), Optional.empty());
    }

    public static TargetOutcome found(int index, String target, List<FoundProduct> products) {
        return new TargetOutcome(index, target, products, Optional.empty());
    }

    /** Searched successfully, nothing matched; {@code why} says what MAST had. */
    public static TargetOutcome empty(int index, String target, String why) {
        return new TargetOutcome(index, target, List.of(), Optional.empty(), Optional.of(why), Optional.empty());
    }

    public static TargetOutcome failed(int index, String target, String reason) {
        return new TargetOutcome(index, target, List.of(), Optional.of(reason));
    }

    /** The same outcome, saying how the target was identified. */
    public TargetOutcome withResolution(Optional<TargetResolution> how) {
        return new TargetOutcome(index, target, products, failure, note, how);
    }

    public boolean failed() {
        return failure.isPresent();
    }
}
