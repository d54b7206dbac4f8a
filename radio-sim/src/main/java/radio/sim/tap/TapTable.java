package radio.sim.tap;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An in-memory table: columns and rows (each row an {@code Object[]} of String, Long, Double or null, in column
 * order). Immutable after construction.
 *
 * @param name         table name as listed in TAP_SCHEMA
 * @param description  one line
 * @param columns      columns in {@code select *} order
 * @param rows         rows in database order
 */
record TapTable(String name, String description, List<TapColumn> columns, List<Object[]> rows) {
    TapTable {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (Object[] row : rows) {
            if (row.length != columns.size()) {
                throw new IllegalArgumentException("row of " + row.length + " values in " + name);
            }
        }
    }

    /** Index of a column (case-insensitive), or empty. */
    Optional<Integer> indexOf(String column) {
        String wanted = column.toLowerCase(Locale.ROOT);
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(wanted)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
