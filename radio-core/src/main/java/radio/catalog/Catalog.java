package radio.catalog;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * radio's memory of resolved names, search answers and the files it downloaded or verified: what lets a re-run skip
 * the network for files it already vouches for and lets an offline search answer from what is known.
 *
 * <p>Two implementations: {@link CatalogStore}, a SQLite file shared by every run and process (the default,
 * {@code RADIO_HOME/catalog.db}); and {@link #inMemory()}, which forgets everything when closed (a short-lived worker,
 * such as a Spark task, that must leave nothing on disk).
 *
 * <p><b>Contract.</b> Thread-safe: any method may be called from several threads at once. A record replaces an
 * earlier one with the same key (target and selection for searches, name for resolutions, absolute normalised path
 * for files). Reads see every write that returned before them. Failures are {@link CatalogException}s naming the
 * catalog; callers treat them as "unknown" (a file verified again, a search made again), never as data loss.
 * Whoever creates a catalog closes it; radio never closes one it was given.
 */
public interface Catalog extends AutoCloseable {
    /** An empty catalog in memory; nothing survives {@link #close()}. */
    static Catalog inMemory() {
        return new InMemoryCatalog();
    }

    /**
     * Records what names resolved to and search answers, each replacing any earlier one for its key, at once
     * (a batch is one transaction where the implementation has them).
     */
    void recordSearches(Collection<ResolvedTarget> resolutions, Collection<SearchRecord> searches);

    /** What {@code name} resolved to, when recorded. */
    Optional<ResolvedTarget> resolvedTarget(String name);

    /** The recorded answer for {@code target} under {@code selection}, if any. */
    Optional<SearchRecord> search(String target, String selection);

    /**
     * Answers for each target from the catalog alone: its recorded search under {@code selection}, or why there is
     * none. Makes no network request, by construction.
     */
    OfflineAnswer offline(List<String> targets, String selection);

    /** Records (or replaces) files radio vouches for. */
    void recordFiles(Collection<FileRecord> files);

    /** The record for the file at {@code path} (made absolute and normalised), if any. */
    Optional<FileRecord> file(Path path);

    /** Forgets the file at {@code path}; no effect when unknown. */
    void forgetFile(Path path);

    /**
     * Every file the catalog vouches for, by path, each with the product and observation of the most recent search
     * answer that listed its URI (none for a bare URI download).
     */
    List<CatalogedFile> files();

    /** Releases the catalog; what was recorded in a persistent one stays. */
    @Override
    void close();

    /** Records (or replaces) what a name resolved to. */
    default void recordResolvedTarget(ResolvedTarget target) {
        recordSearches(List.of(target), List.of());
    }

    /** Records a search answer, replacing any earlier answer for the same target and selection. */
    default void recordSearch(SearchRecord search) {
        recordSearches(List.of(), List.of(search));
    }

    /** Records (or replaces) one file. */
    default void recordFile(FileRecord file) {
        recordFiles(List.of(file));
    }
}
