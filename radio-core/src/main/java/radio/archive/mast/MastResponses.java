package radio.archive.mast;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads MAST's JSON answers ({@code format: json}) in one streaming pass, keeping every value's text as it
 * arrived. Unknown top-level members are skipped; nested values inside a row are kept as their JSON text;
 * the always-null {@code _selected_} column of old responses is dropped.
 *
 * <p>Uses Jackson's streaming parser only (not the data-binding layer), which keeps a short command's start-up
 * cheap.
 */
public final class MastResponses {
    static final JsonFactory JSON = new JsonFactory();

    private MastResponses() {
    }

    /**
     * Parses an {@code invoke}, name-lookup or SANTA answer.
     *
     * @throws IOException when the body is not a JSON object of that shape
     */
    public static MastResponse parse(byte[] body) throws IOException {
        List<MastRow> rows = new ArrayList<>();
        MastResponse header = parse(body, rows::add);
        return new MastResponse(header.status(), header.msg(), header.fields(), rows, header.paging());
    }

    /**
     * Parses an answer, handing each row to {@code rows} as soon as it is read instead of collecting them, so a
     * caller can turn rows into records (and drop unwanted ones) while the answer is read. The returned response
     * carries status, message, fields and paging, and no rows. On a parse error some rows may already have
     * been delivered.
     *
     * @throws IOException when the body is not a JSON object of that shape
     */
    public static MastResponse parse(byte[] body, Consumer<MastRow> rows) throws IOException {
        try (JsonParser p = JSON.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("expected a JSON object, found " + p.currentToken());
            }
            String status = null;
            String msg = "";
            List<MastField> fields = new ArrayList<>();
            Paging paging = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                switch (name) {
                    case "status" -> status = t == JsonToken.VALUE_NULL ? null : p.getText();
                    case "msg" -> msg = t == JsonToken.VALUE_NULL ? "" : p.getText();
                    case "data", "resolvedCoordinate" -> {
                        if (t == JsonToken.START_ARRAY) {
                            readRows(p, rows);
                        } else {
                            p.skipChildren();
                        }
                    }
                    case "fields" -> readFields(p, t, fields);
                    case "paging" -> paging = readPaging(p, t);
                    default -> p.skipChildren();
                }
            }
            return new MastResponse(MastStatus.of(status), msg, fields, List.of(), Optional.ofNullable(paging));
        }
    }

    private static void readRows(JsonParser p, Consumer<MastRow> rows) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
                throw new IOException("expected row objects in data, found " + t);
            }
            Map<String, String> row = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String col = p.currentName();
                JsonToken v = p.nextToken();
                String text;
                if (v == JsonToken.VALUE_NULL) {
                    text = null;
                } else if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
                    text = copy(p);
                } else {
                    text = p.getText();
                }
                if (!col.equals("_selected_")) {
                    row.put(col, text);
                }
            }
            rows.accept(new MastRow(row));
        }
    }

    private static String copy(JsonParser p) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.copyCurrentStructure(p);
        }
        return w.toString();
    }

    private static void readFields(JsonParser p, JsonToken t, List<MastField> fields) throws IOException {
        if (t != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        JsonToken e;
        while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
            if (e != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            String name = "";
            String type = "";
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken v = p.nextToken();
                if (v.isScalarValue() && v != JsonToken.VALUE_NULL && key.equals("name")) {
                    name = p.getText();
                } else if (v.isScalarValue() && v != JsonToken.VALUE_NULL && key.equals("type")) {
                    type = p.getText();
                } else {
                    p.skipChildren();
                }
            }
            if (!name.isEmpty() && !name.equals("_selected_")) {
                fields.add(new MastField(name, type));
            }
        }
    }

    private static Paging readPaging(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        Map<String, Integer> n = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken v = p.nextToken();
            if (v == JsonToken.VALUE_NUMBER_INT) {
                n.put(key, p.getIntValue());
            } else if (v == JsonToken.VALUE_STRING) {
                try {
                    n.put(key, Integer.parseInt(p.getText().strip()));
                } catch (NumberFormatException e) {
                    // an unreadable count is treated as absent
                }
            } else {
                p.skipChildren();
            }
        }
        return new Paging(n.getOrDefault("page", 1), n.getOrDefault("pageSize", 0), n.getOrDefault("pagesFiltered", 1),
                n.getOrDefault("rows", 0), n.getOrDefault("rowsFiltered", 0), n.getOrDefault("rowsTotal", 0));
    }

    /**
     * The mission ({@code obs_collection}) names in a {@code Mast.Caom.All} answer ({@code format: extjs}),
     * read from the column's facet histogram, in the order MAST lists them; empty keys skipped.
     */
    public static List<String> missions(byte[] extjsBody) throws IOException {
        JsonNode root = new ObjectMapper().readTree(extjsBody);
        List<String> out = new ArrayList<>();
        for (JsonNode table : root.path("data").path("Tables")) {
            for (JsonNode col : table.path("Columns")) {
                if (!"obs_collection".equals(col.path("dataIndex").asText())) {
                    continue;
                }
                for (JsonNode h : col.path("ExtendedProperties").path("histObj").path("hist")) {
                    String key = h.path("key").asText("");
                    if (!key.isEmpty() && !out.contains(key)) {
                        out.add(key);
                    }
                }
            }
        }
        if (out.isEmpty()) {
            throw new IOException("no obs_collection histogram in the extjs answer");
        }
        return out;
    }
}
