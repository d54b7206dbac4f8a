package radio.archive.exoplanets;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * TAP JSON: a top-level array of flat objects. Columns are the keys of the first object; a later object's
 * missing key reads as null and an unknown key is ignored. Strings stay text, numbers become BigDecimal.
 */
final class JsonSource implements TapRows.Source {
    private static final JsonFactory JSON = new JsonFactory();

    private final JsonParser parser;
    private final List<String> columns = new ArrayList<>();
    private Map<String, Object> pending;

    JsonSource(InputStream in) throws IOException {
        parser = JSON.createParser(in);
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            throw new IOException("expected a JSON array of rows");
        }
        pending = readObject();
        if (pending != null) {
            columns.addAll(pending.keySet());
        }
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public Object[] nextValues() throws IOException {
        Map<String, Object> obj = pending != null ? pending : readObject();
        pending = null;
        if (obj == null) {
            return null;
        }
        Object[] v = new Object[columns.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = obj.get(columns.get(i));
        }
        return v;
    }

    private Map<String, Object> readObject() throws IOException {
        JsonToken t = parser.nextToken();
        if (t == null || t == JsonToken.END_ARRAY) {
            return null;
        }
        if (t != JsonToken.START_OBJECT) {
            throw new IOException("expected a row object, found " + t);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName().toLowerCase(java.util.Locale.ROOT);
            JsonToken v = parser.nextToken();
            Object value = switch (v) {
                case VALUE_STRING -> parser.getText();
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                case VALUE_NULL -> null;
                default -> {
                    parser.skipChildren();
                    yield null;
                }
            };
            m.put(key, value);
        }
        return m;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
