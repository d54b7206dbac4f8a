package radio.cli;

import java.math.BigDecimal;

/** Spelling values for text, CSV and tables. */
final class TextFormats {
    private TextFormats() {
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
