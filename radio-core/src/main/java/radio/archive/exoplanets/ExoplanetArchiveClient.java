package radio.archive.exoplanets;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import radio.archive.Http;
import radio.archive.HttpStatusException;
import radio.archive.Request;
import radio.archive.Response;
import radio.config.Version;

/**
 * Client for the NASA Exoplanet Archive's synchronous TAP endpoint ({@code /TAP/sync}), per
 * {@code exoplanet-archive-tap.md}: parameters {@code query}, {@code format} and optionally {@code maxrec},
 * form-encoded; GET for ordinary queries, POST when the URL would get long. HTTP 200 does not mean success:
 * error bodies are detected and thrown as {@link TapException} with the archive's message. Thread-safe.
 */
public final class ExoplanetArchiveClient {
    /** Beyond this URL length the query is POSTed instead. */
    private static final int MAX_GET_URL = 4000;

    private final Http http;
    private final URI syncUrl;
    private final String userAgent = Version.userAgent();

    public ExoplanetArchiveClient(Http http, URI archiveUrl) {
        this.http = Objects.requireNonNull(http, "http");
        this.syncUrl = URI.create(archiveUrl.toString().replaceAll("/+$", "") + "/TAP/sync");
    }

    /**
     * Runs a query and returns a cursor over its rows; the caller closes it (which releases the connection).
     *
     * @throws TapException        the archive refused the query (its message inside)
     * @throws HttpStatusException an infrastructure failure (4xx/5xx) after retries
     */
    public TapRows query(TapQuery query) throws IOException, InterruptedException {
        String params = "query=" + form(query.adql()) + "&format=json"
                + query.maxrec().stream().mapToObj(n -> "&maxrec=" + n).findFirst().orElse("");
        URI getUrl = URI.create(syncUrl + "?" + params);
        Request request = getUrl.toString().length() <= MAX_GET_URL
                ? Request.get(getUrl)
                : Request.postForm(syncUrl, params);
        request = request.withHeader("User-Agent", userAgent);
        Response<InputStream> r = http.send(request, BodyHandlers.ofInputStream());
        if (!r.isSuccess()) {
            String body;
            try (InputStream in = r.body()) {
                body = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            }
            throw new HttpStatusException(syncUrl, r.statusCode(), HttpStatusException.excerpt(body, 300));
        }
        return TapRows.read(r.body(), syncUrl);
    }

    /** Runs a query and reads every row into memory: for small tables (name lookups, k2names). */
    public List<TapRow> fetchAll(TapQuery query) throws IOException, InterruptedException {
        try (TapRows rows = query(query)) {
            List<TapRow> out = new ArrayList<>();
            while (rows.next()) {
                out.add(rows.row());
            }
            return out;
        }
    }

    private static String form(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
