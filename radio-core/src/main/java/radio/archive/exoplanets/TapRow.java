package radio.archive.exoplanets;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One result row. Values are {@code String} (text), {@link BigDecimal} (a number, scale as published),
 * {@code Boolean}, or {@code null} (missing). Whether a value is text or number depends on what the format
 * reveals: JSON and VOTable say so; CSV quotes text; TSV does not, so every TSV value is text. Immutable.
 */
public final class TapRow {
    private final List<String> columns;
    private final Object[] values;

    TapRow(List<String> columns, Object[] values) {
        this.columns = columns;
        this.values = values.clone();
    }

    public List<String> columns() {
        return columns;
    }

    /** The value of a column (case-insensitive name), or {@code null} when missing or unknown. */
    public Object get(String column) {
        int i = index(column);
        return i < 0 || i >= values.length ? null : values[i];
    }

    public Object get(int index) {
        return index < values.length ? values[index] : null;
    }

    /** The value as text (numbers in their published form); empty when missing or blank. */
    public Optional<String> text(String column) {
        return asText(get(column));
    }

    public Optional<String> text(int index) {
        return asText(get(index));
    }

    /** The value as a number, also when it arrived as numeric text; empty when missing or not a number. */
    public OptionalDouble number(String column) {
        Object v = get(column);
        if (v instanceof BigDecimal b) {
            return OptionalDouble.of(b.doubleValue());
        }
        if (v instanceof String s) {
            try {
                return OptionalDouble.of(Double.parseDouble(s.strip()));
            } catch (NumberFormatException e) {
                return OptionalDouble.empty();
            }
        }
        return OptionalDouble.empty();
    }

    private static Optional<String> asText(Object v) {
        if (v == null) {
            return Optional.empty();
        }
        String s = v instanceof BigDecimal b ? b.toString() : v.toString();
        return s.isBlank() ? Optional.empty() : Optional.of(s);
    }

    private int index(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).equalsIgnoreCase(column)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TapRow r && columns.equals(r.columns) && Arrays.equals(values, r.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(columns, Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("TapRow{");
        for (int i = 0; i < columns.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(columns.get(i)).append('=').append(get(i));
        }
        return sb.append('}').toString();
    }
}
