package radio.search;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import radio.archive.exoplanets.ExoplanetArchiveClient;
import radio.archive.mast.MastClient;
import radio.archive.mast.SantaResolver;

/**
 * First step: where each target is. A mission designation (TIC, EPIC, KIC) is its own MAST target name;
 * {@code K2-N}, {@code Kepler-N} and {@code TOI-N} are looked up in the Exoplanet Archive's name tables
 * ({@link HostCatalogs}: one TAP query per table for the whole run); anything else, a host the tables do not list or
 * cannot give, and every target when the search has a radius, goes to the name resolver: SANTA, up to
 * {@value SantaResolver#MAX_NAMES_PER_CALL} names per call shared by the targets that reach it together, then
 * {@code Mast.Name.Lookup} for what SANTA cannot place ({@link NameResolution}).
 *
 * <p>A name nobody can place fails its target's chain with {@link UnresolvedName}. One per run; thread-safe.
 */
final class NameResolutionStep {
    private static final Logger LOG = LoggerFactory.getLogger(NameResolutionStep.class);

    private final boolean byPosition;
    private final HostCatalogs catalogs;
    private final MicroBatcher<String, NameResolution.Result> resolver;

    /** @param byPosition the search has a radius: every target is resolved to a position, designations too */
    NameResolutionStep(ExoplanetArchiveClient archive, SantaResolver santa, MastClient mast, boolean byPosition,
                       Pipeline pipeline) {
        this.byPosition = byPosition;
        this.catalogs = new HostCatalogs(archive, pipeline.executor());
        NameResolution names = new NameResolution(santa, mast);
        this.resolver = pipeline.batcher(Pipeline.Step.RESOLVE, "resolve",
                Math.min(pipeline.settings().batchSize(), SantaResolver.MAX_NAMES_PER_CALL),
                SantaResolver.MAX_NAMES_PER_CALL, n -> 1, names::resolve);
    }

    /** Where {@code t} is; fails with {@link UnresolvedName} when no one can say. */
    CompletableFuture<Located> locate(ParsedTarget t, Pipeline.Target progress) {
        if (byPosition) {
            return resolve(t.input(), "", progress);
        }
        return switch (t.kind()) {
            case MAST_TARGET -> CompletableFuture.completedFuture(Located.named(Set.of(t.value()), Located.DESIGNATION));
            case NAME -> resolve(t.input(), "", progress);
            case K2_HOST, KEPLER_HOST, TOI_HOST -> {
                String table = HostCatalogs.tableName(t.kind());
                yield catalogs.lookup(t.kind(), t.value()).handle((names, err) -> {
                    if (err != null) {
                        LOG.debug("{} unavailable ({}); resolving {} by name", table, Calls.reason(err), t.input());
                        return resolve(t.input(), "the Exoplanet Archive's " + table + " could not be read ("
                                + Calls.reason(err) + "), and ", progress);
                    }
                    if (names.isPresent()) {
                        LOG.debug("{} → {} via {}", t.input(), names.get(), table);
                        return CompletableFuture.completedFuture(Located.named(names.get(), table));
                    }
                    return resolve(t.input(), t.input() + " is not in the Exoplanet Archive's " + table + ", and ",
                            progress);
                }).thenCompose(f -> f);
            }
        };
    }

    private CompletableFuture<Located> resolve(String name, String context, Pipeline.Target progress) {
        progress.passThrough(Pipeline.Step.RESOLVE, true);
        CompletableFuture<NameResolution.Result> resolved = resolver.submit(name);
        // a resolved name is searched by position, never by exact target name: the batch of exact names
        // need not wait for this one
        progress.passThrough(Pipeline.Step.OBSERVATIONS, false);
        return resolved.thenApply(r -> {
            if (r.position().isEmpty()) {
                throw new UnresolvedName("could not resolve '" + name + "': " + context + r.failure());
            }
            return Located.at(r.position().get());
        });
    }
}
