package radio.sim.server;

/** Minimal JSON text output for hand-streamed documents (field order and number forms under our control). */
public final class Json {
    private Json() {
    }

    /** Appends a JSON value: null, string, boolean, integral or floating number (NaN/infinite become null). */
    public static StringBuilder value(StringBuilder out, Object value) {
        if (value == null) {
            return out.append("null");
        }
        if (value instanceof String s) {
            return string(out, s);
        }
        if (value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof Short || value instanceof Byte) {
            return out.append(value);
        }
        if (value instanceof Number n) {
            return number(out, n.doubleValue());
        }
        return string(out, value.toString());
    }

    /**
     * Appends a floating-point number the way .NET and most servers print it: shortest round-trip digits, never
     * exponent notation for ordinary magnitudes ({@code 0.000333}, not {@code 3.33E-4}); NaN and infinities
     * become null.
     */
    public static StringBuilder number(StringBuilder out, double d) {
        if (!Double.isFinite(d)) {
            return out.append("null");
        }
        double a = Math.abs(d);
        if (a == 0 || (a >= 1e-3 && a < 1e7)) {
            return out.append(d);
        }
        return out.append(java.math.BigDecimal.valueOf(d).toPlainString());
    }

    /** Appends a quoted, escaped JSON string. */
    public static StringBuilder string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    /** A quoted, escaped JSON string. */
    public static String quote(String s) {
        return string(new StringBuilder(s.length() + 2), s).toString();
    }
}
