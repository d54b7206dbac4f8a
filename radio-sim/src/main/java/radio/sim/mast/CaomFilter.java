package radio.sim.mast;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import radio.sim.catalogue.Mission;
import radio.sim.catalogue.Observation;
import radio.sim.server.SqlLike;

/**
 * One filter object of a CAOM criteria query (mast-api.md section 3.4): values ORed within the filter,
 * filters ANDed by the caller. Discrete columns compare as text (numbers numerically, text case-insensitively,
 * {@code ;}-separated cells entry by entry); continuous columns take {@code {"min":..,"max":..}} ranges (plain
 * numbers are accepted as exact values, which MAST documents but was never observed doing); {@code freeText} is
 * an SQL LIKE pattern ({@code %}, {@code _}), case-insensitive.
 */
final class CaomFilter {
    private record Range(double min, double max) {
    }

    private final ObservationColumn column;
    private final List<String> values;
    private final List<Range> ranges;
    private final Pattern like;

    private CaomFilter(ObservationColumn column, List<String> values, List<Range> ranges, Pattern like) {
        this.column = column;
        this.values = values;
        this.ranges = ranges;
        this.like = like;
    }

    /** Parses the {@code filters} array; unknown columns and empty filters are errors. */
    static List<CaomFilter> parseAll(JsonNode filters, List<ObservationColumn> offered) throws MastRequestException {
        List<CaomFilter> out = new ArrayList<>();
        if (filters == null || filters.isNull() || filters.isMissingNode()) {
            return out;
        }
        if (!filters.isArray()) {
            throw new MastRequestException("Parameter 'filters' must be an array of filter objects.");
        }
        for (JsonNode f : filters) {
            out.add(parse(f, offered));
        }
        return out;
    }

    private static CaomFilter parse(JsonNode f, List<ObservationColumn> offered) throws MastRequestException {
        String name = f.path("paramName").asText("");
        ObservationColumn column = ObservationColumn.find(name, offered)
                .orElseThrow(() -> new MastRequestException("Filter column '" + name + "' does not exist."));
        List<String> values = new ArrayList<>();
        List<Range> ranges = new ArrayList<>();
        JsonNode vs = f.path("values");
        if (vs.isArray()) {
            for (JsonNode v : vs) {
                if (v.isObject()) {
                    if (!column.continuous()) {
                        throw new MastRequestException("Filter column '" + column.name
                                + "' is discrete; a {min,max} range cannot be applied to it.");
                    }
                    ranges.add(new Range(bound(v, "min", Double.NEGATIVE_INFINITY),
                            bound(v, "max", Double.POSITIVE_INFINITY)));
                } else if (!v.isNull()) {
                    values.add(v.asText());
                }
            }
        } else if (!vs.isMissingNode() && !vs.isNull()) {
            values.add(vs.asText());
        }
        String free = f.path("freeText").isTextual() ? f.path("freeText").asText() : null;
        Pattern like = free == null || free.isEmpty() ? null : SqlLike.compile(free, true);
        if (values.isEmpty() && ranges.isEmpty() && like == null) {
            throw new MastRequestException("Filter '" + column.name + "' has no values.");
        }
        return new CaomFilter(column, List.copyOf(values), List.copyOf(ranges), like);
    }

    private static double bound(JsonNode range, String key, double missing) throws MastRequestException {
        JsonNode b = range.path(key);
        if (b.isMissingNode() || b.isNull()) {
            return missing;
        }
        try {
            return b.isNumber() ? b.asDouble() : Double.parseDouble(b.asText().trim());
        } catch (NumberFormatException e) {
            throw new MastRequestException("Range bound '" + key + "' is not a number: " + b);
        }
    }

    boolean matches(Observation o, Double distance) {
        Object cell = column.value(o, distance);
        if (cell == null) {
            return false;
        }
        if (!ranges.isEmpty() && cell instanceof Number n) {
            double d = n.doubleValue();
            for (Range r : ranges) {
                if (d >= r.min && d <= r.max) {
                    return true;
                }
            }
        }
        String text = text(cell);
        for (String wanted : values) {
            if (column.separated() && text.indexOf(';') >= 0) {
                for (String part : text.split(";")) {
                    if (same(part, wanted)) {
                        return true;
                    }
                }
            } else if (same(text, wanted)) {
                return true;
            }
        }
        return like != null && like.matcher(text).matches();
    }

    /**
     * The missions whose observations can match, when this is an exact {@code project} or {@code obs_collection}
     * filter naming only missions ({@code HLSP} rows belong to Kepler, K2 and TESS); null when it does not narrow.
     */
    Set<Mission> missions() {
        if (column != ObservationColumn.PROJECT && column != ObservationColumn.OBS_COLLECTION || like != null
                || !ranges.isEmpty()) {
            return null;
        }
        Set<Mission> out = EnumSet.noneOf(Mission.class);
        for (String v : values) {
            String name = v.trim().toUpperCase(Locale.ROOT);
            if (name.equals("HLSP")) {
                out.addAll(List.of(Mission.K2, Mission.KEPLER, Mission.TESS));
                continue;
            }
            try {
                out.add(Mission.valueOf(name));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return out;
    }

    /** The target names this filter asks for, when it is an exact {@code target_name} filter. */
    List<String> exactTargetNames() {
        return column == ObservationColumn.TARGET_NAME && like == null ? values : null;
    }

    static String text(Object cell) {
        if (cell instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        return cell.toString();
    }

    private static boolean same(String cell, String wanted) {
        String a = cell.trim();
        String b = wanted.trim();
        if (a.equalsIgnoreCase(b)) {
            return true;
        }
        if (!numeric(a) || !numeric(b)) {
            return false;
        }
        try {
            return Double.parseDouble(a) == Double.parseDouble(b);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean numeric(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.';
    }

    @Override
    public String toString() {
        return column.name.toLowerCase(Locale.ROOT) + " in " + values + " " + ranges + (like == null ? "" : " like " + like);
    }
}
