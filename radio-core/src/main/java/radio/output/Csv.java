package radio.output;

import java.util.List;
import java.util.stream.Collectors;

/** CSV as radio writes it everywhere (RFC 4180): a field is quoted, quotes doubled, only when it needs to be. */
public final class Csv {
    private Csv() {
    }

    /** The fields joined by commas, without a line end; a null field is empty. */
    public static String line(List<String> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(","));
    }

    /** One field: quoted only when it holds a comma, a quote or a line break. */
    public static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
