package radio.sim.tap;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import radio.sim.catalogue.Catalogue;
import radio.sim.server.Endpoint;
import radio.sim.server.Fault;
import radio.sim.server.Json;
import radio.sim.server.Reply;
import radio.sim.server.Request;
import radio.sim.server.Service;

/**
 * The NASA Exoplanet Archive's synchronous TAP endpoint, {@code GET|POST /TAP/sync} (exoplanet-archive-tap.md
 * section 2): parameters {@code query}, {@code format} (or {@code responseformat}) and {@code maxrec}, names
 * case-insensitive. Formats {@code json}, {@code csv}, {@code tsv} and {@code votable} (the default), written the
 * way the archive writes them (CSV text always quoted and never escaped, numbers bare, nulls empty; JSON an array
 * of flat objects; column names lower-case). Errors come back with HTTP 200: a VOTable with
 * {@code QUERY_STATUS ERROR} for VOTable requests and for a bad {@code format}, otherwise
 * {@code {"status":"error","msg":...}}. Thread-safe.
 */
public final class TapService implements Service {
    /** The message of an injected {@link Fault#ERROR_STATUS}. */
    public static final String TRANSIENT_ERROR = "ORA-03113: end-of-file on communication channel";
    private static final List<String> FORMATS = List.of("votable", "csv", "tsv", "json");

    private final QueryEngine engine;

    public TapService(Catalogue catalogue) {
        this.engine = new QueryEngine(TapTables.build(catalogue));
    }

    @Override
    public Endpoint classify(Request request) {
        return Endpoint.TAP;
    }

    @Override
    public void handle(Request request, Reply reply) throws IOException {
        if (!request.path().equals("/TAP/sync") && !request.path().equals("/TAP/sync/")) {
            reply.sendText(404, "text/plain", "Not Found: only /TAP/sync is simulated\n");
            return;
        }
        String format = request.paramIgnoreCase("format").or(() -> request.paramIgnoreCase("responseformat"))
                .orElse("votable").trim().toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(format)) {
            reply.sendText(200, "text/xml", votableError("Response format(" + format
                    + ") must be: votable, csv, tsv, or json"));
            return;
        }
        String query = request.paramIgnoreCase("query").orElse("").trim();
        if (query.isEmpty()) {
            error(reply, format, "Input 'query' is blank.");
            return;
        }
        if (reply.fault().orElse(null) == Fault.ERROR_STATUS) {
            error(reply, format, TRANSIENT_ERROR);
            return;
        }
        long maxrec;
        try {
            maxrec = request.paramIgnoreCase("maxrec").map(s -> (long) Double.parseDouble(s.trim())).orElse(-1L);
        } catch (NumberFormatException e) {
            error(reply, format, "Parameter maxrec must be a number.");
            return;
        }
        QueryEngine.Result result;
        try {
            result = engine.run(query);
        } catch (TapException e) {
            error(reply, format, e.getMessage());
            return;
        }
        List<Object[]> rows = result.rows();
        boolean overflow = false;
        if (maxrec >= 0 && rows.size() >= maxrec) {
            overflow = maxrec > 0 || !rows.isEmpty();
            rows = rows.subList(0, (int) Math.min(maxrec, rows.size()));
        }
        switch (format) {
            case "json" -> reply.sendText(200, "application/json", json(result.columns(), rows));
            case "csv" -> reply.sendText(200, "text/plain", delimited(result.columns(), rows, ',', true));
            case "tsv" -> reply.sendText(200, "text/plain", delimited(result.columns(), rows, '\t', false));
            default -> reply.sendText(200, "text/xml", votable(result.columns(), rows, overflow));
        }
    }

    private static void error(Reply reply, String format, String message) throws IOException {
        if (format.equals("votable")) {
            reply.sendText(200, "text/xml", votableError(message));
        } else {
            reply.sendText(200, "application/json", "{\n    \"status\": \"error\",\n    \"msg\": "
                    + Json.quote(message) + "\n}\n");
        }
    }

    static String json(List<TapColumn> columns, List<Object[]> rows) {
        StringBuilder out = new StringBuilder("[\n");
        for (int r = 0; r < rows.size(); r++) {
            out.append(r == 0 ? "{" : ",\n{");
            Object[] row = rows.get(r);
            for (int i = 0; i < columns.size(); i++) {
                TapColumn c = columns.get(i);
                if (i > 0) {
                    out.append(',');
                }
                Json.string(out, c.name()).append(':');
                String printed = c.print(row[i]);
                if (printed == null) {
                    out.append("null");
                } else if (row[i] instanceof Number) {
                    out.append(printed);
                } else {
                    Json.string(out, printed);
                }
            }
            out.append('}');
        }
        return out.append("\n]\n").toString();
    }

    /** CSV quotes text verbatim (the archive does not escape embedded quotes); TSV never quotes. */
    static String delimited(List<TapColumn> columns, List<Object[]> rows, char separator, boolean quoteText) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            out.append(columns.get(i).name());
        }
        out.append('\n');
        for (Object[] row : rows) {
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                    out.append(separator);
                }
                String printed = columns.get(i).print(row[i]);
                if (printed != null) {
                    boolean text = !(row[i] instanceof Number);
                    out.append(quoteText && text ? "\"" + printed + "\"" : printed);
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    static String votable(List<TapColumn> columns, List<Object[]> rows, boolean overflow) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<VOTABLE version=\"1.3\" xmlns=\"http://www.ivoa.net/xml/VOTable/v1.3\">\n"
                + "<RESOURCE type=\"results\">\n<INFO name=\"QUERY_STATUS\" value=\""
                + (overflow ? "OVERFLOW" : "OK") + "\"/>\n<TABLE>\n");
        for (TapColumn c : columns) {
            out.append("<FIELD ID=\"").append(xml(c.name())).append("\" name=\"").append(xml(c.name()))
                    .append("\" datatype=\"").append(c.type().votable).append('"');
            if (c.type() == TapColumn.Type.TEXT) {
                out.append(" arraysize=\"*\"");
            }
            if (!c.unit().isEmpty()) {
                out.append(" unit=\"").append(xml(c.unit())).append('"');
            }
            out.append("/>\n");
        }
        out.append("<DATA>\n<TABLEDATA>\n");
        for (Object[] row : rows) {
            out.append("<TR>");
            for (int i = 0; i < columns.size(); i++) {
                String printed = columns.get(i).print(row[i]);
                if (printed == null) {
                    out.append("<TD></TD>");
                } else if (columns.get(i).type() == TapColumn.Type.TEXT) {
                    out.append("<TD><![CDATA[").append(printed.replace("]]>", "]]]]><![CDATA[>")).append("]]></TD>");
                } else {
                    out.append("<TD>").append(printed).append("</TD>");
                }
            }
            out.append("</TR>\n");
        }
        return out.append("</TABLEDATA>\n</DATA>\n</TABLE>\n</RESOURCE>\n</VOTABLE>\n").toString();
    }

    static String votableError(String message) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<VOTABLE version=\"1.4\" xmlns=\"http://www.ivoa.net/xml/VOTable/v1.3\">\n"
                + "<RESOURCE type=\"results\">\n<INFO name=\"QUERY_STATUS\" value=\"ERROR\">\n"
                + xml(message) + "\n</INFO>\n</RESOURCE>\n</VOTABLE>\n";
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
