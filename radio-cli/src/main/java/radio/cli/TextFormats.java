package radio.cli;

import java.math.BigDecimal;

/** Spelling values for CSV, JSON and tables. */
final class TextFormats {
    private TextFormats() {
    }

    /** An RFC 4180 field: quoted (quotes doubled) only when it holds a comma, quote or line break. */
    static String csv(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /** A JSON string literal. */
    static String jsonString(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** A JSON value for a TAP cell: numbers and booleans bare, text quoted, missing as null. */
    static String jsonValue(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof BigDecimal b) {
            return b.toString();
        }
        if (v instanceof Boolean b) {
            return b.toString();
        }
        return jsonString(v.toString());
    }

    /** A number of seconds or bytes without a pointless {@code .0}. */
    static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** Text for a TAP cell in CSV and text output. */
    static String plain(Object v) {
        if (v == null) {
            return "";
        }
        return v instanceof BigDecimal b ? b.toString() : v.toString();
    }
}
