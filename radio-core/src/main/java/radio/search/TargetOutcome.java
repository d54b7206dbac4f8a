package radio.search;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the search found for one input target: its products (possibly none), or why it failed.
 *
 * @param index    0-based position of the target in the input
 * @param target   the target as given
 * @param products the matching products, de-duplicated on data URI; empty when nothing matched or on failure
 * @param failure  why the target could not be searched (unresolvable name, archive error), in words for the user
 */
public record TargetOutcome(int index, String target, List<FoundProduct> products, Optional<String> failure) {
    public TargetOutcome {
        Objects.requireNonNull(target, "target");
        products = List.copyOf(products);
        Objects.requireNonNull(failure, "failure");
        if (failure.isPresent() && !products.isEmpty()) {
            throw new IllegalArgumentException("a failed target has no products");
        }
    }

    public static TargetOutcome found(int index, String target, List<FoundProduct> products) {
        return new TargetOutcome(index, target, products, Optional.empty());
    }

    public static TargetOutcome failed(int index, String target, String reason) {
        return new TargetOutcome(index, target, List.of(), Optional.of(reason));
    }

    public boolean failed() {
        return failure.isPresent();
    }
}
