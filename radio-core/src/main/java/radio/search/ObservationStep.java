package radio.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import radio.archive.mast.CaomFilter;
import radio.archive.mast.MastClient;
import radio.archive.mast.Observation;
import radio.archive.mast.ResolvedName;

/**
 * Second step: each target's observations, with the selection's server-side filters. Targets known by MAST target
 * name share one {@code Mast.Caom.Filtered} call (a {@code target_name} filter with the names of up to
 * {@link SearchSettings#batchSize()} targets, {@value ProductSearch#MAX_TARGET_NAMES_PER_FILTERED} names at most), the
 * answer split back by target name; a target known by position gets its own {@code Mast.Caom.Filtered.Position}
 * call, or {@code Mast.Caom.Cone} without server-side filters (one position per request: these run concurrently
 * instead).
 *
 * <p>One per run; thread-safe.
 */
final class ObservationStep {
    private final MastClient mast;
    private final List<CaomFilter> filters;
    private final Optional<Angle> radius;
    private final Executor executor;
    private final MicroBatcher<Set<String>, List<Observation>> byName;

    /** @param radius the search's radius; {@link ProductSearch#DEFAULT_POSITION_RADIUS} without one */
    ObservationStep(MastClient mast, Selection selection, Optional<Angle> radius, Pipeline pipeline) {
        this.mast = mast;
        this.filters = List.copyOf(selection.serverFilters());
        this.radius = radius;
        this.executor = pipeline.executor();
        this.byName = pipeline.batcher(Pipeline.Step.OBSERVATIONS, "observations", pipeline.settings().batchSize(),
                ProductSearch.MAX_TARGET_NAMES_PER_FILTERED, Set::size, this::observationsByName);
    }

    /** Every observation MAST has of the target that passes the server-side filters. */
    CompletableFuture<List<Observation>> observations(Located where, Pipeline.Target progress) {
        if (where.position().isEmpty()) {
            progress.passThrough(Pipeline.Step.OBSERVATIONS, true);
            return byName.submit(where.targetNames());
        }
        progress.passThrough(Pipeline.Step.OBSERVATIONS, false);
        ResolvedName at = where.position().get();
        double r = radius.orElse(ProductSearch.DEFAULT_POSITION_RADIUS).degrees();
        return Calls.async(() -> filters.isEmpty() ? mast.cone(at.position(), r)
                : mast.filteredPosition(at.position(), r, filters), executor);
    }

    /** The search without targets: every observation the server-side filters (the criteria) match, in one query. */
    CompletableFuture<List<Observation>> matchingCriteria() {
        return Calls.async(() -> mast.filtered(filters), executor);
    }

    private List<List<Observation>> observationsByName(List<Set<String>> batch) throws Exception {
        Set<String> all = new LinkedHashSet<>();
        batch.forEach(all::addAll);
        List<CaomFilter> query = new ArrayList<>();
        query.add(CaomFilter.anyOf("target_name", all));
        query.addAll(filters);
        Map<String, List<Observation>> byTarget = new LinkedHashMap<>();
        for (Observation o : mast.filtered(query)) {
            byTarget.computeIfAbsent(o.targetName().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(o);
        }
        List<List<Observation>> out = new ArrayList<>(batch.size());
        for (Set<String> names : batch) {
            List<Observation> mine = new ArrayList<>();
            for (String n : names) {
                mine.addAll(byTarget.getOrDefault(n.toLowerCase(Locale.ROOT), List.of()));
            }
            out.add(mine);
        }
        return out;
    }
}
