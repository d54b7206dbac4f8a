package radio.sim.catalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Allocation-light number formatting for generated rows (String.format is too slow for millions of rows). */
final class Text {
    private Text() {
    }

    /** {@code value} zero-padded to {@code width} digits. */
    static String pad(long value, int width) {
        String digits = Long.toString(value);
        if (digits.length() >= width) {
            return digits;
        }
        return "0".repeat(width - digits.length()) + digits;
    }

    /** Fixed-point text with exactly {@code decimals} decimals, half-up. */
    static String fixed(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }
}
