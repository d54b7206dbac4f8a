package radio.archive.mast;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One row of a MAST table, keyed by column name, every value kept as the text that arrived (a JSON number's
 * literal, a string's content, {@code null} for JSON null). Typed reads are lenient in the ways MAST needs:
 * numbers sent as strings and strings holding numbers both parse, integer columns treat {@code -999} as unset,
 * a column the row lacks reads as absent. Immutable.
 */
public final class MastRow {
    /** MAST's sentinel for an unset integer (e.g. Kepler's {@code sequence_number}). */
    public static final long UNSET = -999;

    private final Map<String, String> values;

    public MastRow(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Column names in the order they arrived. */
    public Set<String> columns() {
        return values.keySet();
    }

    public boolean has(String column) {
        return values.containsKey(column);
    }

    /** The raw text, empty when the column is absent or null. An empty string stays an empty string. */
    public Optional<String> raw(String column) {
        return Optional.ofNullable(values.get(column));
    }

    /** Non-blank text, empty when absent, null or blank. */
    public Optional<String> text(String column) {
        String v = values.get(column);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
    }

    /**
     * An integer column: absent, null, blank, unparseable, non-integral or {@code -999} → empty. Values beyond
     * 2^31 (obsids) are fine; {@code "1800.0"} reads as 1800.
     */
    public OptionalLong integer(String column) {
        Optional<String> t = text(column);
        if (t.isEmpty()) {
            return OptionalLong.empty();
        }
        String s = t.get().strip();
        long v;
        try {
            v = Long.parseLong(s);
        } catch (NumberFormatException e) {
            try {
                double d = Double.parseDouble(s);
                if (Double.isNaN(d) || Double.isInfinite(d) || d != Math.rint(d) || Math.abs(d) > 9.0e15) {
                    return OptionalLong.empty();
                }
                v = (long) d;
            } catch (NumberFormatException e2) {
                return OptionalLong.empty();
            }
        }
        return v == UNSET ? OptionalLong.empty() : OptionalLong.of(v);
    }

    /** A floating-point column: absent, null, blank, unparseable or NaN → empty. */
    public OptionalDouble real(String column) {
        Optional<String> t = text(column);
        if (t.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            double d = Double.parseDouble(t.get().strip());
            return Double.isNaN(d) ? OptionalDouble.empty() : OptionalDouble.of(d);
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** A boolean column ({@code true}/{@code false}, any case, or 1/0). */
    public Optional<Boolean> bool(String column) {
        Optional<String> t = text(column);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        String s = t.get().strip();
        if (s.equalsIgnoreCase("true") || s.equals("1")) {
            return Optional.of(true);
        }
        if (s.equalsIgnoreCase("false") || s.equals("0")) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "MastRow" + values;
    }
}
