package radio.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What a search found, target by target in the order the targets were given. Immutable.
 *
 * @param targets one result per target
 */
public record SearchResults(List<TargetResult> targets) {
    public SearchResults {
        targets = List.copyOf(targets);
    }

    /** Every product of every target, in target order. */
    public List<Product> products() {
        return targets.stream().flatMap(t -> t.products().stream()).toList();
    }

    /** Number of products. */
    public int size() {
        return products().size();
    }

    public boolean isEmpty() {
        return targets.stream().allMatch(t -> t.products().isEmpty());
    }

    /** The products of one target (as it was given). */
    public List<Product> of(String target) {
        return targets.stream().filter(t -> t.target().equals(target)).flatMap(t -> t.products().stream()).toList();
    }

    /** Targets that could not be searched (unresolvable, archive error, not known offline) → why, in input order. */
    public Map<String, String> failures() {
        Map<String, String> out = new LinkedHashMap<>();
        targets.stream().filter(TargetResult::failed).forEach(t -> out.put(t.target(), t.reason().orElse("")));
        return out;
    }

    /** Targets without any product, whatever the reason. */
    public List<TargetResult> withoutProducts() {
        return targets.stream().filter(t -> t.status() != TargetResult.Status.FOUND).toList();
    }

    /** The same targets with only the products that pass {@code keep}. */
    public SearchResults filter(Predicate<Product> keep) {
        return new SearchResults(targets.stream().map(t -> new TargetResult(t.index(), t.target(),
                t.status(), t.products().stream().filter(keep).toList(), t.reason())).toList());
    }
}
