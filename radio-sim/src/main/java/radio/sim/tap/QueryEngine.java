package radio.sim.tap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Runs parsed {@link Adql} queries over in-memory tables with Oracle's rules where they show: identifiers
 * case-insensitive and reported upper-case ({@code ORA-00904: "X": invalid identifier}), string comparison
 * case-sensitive, text compared with numbers numerically, NULL never equal to anything, {@code LIKE} with
 * {@code %} and {@code _}. Thread-safe (stateless apart from the immutable tables).
 */
final class QueryEngine {

    /** A result: output columns and rows of printed-ready values (String, Long, Double or null). */
    record Result(List<TapColumn> columns, List<Object[]> rows) {
    }

    private final Map<String, TapTable> tables = new LinkedHashMap<>();

    QueryEngine(List<TapTable> tables) {
        for (TapTable t : tables) {
            this.tables.put(t.name().toLowerCase(Locale.ROOT), t);
        }
    }

    /** Every table, for TAP_SCHEMA. */
    List<TapTable> tables() {
        return List.copyOf(tables.values());
    }

    Result run(String adql) throws TapException {
        Adql.Query q = Adql.parse(adql);
        TapTable table = tables.get(q.table().toLowerCase(Locale.ROOT));
        if (table == null) {
            throw new TapException("ORA-00942: table or view does not exist");
        }
        Binder binder = new Binder(table);
        List<Adql.Item> items = q.items().isEmpty() ? star(table) : q.items();
        for (Adql.Item item : items) {
            binder.check(item.expr());
        }
        if (q.where() != null) {
            binder.check(q.where());
        }
        for (Adql.Expr e : q.groupBy()) {
            binder.check(e);
        }
        // output columns
        List<TapColumn> columns = new ArrayList<>();
        for (Adql.Item item : items) {
            columns.add(outputColumn(item, binder));
        }
        // filter
        List<Object[]> source = new ArrayList<>();
        for (Object[] row : table.rows()) {
            if (q.where() == null || binder.test(q.where(), row)) {
                source.add(row);
            }
        }
        // group (aggregate) or project
        boolean aggregate = items.stream().anyMatch(i -> i.expr() instanceof Adql.Count);
        List<Object[]> representatives = new ArrayList<>();
        List<Object[]> output = new ArrayList<>();
        if (aggregate || !q.groupBy().isEmpty()) {
            for (Adql.Item item : items) {
                if (!(item.expr() instanceof Adql.Count) && !q.groupBy().contains(item.expr())) {
                    throw new TapException(q.groupBy().isEmpty() ? "ORA-00937: not a single-group group function"
                            : "ORA-00979: not a GROUP BY expression");
                }
            }
            Map<List<Object>, List<Object[]>> groups = new LinkedHashMap<>();
            if (q.groupBy().isEmpty()) {
                groups.put(List.of(), source);
            } else {
                for (Object[] row : source) {
                    List<Object> key = new ArrayList<>();
                    for (Adql.Expr e : q.groupBy()) {
                        key.add(binder.value(e, row));
                    }
                    groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
                }
            }
            for (List<Object[]> group : groups.values()) {
                Object[] first = group.isEmpty() ? new Object[table.columns().size()] : group.get(0);
                Object[] out = new Object[items.size()];
                for (int i = 0; i < items.size(); i++) {
                    Adql.Expr e = items.get(i).expr();
                    out[i] = e instanceof Adql.Count c ? count(c, group, binder) : binder.value(e, first);
                }
                representatives.add(first);
                output.add(out);
            }
        } else {
            for (Object[] row : source) {
                Object[] out = new Object[items.size()];
                for (int i = 0; i < items.size(); i++) {
                    out[i] = binder.value(items.get(i).expr(), row);
                }
                representatives.add(row);
                output.add(out);
            }
        }
        // distinct
        if (q.distinct()) {
            Set<List<Object>> seen = new LinkedHashSet<>();
            List<Object[]> keptOut = new ArrayList<>();
            List<Object[]> keptRep = new ArrayList<>();
            for (int i = 0; i < output.size(); i++) {
                if (seen.add(List.of(nullSafe(output.get(i))))) {
                    keptOut.add(output.get(i));
                    keptRep.add(representatives.get(i));
                }
            }
            output = keptOut;
            representatives = keptRep;
        }
        // order
        if (!q.orderBy().isEmpty()) {
            List<Integer> index = new ArrayList<>();
            for (int i = 0; i < output.size(); i++) {
                index.add(i);
            }
            List<Object[]> out = output;
            List<Object[]> rep = representatives;
            Comparator<Integer> order = null;
            for (Adql.Order o : q.orderBy()) {
                Key key = orderKey(o, items, binder, q.distinct() || aggregate);
                Comparator<Integer> c = (a, b) -> compareForOrder(key.value(out.get(a), rep.get(a)),
                        key.value(out.get(b), rep.get(b)));
                if (o.descending()) {
                    c = c.reversed();
                }
                order = order == null ? c : order.thenComparing(c);
            }
            index.sort(order);
            List<Object[]> sorted = new ArrayList<>();
            for (int i : index) {
                sorted.add(out.get(i));
            }
            output = sorted;
        }
        if (q.top() >= 0 && output.size() > q.top()) {
            output = new ArrayList<>(output.subList(0, (int) q.top()));
        }
        return new Result(columns, output);
    }

    private static Object[] nullSafe(Object[] row) {
        Object[] copy = row.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] == null) {
                copy[i] = Optional.empty();
            }
        }
        return copy;
    }

    private static List<Adql.Item> star(TapTable table) {
        List<Adql.Item> items = new ArrayList<>();
        for (TapColumn c : table.columns()) {
            items.add(new Adql.Item(new Adql.Column(c.name()), null, c.name()));
        }
        return items;
    }

    private static long count(Adql.Count c, List<Object[]> group, Binder binder) {
        if (c.argument() == null) {
            return group.size();
        }
        return group.stream().filter(r -> binder.value(c.argument(), r) != null).count();
    }

    private static TapColumn outputColumn(Adql.Item item, Binder binder) throws TapException {
        String name = item.alias() != null ? item.alias().toLowerCase(Locale.ROOT) : item.text();
        Adql.Expr e = item.expr();
        if (e instanceof Adql.Column col) {
            TapColumn source = binder.column(col);
            return item.alias() == null ? source
                    : new TapColumn(name, source.type(), source.decimals(), source.unit(), source.description());
        }
        if (e instanceof Adql.Count) {
            return TapColumn.integer(name, "count");
        }
        if (e instanceof Adql.Literal l) {
            return l.value() instanceof String ? TapColumn.text(name, "constant")
                    : l.value() instanceof Long ? TapColumn.integer(name, "constant")
                    : TapColumn.real(name, 0, "", "constant");
        }
        return TapColumn.text(name, "computed");
    }

    /** How to get an ORDER BY value from an output row and its source row. */
    private interface Key {
        Object value(Object[] output, Object[] source);
    }

    private static Key orderKey(Adql.Order o, List<Adql.Item> items, Binder binder, boolean outputOnly)
            throws TapException {
        if (o.position() > 0) {
            if (o.position() > items.size()) {
                throw new TapException("ORA-01785: ORDER BY item must be the number of a SELECT-list expression");
            }
            int i = o.position() - 1;
            return (out, src) -> out[i];
        }
        for (int i = 0; i < items.size(); i++) {
            Adql.Item item = items.get(i);
            int k = i;
            boolean byAlias = item.alias() != null && o.expr() instanceof Adql.Column c
                    && c.name().equalsIgnoreCase(item.alias());
            if (byAlias || item.expr().equals(o.expr())) {
                return (out, src) -> out[k];
            }
        }
        if (outputOnly) {
            throw new TapException("ORA-01791: not a SELECTed expression");
        }
        binder.check(o.expr());
        return (out, src) -> binder.value(o.expr(), src);
    }

    /** Oracle's ascending order puts NULLs last. */
    private static int compareForOrder(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        Integer c = compare(a, b);
        return c == null ? a.toString().compareTo(b.toString()) : c;
    }

    /** Compares two non-null values; numbers numerically (text converted when it reads as a number). */
    static Integer compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof Number || b instanceof Number) {
            Double x = asNumber(a);
            Double y = asNumber(b);
            return x == null || y == null ? null : Double.compare(x, y);
        }
        return a.toString().compareTo(b.toString());
    }

    private static Double asNumber(Object o) {
        if (o instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.parseDouble(o.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Resolves column references of one table and evaluates expressions and conditions on its rows. */
    private static final class Binder {
        private final TapTable table;

        Binder(TapTable table) {
            this.table = table;
        }

        TapColumn column(Adql.Column c) throws TapException {
            return table.columns().get(index(c));
        }

        int index(Adql.Column c) throws TapException {
            String name = c.name();
            int dot = name.lastIndexOf('.');
            if (dot >= 0) {
                String qualifier = name.substring(0, dot);
                if (!qualifier.equalsIgnoreCase(table.name())) {
                    throw new TapException("ORA-00904: \"" + qualifier.toUpperCase(Locale.ROOT) + "\".\""
                            + name.substring(dot + 1).toUpperCase(Locale.ROOT) + "\": invalid identifier");
                }
                name = name.substring(dot + 1);
            }
            Optional<Integer> i = table.indexOf(name);
            if (i.isEmpty()) {
                throw new TapException("ORA-00904: \"" + name.toUpperCase(Locale.ROOT) + "\": invalid identifier");
            }
            return i.get();
        }

        void check(Adql.Expr e) throws TapException {
            if (e instanceof Adql.Column c) {
                index(c);
            } else if (e instanceof Adql.Call call) {
                check(call.argument());
            } else if (e instanceof Adql.Count count && count.argument() != null) {
                check(count.argument());
            }
        }

        void check(Adql.Condition c) throws TapException {
            if (c instanceof Adql.And a) {
                check(a.left());
                check(a.right());
            } else if (c instanceof Adql.Or o) {
                check(o.left());
                check(o.right());
            } else if (c instanceof Adql.Not n) {
                check(n.condition());
            } else if (c instanceof Adql.Compare cmp) {
                check(cmp.left());
                check(cmp.right());
            } else if (c instanceof Adql.In in) {
                check(in.expr());
                for (Adql.Expr v : in.values()) {
                    check(v);
                }
            } else if (c instanceof Adql.Like like) {
                check(like.expr());
                check(like.pattern());
            } else if (c instanceof Adql.IsNull n) {
                check(n.expr());
            } else if (c instanceof Adql.Between b) {
                check(b.expr());
                check(b.low());
                check(b.high());
            }
            if (containsCount(c)) {
                throw new TapException("ORA-00934: group function is not allowed here");
            }
        }

        private static boolean containsCount(Adql.Condition c) {
            return c instanceof Adql.Compare cmp
                    && (cmp.left() instanceof Adql.Count || cmp.right() instanceof Adql.Count);
        }

        Object value(Adql.Expr e, Object[] row) {
            if (e instanceof Adql.Literal l) {
                return l.value();
            }
            if (e instanceof Adql.Column c) {
                try {
                    return row[index(c)];
                } catch (TapException impossible) {
                    throw new IllegalStateException("unchecked column " + c.name(), impossible);
                }
            }
            if (e instanceof Adql.Call call) {
                Object v = value(call.argument(), row);
                if (v == null) {
                    return null;
                }
                String s = v.toString();
                return switch (call.function()) {
                    case "LOWER" -> s.toLowerCase(Locale.ROOT);
                    case "UPPER" -> s.toUpperCase(Locale.ROOT);
                    default -> s.trim();
                };
            }
            throw new IllegalStateException("aggregate outside a group: " + e);
        }

        boolean test(Adql.Condition c, Object[] row) {
            if (c instanceof Adql.And a) {
                return test(a.left(), row) && test(a.right(), row);
            }
            if (c instanceof Adql.Or o) {
                return test(o.left(), row) || test(o.right(), row);
            }
            if (c instanceof Adql.Not n) {
                return !test(n.condition(), row);
            }
            if (c instanceof Adql.Compare cmp) {
                Object a = value(cmp.left(), row);
                Object b = value(cmp.right(), row);
                if (a == null || b == null) {
                    return false;
                }
                Integer r = compare(a, b);
                if (r == null) {
                    return cmp.operator().equals("!=");
                }
                return switch (cmp.operator()) {
                    case "=" -> r == 0;
                    case "!=" -> r != 0;
                    case "<" -> r < 0;
                    case ">" -> r > 0;
                    case "<=" -> r <= 0;
                    default -> r >= 0;
                };
            }
            if (c instanceof Adql.In in) {
                Object a = value(in.expr(), row);
                if (a == null) {
                    return false;
                }
                boolean found = false;
                for (Adql.Expr v : in.values()) {
                    Object b = value(v, row);
                    Integer r = b == null ? null : compare(a, b);
                    if (r != null && r == 0) {
                        found = true;
                        break;
                    }
                }
                return found != in.negated();
            }
            if (c instanceof Adql.Like like) {
                Object a = value(like.expr(), row);
                Object p = value(like.pattern(), row);
                if (a == null || p == null) {
                    return false;
                }
                return likePattern(p.toString()).matcher(a.toString()).matches() != like.negated();
            }
            if (c instanceof Adql.IsNull n) {
                return (value(n.expr(), row) == null) != n.negated();
            }
            Adql.Between b = (Adql.Between) c;
            Object v = value(b.expr(), row);
            Object lo = value(b.low(), row);
            Object hi = value(b.high(), row);
            if (v == null || lo == null || hi == null) {
                return false;
            }
            Integer r1 = compare(v, lo);
            Integer r2 = compare(v, hi);
            boolean inside = r1 != null && r2 != null && r1 >= 0 && r2 <= 0;
            return inside != b.negated();
        }

        private static Pattern likePattern(String pattern) {
            StringBuilder regex = new StringBuilder();
            for (char ch : pattern.toCharArray()) {
                switch (ch) {
                    case '%' -> regex.append(".*");
                    case '_' -> regex.append('.');
                    default -> regex.append(Pattern.quote(String.valueOf(ch)));
                }
            }
            return Pattern.compile(regex.toString(), Pattern.DOTALL);
        }
    }
}
