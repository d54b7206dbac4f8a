package radio.archive.mast;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import radio.archive.Http;
import radio.archive.HttpStatusException;
import radio.archive.MalformedResponseException;
import radio.archive.PercentEncoding;
import radio.archive.Request;
import radio.archive.Response;
import radio.config.Version;

/**
 * MAST's SANTA name resolver ({@code GET /Santa-war/query}): several names per call, JSON output, first
 * resolver's answer per name ({@code resolveAll=false}). Answers are matched to the names asked through the
 * lower-cased {@code searchString} the service echoes. Thread-safe.
 */
public final class SantaResolver {
    /** astroquery sends at most 30 names per call. */
    public static final int MAX_NAMES_PER_CALL = 30;

    private final Http http;
    private final URI queryUrl;
    private final String userAgent = Version.userAgent();

    public SantaResolver(Http http, URI resolverUrl) {
        this.http = Objects.requireNonNull(http, "http");
        this.queryUrl = URI.create(resolverUrl.toString().replaceAll("/+$", "") + "/Santa-war/query");
    }

    /**
     * Resolves names, {@value #MAX_NAMES_PER_CALL} per call (calls made one after another). The map has an
     * entry for every name the resolver placed on the sky, keyed by the name exactly as given; names it could
     * not place are absent.
     */
    public Map<String, ResolvedName> resolve(List<String> names) throws IOException, InterruptedException {
        List<String> unique = new ArrayList<>(new LinkedHashSet<>(names));
        Map<String, ResolvedName> out = new LinkedHashMap<>();
        for (int i = 0; i < unique.size(); i += MAX_NAMES_PER_CALL) {
            out.putAll(resolveChunk(unique.subList(i, Math.min(unique.size(), i + MAX_NAMES_PER_CALL))));
        }
        return out;
    }

    private Map<String, ResolvedName> resolveChunk(List<String> names) throws IOException, InterruptedException {
        StringBuilder q = new StringBuilder("?outputFormat=json&resolveAll=false");
        for (String n : names) {
            q.append("&name=").append(PercentEncoding.encode(n.strip()));
        }
        URI url = URI.create(queryUrl + q.toString());
        Response<byte[]> r = http.send(Request.get(url)
                .withHeader("Accept", "application/json")
                .withHeader("User-Agent", userAgent), BodyHandlers.ofByteArray());
        if (!r.isSuccess()) {
            throw HttpStatusException.of(url, r);
        }
        MastResponse parsed;
        try {
            parsed = MastResponses.parse(r.body());
        } catch (IOException e) {
            throw new MalformedResponseException(url, "SANTA: " + e.getMessage(), e);
        }
        return match(names, parsed.rows());
    }

    /** Pairs each name with the first usable entry whose {@code searchString} is that name lower-cased. */
    public static Map<String, ResolvedName> match(List<String> names, List<MastRow> resolvedCoordinates) {
        Map<String, ResolvedName> bySearch = new LinkedHashMap<>();
        for (MastRow row : resolvedCoordinates) {
            ResolvedName.fromRow(row).ifPresent(rn -> bySearch.putIfAbsent(key(rn.searchString()), rn));
        }
        Map<String, ResolvedName> out = new LinkedHashMap<>();
        for (String n : names) {
            Optional.ofNullable(bySearch.get(key(n))).ifPresent(rn -> out.put(n, rn));
        }
        return out;
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
