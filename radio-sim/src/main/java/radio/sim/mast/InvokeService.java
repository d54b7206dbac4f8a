package radio.sim.mast;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import radio.sim.catalogue.Catalogue;
import radio.sim.catalogue.Mission;
import radio.sim.catalogue.Observation;
import radio.sim.catalogue.Product;
import radio.sim.server.Endpoint;
import radio.sim.server.Fault;
import radio.sim.server.Json;
import radio.sim.server.Reply;
import radio.sim.server.Request;
import radio.sim.server.Service;

/**
 * MAST's portal API, {@code /api/v0/invoke} (mast-api.md section 2): the request document arrives as the form
 * field {@code request} (POST body or GET query), the answer is the {@code status/msg/data/fields/paging} JSON
 * document, chunked, with the headers and session cookies of the real service. Services:
 * {@code Mast.Caom.Filtered}, {@code Mast.Caom.Filtered.Position}, {@code Mast.Caom.Cone},
 * {@code Mast.Caom.Products}, {@code Mast.Name.Lookup}. Anything else, and bad parameters, give
 * {@code {"status" : "ERROR","msg" : ...}} with HTTP 200.
 *
 * <p>Rows are generated and written one at a time; only matching rows of the requested page are written, so
 * memory does not grow with the catalogue. Positional results are ordered by distance.
 *
 * <p>With {@link #setExecutingPolls(int) executing polls} set to n, every distinct request document is first
 * answered n times with {@code "status" : "EXECUTING"}. Thread-safe.
 */
public final class InvokeService implements Service {
    /** The message of an injected {@link Fault#ERROR_STATUS} (reported by users during heavy MAST load). */
    public static final String TRANSIENT_ERROR =
            "Cannot continue the execution because the session is in the kill state.";
    private static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private final ObjectMapper json = new ObjectMapper();
    private final Catalogue catalogue;
    private final Resolver resolver;
    private final Map<String, AtomicInteger> polls = new ConcurrentHashMap<>();
    private final AtomicLong sessions = new AtomicLong();
    private volatile int executingPolls;

    public InvokeService(Catalogue catalogue) {
        this.catalogue = catalogue;
        this.resolver = new Resolver(catalogue);
    }

    /** Answer each distinct request document {@code n} times with {@code EXECUTING} before the result. */
    public void setExecutingPolls(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("executing polls must be >= 0: " + n);
        }
        executingPolls = n;
        polls.clear();
    }

    @Override
    public Endpoint classify(Request request) {
        return Endpoint.INVOKE;
    }

    @Override
    public void handle(Request request, Reply reply) throws IOException {
        reply.header("Server", "nginx/1.20.1");
        reply.header("X-Powered-By", "ASP.NET");
        sessionCookies(request, reply);
        String text = request.param("request").orElse(null);
        if (text == null) {
            error(reply, "Missing required parameter 'request'.");
            return;
        }
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JsonProcessingException e) {
            error(reply, "Could not parse request: " + e.getOriginalMessage());
            return;
        }
        if (root == null || !root.isObject()) {
            error(reply, "Could not parse request: the request must be a JSON object.");
            return;
        }
        try {
            int pageSize = positiveInt(root, "pagesize", 1000);
            int page = positiveInt(root, "page", 1);
            if (executingPolls > 0 && polls.computeIfAbsent(text, k -> new AtomicInteger()).incrementAndGet()
                    <= executingPolls) {
                executing(reply, page, pageSize);
                return;
            }
            if (reply.fault().orElse(null) == Fault.ERROR_STATUS) {
                error(reply, TRANSIENT_ERROR);
                return;
            }
            String service = root.path("service").asText("");
            JsonNode params = root.path("params");
            String format = root.path("format").asText("extjs");
            switch (service) {
                case "Mast.Name.Lookup" -> nameLookup(params, reply);
                case "Mast.Caom.Filtered", "Mast.Caom.Filtered.Position", "Mast.Caom.Cone" -> {
                    requireJson(format);
                    observations(service, params, page, pageSize, reply);
                }
                case "Mast.Caom.Products" -> {
                    requireJson(format);
                    products(params, page, pageSize, reply);
                }
                default -> throw new MastRequestException(service.isEmpty()
                        ? "Missing required field 'service'." : "Unknown service: " + service);
            }
        } catch (MastRequestException e) {
            error(reply, e.getMessage());
        }
    }

    private static void requireJson(String format) throws MastRequestException {
        if (!"json".equalsIgnoreCase(format)) {
            throw new MastRequestException("Output format '" + format + "' is not available from the simulated "
                    + "archive; send \"format\": \"json\".");
        }
    }

    private static int positiveInt(JsonNode root, String field, int fallback) throws MastRequestException {
        JsonNode n = root.path(field);
        if (n.isMissingNode() || n.isNull()) {
            return fallback;
        }
        try {
            int value = n.isNumber() ? n.asInt() : Integer.parseInt(n.asText().trim());
            if (value < 1) {
                throw new MastRequestException("Field '" + field + "' must be a positive integer: " + n);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new MastRequestException("Field '" + field + "' must be a positive integer: " + n);
        }
    }

    private void sessionCookies(Request request, Reply reply) {
        if (request.cookie("STROUTE").isEmpty()) {
            long n = sessions.incrementAndGet();
            reply.header("Set-Cookie", "STROUTE=" + (n % 2 == 0 ? "dR5BnXoUVk0mI1pNbSXd1Q$$" : "x3BDrz2yS0D3Pw2PRb8Bdg$$")
                    + "; path=/");
            reply.header("Set-Cookie", "MAST_Session=Id=" + new UUID(0x5E5510A5L, n) + "; path=/; HttpOnly");
        }
    }

    // ------------------------------------------------------------------ observation queries

    private void observations(String service, JsonNode params, int page, int pageSize, Reply reply)
            throws MastRequestException, IOException {
        boolean position = service.equals("Mast.Caom.Filtered.Position");
        boolean cone = service.equals("Mast.Caom.Cone");
        List<ObservationColumn> offered = position ? ObservationColumn.POSITION
                : cone ? ObservationColumn.CONE : ObservationColumn.STANDARD;
        String columnsText = params.path("columns").asText("*").trim();
        boolean count = columnsText.replace(" ", "").equalsIgnoreCase("COUNT_BIG(*)");
        List<ObservationColumn> columns = count ? List.of() : columns(columnsText, offered);
        List<CaomFilter> filters = cone ? List.of() : CaomFilter.parseAll(params.path("filters"), offered);

        Stream<Row> rows;
        if (position || cone) {
            double[] circle = position ? positionString(params.path("position")) : coneParams(params);
            rows = near(circle[0], circle[1], circle[2]);
        } else {
            rows = candidates(filters).map(o -> new Row(o, null));
        }
        Stream<Row> matching = rows.filter(r -> filters.stream().allMatch(f -> f.matches(r.observation, r.distance)));
        if (count) {
            writeCount(reply, matching.count(), pageSize);
            return;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (ObservationColumn c : columns) {
            fields.put(c.name, c.type);
        }
        long first = (long) (page - 1) * pageSize;
        try (Writer out = reply.chunked(200, CONTENT_TYPE)) {
            out.write("{\"status\" : \"COMPLETE\",\"msg\" : \"\",\"data\":[");
            long[] n = {0, 0};
            matching.forEach(r -> {
                long index = n[0]++;
                if (index >= first && index < first + pageSize) {
                    StringBuilder row = new StringBuilder(1500);
                    row.append(n[1]++ == 0 ? "{" : ",{");
                    for (int i = 0; i < columns.size(); i++) {
                        ObservationColumn c = columns.get(i);
                        if (i > 0) {
                            row.append(',');
                        }
                        Json.string(row, c.name).append(':');
                        Json.value(row, c.value(r.observation, r.distance));
                    }
                    row.append('}');
                    write(out, row);
                }
            });
            out.write("],");
            out.write(fieldsAndPaging(fields, page, pageSize, n[1], n[0]));
        }
    }

    private record Row(Observation observation, Double distance) {
    }

    /**
     * The observations a criteria query can match: a target-name filter narrows the scan to those targets, a
     * {@code project}/{@code obs_collection} filter to those missions.
     */
    private Stream<Observation> candidates(List<CaomFilter> filters) {
        Set<Mission> missions = EnumSet.allOf(Mission.class);
        for (CaomFilter f : filters) {
            List<String> names = f.exactTargetNames();
            if (names != null) {
                return names.stream().distinct()
                        .flatMap(n -> catalogue.targetByTargetName(n.trim()).stream())
                        .flatMap(t -> catalogue.observations(t).stream());
            }
            Set<Mission> only = f.missions();
            if (only != null) {
                missions.retainAll(only);
            }
        }
        return catalogue.allObservations(missions);
    }

    private Stream<Row> near(double ra, double dec, double radius) {
        List<Row> rows = new ArrayList<>();
        for (Observation o : catalogue.observationsNear(ra, dec, radius)) {
            double distance = o.footprint().contains(ra, dec) ? 0.0 : o.footprint().separation(ra, dec) * 3600;
            rows.add(new Row(o, distance));
        }
        rows.sort(Comparator.comparingDouble(Row::distance));
        return rows.stream();
    }

    private static double[] positionString(JsonNode position) throws MastRequestException {
        String text = position.asText("");
        String[] parts = text.split(",");
        if (parts.length != 3) {
            throw new MastRequestException("Parameter 'position' must be \"ra, dec, radius\" in degrees: '" + text + "'");
        }
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            try {
                out[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new MastRequestException("Parameter 'position' must be \"ra, dec, radius\" in degrees: '"
                        + text + "'");
            }
        }
        return checkCircle(out);
    }

    private static double[] coneParams(JsonNode params) throws MastRequestException {
        double[] out = new double[3];
        String[] names = {"ra", "dec", "radius"};
        for (int i = 0; i < 3; i++) {
            JsonNode n = params.path(names[i]);
            try {
                if (n.isMissingNode() || n.isNull()) {
                    throw new NumberFormatException();
                }
                out[i] = n.isNumber() ? n.asDouble() : Double.parseDouble(n.asText().trim());
            } catch (NumberFormatException e) {
                throw new MastRequestException("Parameter '" + names[i] + "' must be a number (degrees): " + n);
            }
        }
        return checkCircle(out);
    }

    private static double[] checkCircle(double[] c) throws MastRequestException {
        if (!(c[1] >= -90 && c[1] <= 90) || !(c[2] >= 0) || !Double.isFinite(c[0])) {
            throw new MastRequestException("Invalid position: ra " + c[0] + ", dec " + c[1] + ", radius " + c[2]);
        }
        return c;
    }

    private static List<ObservationColumn> columns(String text, List<ObservationColumn> offered)
            throws MastRequestException {
        if (text.isEmpty() || text.equals("*")) {
            return offered;
        }
        List<ObservationColumn> out = new ArrayList<>();
        for (String name : text.split(",")) {
            out.add(ObservationColumn.find(name, offered)
                    .orElseThrow(() -> new MastRequestException("Column '" + name.trim() + "' does not exist.")));
        }
        return out;
    }

    // ------------------------------------------------------------------ products

    private void products(JsonNode params, int page, int pageSize, Reply reply)
            throws MastRequestException, IOException {
        List<Long> obsids = obsids(params.path("obsid"));
        Map<String, String> fields = new LinkedHashMap<>();
        for (ProductColumn c : ProductColumn.ALL) {
            fields.put(c.name, c.type);
        }
        long first = (long) (page - 1) * pageSize;
        long index = 0;
        long written = 0;
        try (Writer out = reply.chunked(200, CONTENT_TYPE)) {
            out.write("{\"status\" : \"COMPLETE\",\"msg\" : \"\",\"data\":[");
            // The recorded response lists the observations' products in the reverse of the request order.
            for (int i = obsids.size() - 1; i >= 0; i--) {
                for (Observation o : catalogue.observation(obsids.get(i)).stream().toList()) {
                    for (Product p : catalogue.products(o)) {
                        if (index >= first && index < first + pageSize) {
                            StringBuilder row = new StringBuilder(900);
                            row.append(written++ == 0 ? "{" : ",{");
                            for (int k = 0; k < ProductColumn.ALL.size(); k++) {
                                ProductColumn c = ProductColumn.ALL.get(k);
                                if (k > 0) {
                                    row.append(',');
                                }
                                Json.string(row, c.name).append(':');
                                Json.value(row, c.accessor.apply(p));
                            }
                            row.append('}');
                            write(out, row);
                        }
                        index++;
                    }
                }
            }
            out.write("],");
            out.write(fieldsAndPaging(fields, page, pageSize, written, index));
        }
    }

    private static List<Long> obsids(JsonNode node) throws MastRequestException {
        List<String> texts = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> texts.add(n.asText()));
        } else if (!node.isMissingNode() && !node.isNull()) {
            for (String s : node.asText().split(",")) {
                texts.add(s);
            }
        }
        List<Long> out = new ArrayList<>();
        for (String s : texts) {
            if (s.isBlank()) {
                continue;
            }
            try {
                out.add(Long.parseLong(s.trim()));
            } catch (NumberFormatException e) {
                throw new MastRequestException("Parameter 'obsid' must be a comma-separated list of obsids: '"
                        + s.trim() + "' is not one.");
            }
        }
        if (out.isEmpty()) {
            throw new MastRequestException("Missing required parameter 'obsid'.");
        }
        return out;
    }

    // ------------------------------------------------------------------ name lookup

    private void nameLookup(JsonNode params, Reply reply) throws MastRequestException, IOException {
        String input = params.path("input").asText("");
        if (input.isBlank()) {
            throw new MastRequestException("Missing required parameter 'input'.");
        }
        StringBuilder body = new StringBuilder("{\"resolvedCoordinate\":[");
        List<Resolver.Resolved> found = resolver.resolve(input, List.of(), false);
        for (int i = 0; i < found.size(); i++) {
            if (i > 0) {
                body.append(',');
            }
            ResolverService.append(body, found.get(i));
        }
        body.append("],\"status\":\"\"}");
        try (Writer out = reply.chunked(200, CONTENT_TYPE)) {
            write(out, body);
        }
    }

    // ------------------------------------------------------------------ documents

    private static void executing(Reply reply, int page, int pageSize) throws IOException {
        try (Writer out = reply.chunked(200, CONTENT_TYPE)) {
            out.write("{\"status\" : \"EXECUTING\",\"msg\" : \"\",\"data\":[],\"fields\":[],\"paging\":{\"page\":"
                    + page + ",\"pageSize\":" + pageSize + ",\"pagesFiltered\":0,\"rows\":0,\"rowsFiltered\":0,"
                    + "\"rowsTotal\":0,\"percent complete\":50}}");
        }
    }

    private static void error(Reply reply, String message) throws IOException {
        try (Writer out = reply.chunked(200, CONTENT_TYPE)) {
            out.write("{\"status\" : \"ERROR\",\"msg\" : " + Json.quote(message) + "}");
        }
    }

    private static void writeCount(Reply reply, long count, int pageSize) throws IOException {
        try (Writer out = reply.chunked(200, CONTENT_TYPE)) {
            out.write("{\"status\" : \"COMPLETE\",\"msg\" : \"\",\"data\":[{\"Column1\":" + count + "}],");
            out.write(fieldsAndPaging(Map.of("Column1", "string"), 1, pageSize, 1, 1));
        }
    }

    private static String fieldsAndPaging(Map<String, String> fields, int page, int pageSize, long rows,
                                          long rowsFiltered) {
        StringBuilder s = new StringBuilder("\"fields\":[");
        int i = 0;
        for (Map.Entry<String, String> f : fields.entrySet()) {
            if (i++ > 0) {
                s.append(',');
            }
            s.append("{\"name\":");
            Json.string(s, f.getKey()).append(",\"type\":");
            Json.string(s, f.getValue()).append('}');
        }
        long pages = Math.max(1, (rowsFiltered + pageSize - 1) / pageSize);
        s.append("],\"paging\":{\"page\":").append(page).append(",\"pageSize\":").append(pageSize)
                .append(",\"pagesFiltered\":").append(pages).append(",\"rows\":").append(rows)
                .append(",\"rowsFiltered\":").append(rowsFiltered).append(",\"rowsTotal\":").append(rowsFiltered)
                .append("}}");
        return s.toString();
    }

    private static void write(Writer out, CharSequence text) {
        try {
            out.append(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
