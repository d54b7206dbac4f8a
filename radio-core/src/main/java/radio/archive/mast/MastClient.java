package radio.archive.mast;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import radio.archive.Http;
import radio.archive.HttpStatusException;
import radio.archive.MalformedResponseException;
import radio.archive.PercentEncoding;
import radio.archive.Request;
import radio.archive.Response;
import radio.config.RadioConfig;
import radio.config.Version;

/**
 * Client for MAST's portal API ({@code POST /api/v0/invoke}) and cloud path lookup
 * ({@code GET /api/v0.1/path_lookup/}), speaking the protocol exactly as {@code mast-api.md} describes.
 *
 * <p>Each query gets a fresh {@code cacheBreaker} UUID, kept for all its polls and pages; an {@code EXECUTING}
 * answer is re-polled with the identical body after {@link Options#pollInterval()}, under the overall
 * {@code queryDeadline}; pages are walked until {@code paging.pagesFiltered}. Cookies MAST sets (load-balancer
 * route, session) are kept in this client's own jar and sent back; a MAST API token is sent as the
 * {@code mast_token} cookie and never logged. Retries and the connection cap belong to the {@link Http} given.
 *
 * <p>Thread-safe; one instance per process is enough.
 */
public final class MastClient {
    private static final Logger LOG = LoggerFactory.getLogger(MastClient.class);

    /** astroquery's batch size for {@code Mast.Caom.Products}. */
    public static final int MAX_OBSIDS_PER_CALL = 500;
    /** astroquery's batch size for {@code path_lookup}: longer query strings got 414. */
    public static final int MAX_URIS_PER_PATH_LOOKUP = 40;
    private static final String DEFAULT_ERROR = "There was an error with your request.";

    /**
     * @param pageSize      rows per page, always sent explicitly
     * @param pollInterval  wait between polls of an {@code EXECUTING} query
     * @param transientErrorRetries how often an {@code ERROR} that MAST documents as transient
     *                      ("session is in the kill state") is re-sent before it is reported
     */
    public record Options(int pageSize, Duration pollInterval, int transientErrorRetries) {
        public Options {
            if (pageSize < 1) {
                throw new IllegalArgumentException("pageSize must be positive: " + pageSize);
            }
            if (pollInterval.isNegative()) {
                throw new IllegalArgumentException("pollInterval must not be negative");
            }
            if (transientErrorRetries < 0) {
                throw new IllegalArgumentException("transientErrorRetries must not be negative");
            }
        }

        /** astroquery's page size (50 000 rows), a 1 s poll interval, 3 retries of transient errors. */
        public static Options defaults() {
            return new Options(50_000, Duration.ofSeconds(1), 3);
        }
    }

    private final Http http;
    private final URI invokeUrl;
    private final URI pathLookupUrl;
    private final Duration queryDeadline;
    private final Options options;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final String userAgent = Version.userAgent();

    /**
     * @param http          sender (with retries and connection cap as wanted)
     * @param mastUrl       base URL, e.g. {@code https://mast.stsci.edu}
     * @param token         MAST API token, sent as the {@code mast_token} cookie
     * @param queryDeadline overall limit for one query, polls and pages included
     */
    public MastClient(Http http, URI mastUrl, Optional<String> token, Duration queryDeadline, Options options) {
        this.http = Objects.requireNonNull(http, "http");
        String base = mastUrl.toString().replaceAll("/+$", "");
        this.invokeUrl = URI.create(base + "/api/v0/invoke");
        this.pathLookupUrl = URI.create(base + "/api/v0.1/path_lookup/");
        this.queryDeadline = Objects.requireNonNull(queryDeadline, "queryDeadline");
        this.options = Objects.requireNonNull(options, "options");
        token.ifPresent(t -> {
            HttpCookie c = new HttpCookie("mast_token", t);
            c.setPath("/");
            c.setVersion(0);
            cookies.getCookieStore().add(URI.create(base + "/"), c);
        });
    }

    /** A client for the configured MAST with default options. */
    public static MastClient create(Http http, RadioConfig config) {
        return new MastClient(http, config.mastUrl(), config.mastToken(), config.queryDeadline(), Options.defaults());
    }

    public Options options() {
        return options;
    }

    // ---------------------------------------------------------------- services

    /** {@code Mast.Caom.Filtered} (all columns): observations matching every filter. */
    public List<Observation> filtered(List<CaomFilter> filters) throws IOException, InterruptedException {
        return observations(MastQuery.filtered(filters));
    }

    /** {@code Mast.Caom.Filtered.Position}: observations meeting the circle and every filter. */
    public List<Observation> filteredPosition(SkyPosition position, double radiusDegrees, List<CaomFilter> filters)
            throws IOException, InterruptedException {
        return observations(MastQuery.filteredPosition(position, radiusDegrees, filters));
    }

    /** {@code Mast.Caom.Cone}: observations whose footprint meets the circle (radius 0 = contains the point). */
    public List<Observation> cone(SkyPosition position, double radiusDegrees) throws IOException, InterruptedException {
        return observations(MastQuery.cone(position, radiusDegrees));
    }

    /**
     * {@code Mast.Caom.Products} for the given obsids, {@value #MAX_OBSIDS_PER_CALL} per call (calls made one
     * after another), de-duplicated on {@code dataURI} (first listing kept), in MAST's order.
     */
    public List<DataProduct> products(Collection<Long> obsids) throws IOException, InterruptedException {
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(obsids));
        Map<String, DataProduct> byUri = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i += MAX_OBSIDS_PER_CALL) {
            invoke(MastQuery.products(ids.subList(i, Math.min(ids.size(), i + MAX_OBSIDS_PER_CALL))),
                    row -> DataProduct.fromRow(row).ifPresent(p -> byUri.putIfAbsent(p.dataUri(), p)));
        }
        return List.copyOf(byUri.values());
    }

    /**
     * {@code Mast.Caom.Products} grouped by the obsid each row was listed under ({@code obsID}), without
     * de-duplicating across obsids: for callers that attribute products to different owners (the batched
     * search). Within one obsid, rows are de-duplicated on {@code dataURI}. Every asked obsid has an entry.
     */
    public Map<Long, List<DataProduct>> productsByObsid(Collection<Long> obsids) throws IOException, InterruptedException {
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(obsids));
        Map<Long, Map<String, DataProduct>> grouped = new LinkedHashMap<>();
        ids.forEach(id -> grouped.put(id, new LinkedHashMap<>()));
        for (int i = 0; i < ids.size(); i += MAX_OBSIDS_PER_CALL) {
            invoke(MastQuery.products(ids.subList(i, Math.min(ids.size(), i + MAX_OBSIDS_PER_CALL))),
                    row -> DataProduct.fromRow(row).ifPresent(p -> {
                        Map<String, DataProduct> forObsid = grouped.get(p.obsid());
                        if (forObsid != null) {
                            forObsid.putIfAbsent(p.dataUri(), p);
                        } else {
                            LOG.debug("product listed under obsid {} that was not asked for: {}", p.obsid(),
                                    p.dataUri());
                        }
                    }));
        }
        Map<Long, List<DataProduct>> out = new LinkedHashMap<>();
        grouped.forEach((id, m) -> out.put(id, List.copyOf(m.values())));
        return out;
    }

    /**
     * The S3 key of each data URI ({@code path_lookup} with {@code use_cloud_path=True}),
     * {@value #MAX_URIS_PER_PATH_LOOKUP} URIs per call. Every requested URI gets an entry; one MAST does not
     * know (per-URI 404, null path, or missing from the answer) is "not in the cloud", not an error.
     */
    public Map<String, CloudPath> pathLookup(Collection<String> dataUris) throws IOException, InterruptedException {
        List<String> uris = new ArrayList<>(new LinkedHashSet<>(dataUris));
        Map<String, CloudPath> out = new LinkedHashMap<>();
        for (int i = 0; i < uris.size(); i += MAX_URIS_PER_PATH_LOOKUP) {
            out.putAll(pathLookupChunk(uris.subList(i, Math.min(uris.size(), i + MAX_URIS_PER_PATH_LOOKUP))));
        }
        return out;
    }

    /** The legacy {@code Mast.Name.Lookup} resolver: the first coordinates it gives for {@code name}. */
    public Optional<ResolvedName> nameLookup(String name) throws IOException, InterruptedException {
        for (MastRow row : invoke(MastQuery.nameLookup(name)).rows()) {
            Optional<ResolvedName> r = ResolvedName.fromRow(row);
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- invoke

    /**
     * Runs one query to completion: polls while {@code EXECUTING}, walks every page, concatenates the rows.
     *
     * @throws MastServiceException    MAST answered {@code ERROR}
     * @throws MastTimeoutException    the query deadline ran out
     * @throws HttpStatusException     a non-2xx status (after the retries of the {@link Http} given)
     * @throws MalformedResponseException the body is not MAST's JSON
     */
    public MastResponse invoke(MastQuery query) throws IOException, InterruptedException {
        List<MastRow> rows = new ArrayList<>();
        MastResponse last = invoke(query, rows::add);
        return new MastResponse(last.status(), last.msg(), last.fields(), rows, last.paging());
    }

    /**
     * Runs one query to completion like {@link #invoke(MastQuery)}, but hands every row to {@code rows} as it is
     * parsed instead of collecting them: only what the caller keeps stays in memory. Returns the last page's
     * status, message, fields and paging (no rows). When it throws, rows already delivered belong to an
     * incomplete answer and should be discarded. {@code rows} is called on the calling thread.
     */
    public MastResponse invoke(MastQuery query, Consumer<MastRow> rows) throws IOException, InterruptedException {
        String cacheBreaker = UUID.randomUUID().toString();
        long deadline = System.nanoTime() + queryDeadline.toNanos();
        long[] count = {0};
        Consumer<MastRow> counting = r -> {
            count[0]++;
            rows.accept(r);
        };
        MastResponse page = fetchPage(query, 1, cacheBreaker, deadline, counting);
        List<MastField> fields = page.fields();
        int pages = page.paging().map(Paging::pagesFiltered).orElse(1);
        for (int n = 2; n <= pages; n++) {
            page = fetchPage(query, n, cacheBreaker, deadline, counting);
            if (fields.isEmpty()) {
                fields = page.fields();
            }
        }
        LOG.debug("{}: {} rows in {} page(s)", query.service(), count[0], Math.max(1, pages));
        return new MastResponse(page.status(), page.msg(), fields, List.of(), page.paging());
    }

    private MastResponse fetchPage(MastQuery query, int page, String cacheBreaker, long deadline,
                                   Consumer<MastRow> rows) throws IOException, InterruptedException {
        Request request = Request.postForm(invokeUrl, query.formBody(options.pageSize(), page, cacheBreaker))
                .withHeader("Accept", "text/plain")
                .withHeader("User-Agent", userAgent);
        int transientErrors = 0;
        while (true) {
            if (System.nanoTime() - deadline > 0) {
                throw new MastTimeoutException(invokeUrl, query.service(), queryDeadline);
            }
            Response<byte[]> r = sendWithCookies(request);
            if (!r.isSuccess()) {
                throw HttpStatusException.of(invokeUrl, r);
            }
            MastResponse parsed;
            try {
                // rows of EXECUTING and ERROR answers are empty: only a final answer delivers any
                parsed = MastResponses.parse(r.body(), rows);
            } catch (IOException e) {
                throw new MalformedResponseException(invokeUrl, query.service() + ": " + e.getMessage(), e);
            }
            switch (parsed.status()) {
                case EXECUTING -> {
                    LOG.debug("{} page {} still executing; polling again", query.service(), page);
                    pause(deadline);
                }
                case ERROR -> {
                    String msg = parsed.msg().isBlank() ? DEFAULT_ERROR : parsed.msg();
                    if (isTransient(msg) && transientErrors++ < options.transientErrorRetries()) {
                        LOG.debug("MAST {}: transient error '{}'; trying again", query.service(), msg);
                        pause(deadline);
                    } else {
                        throw new MastServiceException(invokeUrl, query.service(), msg);
                    }
                }
                default -> {
                    return parsed;
                }
            }
        }
    }

    private void pause(long deadline) throws InterruptedException {
        long left = deadline - System.nanoTime();
        long wait = Math.min(options.pollInterval().toNanos(), Math.max(0, left));
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    /** MAST's documented transient failure during heavy use (stella #11). */
    private static boolean isTransient(String msg) {
        return msg.toLowerCase(Locale.ROOT).contains("kill state");
    }

    private Map<String, CloudPath> pathLookupChunk(List<String> uris) throws IOException, InterruptedException {
        StringBuilder q = new StringBuilder();
        for (String u : uris) {
            q.append(q.length() == 0 ? "?" : "&").append("uri=").append(PercentEncoding.encode(u));
        }
        q.append("&use_cloud_path=True");
        URI url = URI.create(pathLookupUrl + q.toString());
        Request request = Request.get(url)
                .withHeader("Accept", "text/plain")
                .withHeader("User-Agent", userAgent);
        Response<byte[]> r = sendWithCookies(request);
        if (!r.isSuccess()) {
            throw HttpStatusException.of(url, r);
        }
        try {
            return parsePathLookup(r.body(), uris);
        } catch (IOException e) {
            throw new MalformedResponseException(url, "path_lookup: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a {@code path_lookup} answer (an object keyed by each URI as sent) for the URIs asked. A URI the
     * answer lacks, with a non-200 {@code status_code}, or with a null {@code path} is not in the cloud.
     */
    public static Map<String, CloudPath> parsePathLookup(byte[] body, Collection<String> asked) throws IOException {
        Map<String, CloudPath> answered = new LinkedHashMap<>();
        try (JsonParser p = MastResponses.JSON.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("expected a JSON object keyed by data URI");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String uri = p.currentName();
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    p.skipChildren();
                    continue;
                }
                int status = 404;
                String path = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    JsonToken v = p.nextToken();
                    if (key.equals("status_code") && v.isScalarValue() && v != JsonToken.VALUE_NULL) {
                        status = parseIntOr(p.getText(), 404);
                    } else if (key.equals("path") && v == JsonToken.VALUE_STRING) {
                        path = p.getText();
                    } else {
                        p.skipChildren();
                    }
                }
                answered.put(uri, new CloudPath(uri, status, status == 200 ? Optional.ofNullable(path) : Optional.empty()));
            }
        }
        Map<String, CloudPath> out = new LinkedHashMap<>();
        for (String uri : asked) {
            out.put(uri, answered.getOrDefault(uri, new CloudPath(uri, 404, Optional.empty())));
        }
        return out;
    }

    private static int parseIntOr(String s, int fallback) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private Response<byte[]> sendWithCookies(Request request) throws IOException, InterruptedException {
        Request withCookies = request;
        Map<String, List<String>> stored = cookies.get(request.uri(), Map.of());
        List<String> values = stored.getOrDefault("Cookie", List.of());
        if (!values.isEmpty()) {
            withCookies = request.replacingHeader("Cookie", String.join("; ", values));
        }
        Response<byte[]> r = http.send(withCookies, BodyHandlers.ofByteArray());
        cookies.put(request.uri(), r.headers().map());
        return r;
    }

    /** Runs an observation query, turning each row into an {@link Observation} as it is read. */
    private List<Observation> observations(MastQuery query) throws IOException, InterruptedException {
        List<Observation> out = new ArrayList<>();
        invoke(query, row -> Observation.fromRow(row).ifPresent(out::add));
        return out;
    }
}
