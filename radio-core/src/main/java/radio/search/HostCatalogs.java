package radio.search;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import radio.archive.exoplanets.ExoplanetArchiveClient;
import radio.archive.exoplanets.TapQuery;
import radio.archive.exoplanets.TapRow;

/**
 * Maps planet-host designations to MAST target names through the Exoplanet Archive's name tables:
 * {@code K2-N} via {@code k2names.epic_id}, {@code Kepler-N} via {@code keplernames.kepid}, {@code TOI-N} via
 * {@code toi.tid}. Each table is fetched with ONE query the first time any name needs it, then served from
 * memory for the life of this object, however many targets ask at once. Thread-safe.
 */
final class HostCatalogs {
    private static final Logger LOG = LoggerFactory.getLogger(HostCatalogs.class);

    /** One name table: the query, and how a row gives (host number, MAST target name). */
    private record Table(String name, String adql, String nameColumn, Pattern hostNumber, String idColumn,
                         Function<String, Optional<String>> targetName) {
    }

    private static final Pattern DIGITS = Pattern.compile("(\\d+)");

    private static final Map<ParsedTarget.Kind, Table> TABLES = Map.of(
            ParsedTarget.Kind.K2_HOST, new Table("k2names", "select epic_id,k2_name from k2names", "k2_name",
                    Pattern.compile("(?i)k2-(\\d+).*"), "epic_id", id -> digits(id).map(d -> String.format("ktwo%09d", d))),
            ParsedTarget.Kind.KEPLER_HOST, new Table("keplernames", "select kepid,kepler_name from keplernames",
                    "kepler_name", Pattern.compile("(?i)kepler-(\\d+).*"), "kepid",
                    id -> digits(id).map(d -> String.format("kplr%09d", d))),
            ParsedTarget.Kind.TOI_HOST, new Table("toi", "select tid,toi from toi", "toi",
                    Pattern.compile("(?i)(?:toi-?)?(\\d+)(?:\\.\\d+)?"), "tid", id -> digits(id).map(String::valueOf)));

    private final ExoplanetArchiveClient tap;
    private final Executor executor;
    private final Map<ParsedTarget.Kind, CompletableFuture<Map<String, Set<String>>>> loaded = new ConcurrentHashMap<>();

    HostCatalogs(ExoplanetArchiveClient tap, Executor executor) {
        this.tap = tap;
        this.executor = executor;
    }

    /** The table a kind of name is looked up in, for messages. */
    static String tableName(ParsedTarget.Kind kind) {
        Table t = TABLES.get(kind);
        return t == null ? "?" : t.name();
    }

    /**
     * The MAST target names of host number {@code number} ({@code "18"} for K2-18): empty when the table does
     * not list it; the future fails when the table cannot be fetched.
     */
    CompletableFuture<Optional<Set<String>>> lookup(ParsedTarget.Kind kind, String number) {
        Table table = TABLES.get(kind);
        if (table == null) {
            throw new IllegalArgumentException("no name table for " + kind);
        }
        return loaded.computeIfAbsent(kind, k -> CompletableFuture.supplyAsync(() -> fetch(table), executor))
                .thenApply(m -> Optional.ofNullable(m.get(number)));
    }

    private Map<String, Set<String>> fetch(Table table) {
        try {
            List<TapRow> rows = tap.fetchAll(TapQuery.json(table.adql()));
            Map<String, Set<String>> byHost = new HashMap<>();
            for (TapRow row : rows) {
                Optional<String> name = row.text(table.nameColumn());
                Optional<String> id = row.text(table.idColumn()).flatMap(table.targetName());
                if (name.isEmpty() || id.isEmpty()) {
                    continue;
                }
                Matcher m = table.hostNumber().matcher(name.get().strip());
                if (m.matches()) {
                    String host = Long.toString(Long.parseLong(m.group(1)));
                    byHost.computeIfAbsent(host, h -> new LinkedHashSet<>()).add(id.get());
                }
            }
            LOG.debug("{}: {} rows, {} hosts", table.name(), rows.size(), byHost.size());
            Map<String, Set<String>> frozen = new HashMap<>();
            byHost.forEach((k, v) -> frozen.put(k, Collections.unmodifiableSet(v)));
            return frozen;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        } catch (Exception e) {
            LOG.warn("could not read the Exoplanet Archive's {} ({}); its names go to the name resolver instead",
                    table.name(), e.getMessage());
            throw new CompletionException(e);
        }
    }

    private static Optional<Long> digits(String id) {
        Matcher m = DIGITS.matcher(id);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(m.group(1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
