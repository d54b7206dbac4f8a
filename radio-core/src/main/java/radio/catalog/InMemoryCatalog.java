package radio.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link Catalog#inMemory()}: maps keyed as the SQLite store's tables, answering offline the same way. */
final class InMemoryCatalog implements Catalog {
    private final Map<String, ResolvedTarget> resolutions = new ConcurrentHashMap<>();
    /** target → selection → answer. */
    private final Map<String, Map<String, SearchRecord>> searches = new ConcurrentHashMap<>();
    private final Map<Path, FileRecord> files = new ConcurrentHashMap<>();

    @Override
    public void recordSearches(Collection<ResolvedTarget> resolved, Collection<SearchRecord> answers) {
        resolved.forEach(r -> resolutions.put(r.name(), r));
        answers.forEach(s -> searches.computeIfAbsent(s.target(), t -> new ConcurrentHashMap<>())
                .put(s.selection(), s));
    }

    @Override
    public Optional<ResolvedTarget> resolvedTarget(String name) {
        return Optional.ofNullable(resolutions.get(name));
    }

    @Override
    public Optional<SearchRecord> search(String target, String selection) {
        return Optional.ofNullable(searches.getOrDefault(target, Map.of()).get(selection));
    }

    @Override
    public OfflineAnswer offline(List<String> targets, String selection) {
        List<OfflineAnswer.KnownTarget> known = new ArrayList<>();
        List<OfflineAnswer.UnknownTarget> unknown = new ArrayList<>();
        for (String target : targets) {
            Optional<ResolvedTarget> resolution = resolvedTarget(target);
            Optional<SearchRecord> answer = search(target, selection);
            if (answer.isPresent()) {
                known.add(new OfflineAnswer.KnownTarget(target, resolution, answer.get()));
                continue;
            }
            List<String> others = searches.getOrDefault(target, Map.of()).keySet().stream().sorted().toList();
            OfflineAnswer.Reason reason = !others.isEmpty() ? OfflineAnswer.Reason.OTHER_SELECTION
                    : resolution.isPresent() ? OfflineAnswer.Reason.RESOLVED_ONLY : OfflineAnswer.Reason.NEVER_SEEN;
            unknown.add(new OfflineAnswer.UnknownTarget(target, reason, others));
        }
        return new OfflineAnswer(known, unknown);
    }

    @Override
    public void recordFiles(Collection<FileRecord> records) {
        records.forEach(f -> files.put(key(f.path()), f));
    }

    @Override
    public Optional<FileRecord> file(Path path) {
        return Optional.ofNullable(files.get(key(path)));
    }

    @Override
    public void forgetFile(Path path) {
        files.remove(key(path));
    }

    @Override
    public List<CatalogedFile> files() {
        List<CatalogedFile> out = new ArrayList<>();
        files.values().stream().sorted(java.util.Comparator.comparing(f -> f.path().toString())).forEach(f -> {
            // the newest answer listing the file's URI, as the SQLite store picks it
            Optional<SearchRecord> answer = searches.values().stream().flatMap(m -> m.values().stream())
                    .filter(s -> s.products().stream().anyMatch(p -> p.dataUri().equals(f.uri())))
                    .max(java.util.Comparator.comparing(SearchRecord::fetchedAt));
            Optional<ProductRow> product = answer.flatMap(s -> s.products().stream()
                    .filter(p -> p.dataUri().equals(f.uri())).findFirst());
            Optional<ObservationRow> observation = product.flatMap(p -> answer.get().observations().stream()
                    .filter(o -> o.obsId().equals(p.obsId())).findFirst());
            out.add(new CatalogedFile(f, answer.map(SearchRecord::target), product, observation));
        });
        return out;
    }

    @Override
    public void close() {
        resolutions.clear();
        searches.clear();
        files.clear();
    }

    private static Path key(Path path) {
        return Objects.requireNonNull(path, "path").toAbsolutePath().normalize();
    }
}
