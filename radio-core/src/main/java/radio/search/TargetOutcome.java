package radio.search;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the search found for one input target: its products, or why it has none.
 *
 * @param index      0-based position of the target in the input
 * @param target     the target as given
 * @param status     found, no products, unresolved or failed
 * @param products   the matching products, de-duplicated on data URI; empty unless {@code status} is
 *                   {@link Status#FOUND}
 * @param reason     for a failed or unresolved target, why, in words for the user (the unresolvable name, the
 *                   archive error); for {@code NO_PRODUCTS}, when known, what MAST had and why none of it matched (e.g. "its
 *                   observation ktwo060017806-c00_lc lists 1 product (LPD-TARG), none matching the product
 *                   selection: target pixel files only, no light curve")
 * @param resolution how the target was identified, when it got that far (a failed target may have one)
 */
public record TargetOutcome(int index, String target, Status status, List<FoundProduct> products,
                            Optional<String> reason, Optional<TargetResolution> resolution) {
    /** What became of a target; also the manifest's status word ({@link #word()}). */
    public enum Status {
        /** Searched; products matched. */
        FOUND,
        /** Searched without error; nothing matched the selection. */
        NO_PRODUCTS,
        /** The name could not be turned into anything MAST knows (no resolver match, no observation at all). */
        UNRESOLVED,
        /** The search for it failed (archive error, cancelled, not known offline). */
        FAILED;

        /** {@code found}, {@code no-products}, {@code unresolved}, {@code failed}. */
        public String word() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public TargetOutcome {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(status, "status");
        products = List.copyOf(products);
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(resolution, "resolution");
        if ((status == Status.FOUND) == products.isEmpty()) {
            throw new IllegalArgumentException("a " + status.word() + " target " + (products.isEmpty() ? "needs"
                    : "has no") + " products");
        }
        if (failed() && reason.isEmpty()) {
            throw new IllegalArgumentException("a " + status.word() + " target needs a reason");
        }
    }

    /** The target's products; none is {@link Status#NO_PRODUCTS} (without saying what MAST had instead). */
    public static TargetOutcome found(int index, String target, List<FoundProduct> products) {
        return new TargetOutcome(index, target, products.isEmpty() ? Status.NO_PRODUCTS : Status.FOUND, products,
                Optional.empty(), Optional.empty());
    }

    /** Searched successfully, nothing matched; {@code why} says what MAST had. */
    public static TargetOutcome empty(int index, String target, String why) {
        return new TargetOutcome(index, target, Status.NO_PRODUCTS, List.of(), Optional.of(why), Optional.empty());
    }

    public static TargetOutcome unresolved(int index, String target, String why) {
        return new TargetOutcome(index, target, Status.UNRESOLVED, List.of(), Optional.of(why), Optional.empty());
    }

    public static TargetOutcome failed(int index, String target, String reason) {
        return new TargetOutcome(index, target, Status.FAILED, List.of(), Optional.of(reason), Optional.empty());
    }

    /** The same outcome, saying how the target was identified. */
    public TargetOutcome withResolution(Optional<TargetResolution> how) {
        return new TargetOutcome(index, target, status, products, reason, how);
    }

    /** Whether the target could not be searched: unresolved or failed (not: searched and nothing matched). */
    public boolean failed() {
        return status == Status.UNRESOLVED || status == Status.FAILED;
    }

    /** Whether the target yields nothing: every status but {@link Status#FOUND}. */
    public boolean yieldsNothing() {
        return status != Status.FOUND;
    }

    /** For a failed target, why; present whenever {@link #failed()} is. */
    public Optional<String> failure() {
        return failed() ? reason : Optional.empty();
    }

    /** For a target with nothing matching, what MAST had instead. */
    public Optional<String> note() {
        return status == Status.NO_PRODUCTS ? reason : Optional.empty();
    }
}
