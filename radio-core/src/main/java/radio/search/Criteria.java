package radio.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import radio.archive.mast.CaomFilter;

/**
 * Observation criteria MAST applies itself, as spacekit's {@code prop_search} sends them ({@code query_criteria}):
 * proposal ids, observation ids and filters (pass bands). Values of one criterion are ORed, criteria are ANDed;
 * a value with {@code *} (or {@code %}) is a wildcard pattern, at most one per criterion
 * ({@code j8pu0b*} → {@code freeText "j8pu0b%"}, mast-api.md section 3.4). With criteria a search needs no
 * target: {@code Mast.Caom.Filtered} with the criteria alone.
 *
 * @param proposalIds {@code proposal_id}, e.g. {@code 9401}, {@code 2736}
 * @param obsIds      {@code obs_id}, e.g. {@code j8pu0bbuq}, {@code j8pu0b*}, {@code jw02736-o001_t001_nircam*}
 * @param filters     {@code filters}, e.g. {@code F606W}, {@code F090W}
 */
public record Criteria(Set<String> proposalIds, Set<String> obsIds, Set<String> filters) {
    public Criteria {
        proposalIds = clean(proposalIds, "proposal id");
        obsIds = clean(obsIds, "observation id");
        filters = clean(filters, "filter");
    }

    /** No criteria. */
    public static Criteria none() {
        return new Criteria(Set.of(), Set.of(), Set.of());
    }

    public boolean isEmpty() {
        return proposalIds.isEmpty() && obsIds.isEmpty() && filters.isEmpty();
    }

    /** The filters sent to MAST: {@code proposal_id}, {@code obs_id}, {@code filters}, those given. */
    List<CaomFilter> serverFilters() {
        List<CaomFilter> out = new ArrayList<>();
        if (!proposalIds.isEmpty()) {
            out.add(CaomFilter.anyOf("proposal_id", proposalIds));
        }
        if (!obsIds.isEmpty()) {
            out.add(CaomFilter.anyOf("obs_id", obsIds));
        }
        if (!filters.isEmpty()) {
            out.add(CaomFilter.anyOf("filters", filters));
        }
        return out;
    }

    /** {@code proposal_id 9401, obs_id j8pu0b*}: names a criteria-only search in output and messages. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (!proposalIds.isEmpty()) {
            parts.add("proposal_id " + String.join("|", proposalIds));
        }
        if (!obsIds.isEmpty()) {
            parts.add("obs_id " + String.join("|", obsIds));
        }
        if (!filters.isEmpty()) {
            parts.add("filters " + String.join("|", filters));
        }
        return String.join(", ", parts);
    }

    private static Set<String> clean(Set<String> values, String what) {
        Set<String> out = new LinkedHashSet<>();
        int patterns = 0;
        for (String v : values) {
            String s = v.strip();
            if (s.isEmpty()) {
                throw new IllegalArgumentException("empty " + what);
            }
            if (CaomFilter.isPattern(s) && ++patterns > 1) {
                throw new IllegalArgumentException("one wildcard " + what + " at a time: MAST takes one pattern per "
                        + "criterion");
            }
            out.add(s);
        }
        return Collections.unmodifiableSet(out);
    }
}
