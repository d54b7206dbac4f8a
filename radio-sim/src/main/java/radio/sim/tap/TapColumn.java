package radio.sim.tap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A column of a simulated archive table.
 *
 * @param name         lower-case column name
 * @param type         value type
 * @param decimals     digits after the point when printing a {@link Type#DOUBLE} (the archive prints each
 *                     column with a fixed format)
 * @param unit         unit, or empty
 * @param description  one-line description
 */
record TapColumn(String name, Type type, int decimals, String unit, String description) {

    /** Column value types and their VOTable datatypes. */
    enum Type {
        TEXT("char"), LONG("long"), DOUBLE("double");

        final String votable;

        Type(String votable) {
            this.votable = votable;
        }
    }

    TapColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(description, "description");
    }

    static TapColumn text(String name, String description) {
        return new TapColumn(name, Type.TEXT, 0, "", description);
    }

    static TapColumn integer(String name, String description) {
        return new TapColumn(name, Type.LONG, 0, "", description);
    }

    static TapColumn real(String name, int decimals, String unit, String description) {
        return new TapColumn(name, Type.DOUBLE, decimals, unit, description);
    }

    /** The value as the archive prints it (numbers with the column's fixed decimals); null stays null. */
    String print(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Double d) {
            if (!Double.isFinite(d)) {
                return null;
            }
            return type == Type.DOUBLE && decimals > 0
                    ? BigDecimal.valueOf(d).setScale(decimals, RoundingMode.HALF_UP).toPlainString()
                    : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }
}
