package radio.archive.mast;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One criterion of {@code Mast.Caom.Filtered[.Position]}: values of one filter are ORed, separate filters are
 * ANDed. Discrete columns take strings (numbers as strings); continuous columns take one {@code {min, max}}
 * range. Which columns are which, and which carry a {@code ";"} separator, is fixed here from MAST's
 * {@code Mast.Caom.Cone} column configuration (as astroquery decides from it).
 *
 * <p>A discrete value holding a wildcard ({@code *} or {@code %}) becomes the filter's {@code freeText}, an SQL
 * LIKE pattern with {@code *} written as {@code %}, exactly as astroquery sends it
 * ({@code {"paramName": "obs_id", "values": [], "freeText": "j8pu0b%"}}); MAST takes one pattern per filter.
 *
 * @param paramName CAOM column
 * @param separator the column's list separator, sent when the column has one
 * @param values    strings, or a single {@code Map} with {@code min} and {@code max}
 * @param freeText  a LIKE pattern ({@code %} any run of characters), ORed with the values
 */
public record CaomFilter(String paramName, Optional<String> separator, List<Object> values, Optional<String> freeText) {
    /** Columns MAST treats as continuous: filters on them need a {@code {min, max}} range. */
    public static final Set<String> CONTINUOUS = Set.of("s_ra", "s_dec", "t_min", "t_max", "t_exptime",
            "t_obs_release", "em_min", "em_max", "distance", "srcDen");
    /** Columns with a {@code ";"} list separator in the column configuration. */
    public static final Set<String> SEPARATED = Set.of("obs_collection", "project", "filters", "wavelength_region",
            "target_classification");

    public CaomFilter {
        Objects.requireNonNull(paramName, "paramName");
        Objects.requireNonNull(separator, "separator");
        values = List.copyOf(values);
        Objects.requireNonNull(freeText, "freeText");
    }

    /**
     * A discrete filter: the column equals any of {@code values}; one value with a wildcard ({@code *}, {@code %})
     * becomes the {@code freeText} pattern.
     *
     * @throws IllegalArgumentException for a continuous column, no values, or more than one pattern
     */
    public static CaomFilter anyOf(String column, Collection<String> values) {
        if (CONTINUOUS.contains(column)) {
            throw new IllegalArgumentException(column + " is continuous: filter it with a range");
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException("filter on " + column + " needs at least one value");
        }
        List<Object> exact = new ArrayList<>();
        Optional<String> pattern = Optional.empty();
        for (String v : values) {
            if (!isPattern(v)) {
                exact.add(v);
            } else if (pattern.isPresent()) {
                throw new IllegalArgumentException("filter on " + column + " takes one wildcard pattern, not '"
                        + pattern.get().replace('%', '*') + "' and '" + v + "'");
            } else {
                pattern = Optional.of(v.replace('*', '%'));
            }
        }
        return new CaomFilter(column, SEPARATED.contains(column) ? Optional.of(";") : Optional.empty(), exact, pattern);
    }

    /** Whether a discrete value is a wildcard pattern ({@code *} or {@code %}), sent as {@code freeText}. */
    public static boolean isPattern(String value) {
        return value.indexOf('*') >= 0 || value.indexOf('%') >= 0;
    }

    /** A continuous filter: {@code min ≤ column ≤ max}. Integral bounds are written as integers. */
    public static CaomFilter between(String column, double min, double max) {
        if (!CONTINUOUS.contains(column)) {
            throw new IllegalArgumentException(column + " is not a continuous column");
        }
        if (!(min <= max)) {
            throw new IllegalArgumentException("empty range for " + column + ": " + min + ".." + max);
        }
        Map<String, Object> range = new LinkedHashMap<>();
        range.put("min", number(min));
        range.put("max", number(max));
        return new CaomFilter(column, Optional.empty(), List.of(range), Optional.empty());
    }

    /**
     * The JSON object astroquery sends: {@code paramName}, then {@code separator} if any, then {@code values}, then
     * {@code freeText} if any.
     */
    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("paramName", paramName);
        separator.ifPresent(s -> m.put("separator", s));
        m.put("values", values);
        freeText.ifPresent(f -> m.put("freeText", f));
        return m;
    }

    private static Object number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
    }

    /** For messages: {@code project K2}, {@code t_exptime 1799..1801}, {@code obs_id j8pu0bbuq|like j8pu0b%}. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (Object v : values) {
            parts.add(v instanceof Map<?, ?> range ? range.get("min") + ".." + range.get("max") : String.valueOf(v));
        }
        freeText.ifPresent(f -> parts.add("like " + f));
        return paramName.toLowerCase(Locale.ROOT) + " " + String.join("|", parts);
    }
}
