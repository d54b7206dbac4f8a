package radio.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import radio.archive.mast.CaomFilter;
import radio.archive.mast.Observation;

/**
 * The selection applied to one target's observations and products, remembering what MAST had, so that a target
 * with nothing matching gets a reason in words ({@link #explain()}): no observation at all, none of the right
 * kind (with what there was), or products none of which match (with their codes, and what is known about K2's
 * engineering targets and campaign 9).
 *
 * <p>One per target; used by that target's chain, one step after another (not concurrently).
 */
final class Explanation {
    private static final Pattern K2_ENGINEERING = Pattern.compile("ktwo0600\\d{5}");
    private static final Set<String> PIXEL_CODES = Set.of("LPD-TARG", "SPD-TARG", "TP", "FAST-TP");

    private final Selection selection;
    /** How MAST was asked, for the message: target names, a position, or the criteria. */
    private String where = "";
    /** How the target was identified, once it is. */
    private Located located;
    private int observations;
    private final Map<String, Integer> kinds = new TreeMap<>();
    private final List<Observation> kept = new ArrayList<>();
    private final Map<String, Integer> codes = new TreeMap<>();
    private int products;

    Explanation(Selection selection) {
        this.selection = selection;
    }

    /** The target has been identified. */
    void located(Located where) {
        this.located = where;
        this.where = where.describe();
    }

    /** The search has no targets: MAST is asked for the criteria described so. */
    void searchedFor(String criteria) {
        this.where = criteria;
    }

    /** How the target was identified, if it got that far. */
    Optional<TargetResolution> resolution() {
        return Optional.ofNullable(located).map(Located::resolution);
    }

    /** The observations the selection wants, in order. */
    List<Observation> keepMatching(List<Observation> all) {
        observations = all.size();
        for (Observation o : all) {
            kinds.merge(o.obsCollection() + o.exptimeSeconds().stream()
                    .mapToObj(t -> " " + ExposureRange.plain(t) + " s").findFirst().orElse(""), 1, Integer::sum);
            if (selection.matches(o)) {
                kept.add(o);
            }
        }
        return List.copyOf(kept);
    }

    /** The products the selection wants, in order. */
    List<Candidate> keepMatchingProducts(List<Candidate> listed) {
        List<Candidate> wanted = new ArrayList<>();
        for (Candidate c : listed) {
            products++;
            codes.merge(c.product().subGroup().map(s -> s.toUpperCase(Locale.ROOT)).orElse("no code"), 1,
                    Integer::sum);
            if (selection.matches(c.observation(), c.product())) {
                wanted.add(c);
            }
        }
        return wanted;
    }

    /**
     * A mission designation (TIC, EPIC, KIC) that MAST has no observation of at all, asked without server-side
     * criteria: the target does not exist there, as an unresolvable name does not.
     */
    boolean unknownDesignation() {
        return observations == 0 && located != null && located.via().equals(Located.DESIGNATION)
                && selection.serverFilters().isEmpty();
    }

    /** Why nothing matched, from what MAST had. */
    String explain() {
        if (observations == 0) {
            List<CaomFilter> server = selection.serverFilters();
            return "MAST lists no observation of " + where + (server.isEmpty() ? ""
                    : " matching " + server.stream().map(CaomFilter::toString).collect(Collectors.joining(", ")));
        }
        if (kept.isEmpty()) {
            return "none of its " + count(observations, "observation") + " (" + counts(kinds)
                    + ") matches the selection";
        }
        String which = kept.size() <= 3 ? kept.stream().map(Observation::obsId).collect(Collectors.joining(", "))
                : kept.get(0).obsId() + " and " + (kept.size() - 1) + " more";
        String its = "its " + (kept.size() == 1 ? "observation " : kept.size() + " matching observations (")
                + which + (kept.size() == 1 ? "" : ")");
        StringBuilder why = new StringBuilder(its).append(" list").append(kept.size() == 1 ? "s " : " ");
        if (products == 0) {
            why.append("no products");
        } else {
            why.append(count(products, "product")).append(" (").append(counts(codes))
                    .append("), none matching the product selection");
            if (PIXEL_CODES.containsAll(codes.keySet())) {
                why.append(": target pixel files only, no light curve");
            }
        }
        if (kept.stream().anyMatch(o -> K2_ENGINEERING.matcher(o.targetName()).matches())) {
            why.append("; EPIC 600xxxxx are K2 engineering-test targets (February 2014), for which MAST "
                    + "has target pixel files only");
        } else if (kept.stream().anyMatch(o -> o.obsCollection().equalsIgnoreCase("K2")
                && o.sequenceNumber().orElse(-1) == 9)) {
            why.append("; K2 campaign 9 has no pipeline light curves at MAST (the K2SFF HLSP has some)");
        }
        return why.toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String counts(Map<String, Integer> byKind) {
        return byKind.entrySet().stream().map(e -> e.getKey() + (e.getValue() == 1 ? "" : " ×" + e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
