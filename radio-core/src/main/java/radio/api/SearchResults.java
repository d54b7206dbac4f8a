package radio.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import radio.search.FoundProduct;
import radio.search.TargetOutcome;

/**
 * What a search found: every product of every target, in the order the targets were given, and the targets that
 * could not be searched, with the reason. Immutable.
 *
 * @param products the products found, target by target in input order
 * @param failures targets that could not be searched (unresolvable name, archive error, not known offline) → why, in
 *                 input order
 */
public record SearchResults(List<FoundProduct> products, Map<String, String> failures) {
    public SearchResults {
        products = List.copyOf(products);
        failures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(failures)));
    }

    /** The results of a finished search's outcomes (any order). */
    static SearchResults of(List<TargetOutcome> outcomes) {
        List<TargetOutcome> sorted = new ArrayList<>(outcomes);
        sorted.sort(java.util.Comparator.comparingInt(TargetOutcome::index));
        List<FoundProduct> products = new ArrayList<>();
        Map<String, String> failures = new LinkedHashMap<>();
        for (TargetOutcome o : sorted) {
            products.addAll(o.products());
            o.failure().ifPresent(f -> failures.put(o.target(), f));
        }
        return new SearchResults(products, failures);
    }

    /** Number of products. */
    public int size() {
        return products.size();
    }

    public boolean isEmpty() {
        return products.isEmpty();
    }

    /** The targets that have at least one product, in input order. */
    public Set<String> targets() {
        Set<String> out = new LinkedHashSet<>();
        products.forEach(p -> out.add(p.target()));
        return out;
    }

    /** The products of one target (as it was given). */
    public List<FoundProduct> of(String target) {
        return products.stream().filter(p -> p.target().equals(target)).toList();
    }

    /** The products that pass {@code keep}; failures are kept as they are. */
    public SearchResults filter(Predicate<FoundProduct> keep) {
        return new SearchResults(products.stream().filter(keep).toList(), failures);
    }
}
