package radio.archive.mast;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON exactly as Python's {@code json.dumps} does with its defaults, which is what astroquery sends to
 * MAST: {@code ", "} between items, {@code ": "} between key and value, non-ASCII as {@code \}{@code uXXXX},
 * floats as Python's {@code repr}. Byte-identical requests make recorded fixtures comparable and keep radio's
 * traffic indistinguishable from the best-tested client.
 *
 * <p>Accepts {@code Map} (iteration order kept), {@code List}, {@code String}, {@code Boolean}, integral
 * numbers ({@code Integer}, {@code Long}), {@code Double} and {@code null}.
 */
final class PythonStyleJson {
    private PythonStyleJson() {
    }

    static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            string(sb, s);
        } else if (v instanceof Boolean b) {
            sb.append(b ? "true" : "false");
        } else if (v instanceof Integer || v instanceof Long) {
            sb.append(v);
        } else if (v instanceof Double d) {
            sb.append(repr(d));
        } else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<?, ?> e = it.next();
                string(sb, (String) e.getKey());
                sb.append(": ");
                write(sb, e.getValue());
                if (it.hasNext()) {
                    sb.append(", ");
                }
            }
            sb.append('}');
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                write(sb, l.get(i));
            }
            sb.append(']');
        } else {
            throw new IllegalArgumentException("cannot write " + v.getClass().getName() + " as JSON");
        }
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /**
     * Python's {@code repr(float)}: the shortest decimal that reads back as the same double; fixed notation for
     * decimal exponents −4..15 (always with a fractional part, {@code 1800.0}), otherwise {@code d.ddde±XX} with
     * a lower-case {@code e} and at least two exponent digits ({@code 2.777777777777778e-08}).
     */
    static String repr(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal shortest = shortest(d);
        String digits = shortest.unscaledValue().abs().toString();
        // value = 0.digits × 10^(exp10 + 1) → scientific exponent
        int sciExp = digits.length() - 1 - shortest.scale();
        String sign = d < 0 ? "-" : "";
        if (sciExp >= -5 + 1 && sciExp < 16) {
            String plain = shortest.abs().toPlainString();
            if (!plain.contains(".")) {
                plain = plain + ".0";
            }
            return sign + plain;
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String exp = String.format("%02d", Math.abs(sciExp));
        return sign + mantissa + "e" + (sciExp < 0 ? "-" : "+") + exp;
    }

    /** The fewest significant digits (1..17) that round-trip to {@code d}, trailing zeros stripped. */
    private static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int p = 1; p <= 17; p++) {
            BigDecimal candidate = exact.round(new MathContext(p));
            if (candidate.doubleValue() == d) {
                return candidate.stripTrailingZeros();
            }
        }
        return exact.round(new MathContext(17)).stripTrailingZeros();
    }
}
