package radio.sim.tap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parser for the ADQL subset the simulated Exoplanet Archive understands:
 *
 * <pre>
 * SELECT [DISTINCT] [TOP n] * | item [, item]...
 *   FROM table [TOP n]
 *   [WHERE condition]
 *   [GROUP BY column [, column]...]
 *   [ORDER BY column|alias|position [ASC|DESC] [, ...]]
 * item      := expression [[AS] alias]
 * expression:= column | 'text' | number | LOWER(e) | UPPER(e) | TRIM(e) | COUNT(*) | COUNT(column)
 * condition := condition OR condition | condition AND condition | NOT condition | ( condition )
 *            | e (= | != | &lt;&gt; | &lt; | &gt; | &lt;= | &gt;=) e | e [NOT] IN (e, ...) | e [NOT] LIKE e
 *            | e IS [NOT] NULL | e [NOT] BETWEEN e AND e
 * </pre>
 *
 * Keywords and identifiers are case-insensitive; string literals use single quotes, doubled to escape. The
 * trailing {@code TOP n} after the table name is accepted because the live service accepts it. Errors carry
 * Oracle-style messages, as the archive's Oracle back end produces them.
 */
final class Adql {

    // ------------------------------------------------------------------ syntax tree

    sealed interface Expr permits Column, Literal, Call, Count {
    }

    /** A column reference as written (possibly {@code table.column}). */
    record Column(String name) implements Expr {
    }

    /** A String, Long or Double constant. */
    record Literal(Object value) implements Expr {
    }

    /** {@code LOWER}, {@code UPPER} or {@code TRIM} of an expression. */
    record Call(String function, Expr argument) implements Expr {
    }

    /** {@code COUNT(*)} (argument null) or {@code COUNT(column)}. */
    record Count(Expr argument) implements Expr {
    }

    sealed interface Condition permits And, Or, Not, Compare, In, Like, IsNull, Between {
    }

    record And(Condition left, Condition right) implements Condition {
    }

    record Or(Condition left, Condition right) implements Condition {
    }

    record Not(Condition condition) implements Condition {
    }

    record Compare(Expr left, String operator, Expr right) implements Condition {
    }

    record In(Expr expr, List<Expr> values, boolean negated) implements Condition {
    }

    record Like(Expr expr, Expr pattern, boolean negated) implements Condition {
    }

    record IsNull(Expr expr, boolean negated) implements Condition {
    }

    record Between(Expr expr, Expr low, Expr high, boolean negated) implements Condition {
    }

    /** A selected expression, its alias (or null) and its source text (the output name without an alias). */
    record Item(Expr expr, String alias, String text) {
    }

    /** An ORDER BY key: an expression, or a 1-based output position when {@code position > 0}. */
    record Order(Expr expr, int position, boolean descending) {
    }

    /** A parsed query. {@code items} empty means {@code *}; {@code top} is -1 when absent. */
    record Query(boolean distinct, long top, List<Item> items, String table, Condition where, List<Expr> groupBy,
                 List<Order> orderBy) {
    }

    // ------------------------------------------------------------------ tokens

    private enum Kind { WORD, QUOTED_WORD, NUMBER, STRING, SYMBOL, END }

    private record Token(Kind kind, String text, int start, int end) {
        boolean is(String keyword) {
            return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
        }

        boolean symbol(String s) {
            return kind == Kind.SYMBOL && text.equals(s);
        }
    }

    private final String source;
    private final List<Token> tokens;
    private int at;

    private Adql(String source) throws TapException {
        this.source = source;
        this.tokens = tokenize(source);
    }

    /** Parses one query. */
    static Query parse(String text) throws TapException {
        return new Adql(text).query();
    }

    private static List<Token> tokenize(String s) throws TapException {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_'
                        || s.charAt(j) == '.' || s.charAt(j) == '$')) {
                    j++;
                }
                out.add(new Token(Kind.WORD, s.substring(i, j), i, j));
                i = j;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)))) {
                int j = i;
                while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) {
                    j++;
                }
                if (j < s.length() && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
                    int k = j + 1;
                    if (k < s.length() && (s.charAt(k) == '+' || s.charAt(k) == '-')) {
                        k++;
                    }
                    if (k < s.length() && Character.isDigit(s.charAt(k))) {
                        j = k;
                        while (j < s.length() && Character.isDigit(s.charAt(j))) {
                            j++;
                        }
                    }
                }
                out.add(new Token(Kind.NUMBER, s.substring(i, j), i, j));
                i = j;
            } else if (c == '\'') {
                StringBuilder text = new StringBuilder();
                int j = i + 1;
                while (true) {
                    if (j >= s.length()) {
                        throw new TapException("ORA-01756: quoted string not properly terminated");
                    }
                    char d = s.charAt(j);
                    if (d == '\'') {
                        if (j + 1 < s.length() && s.charAt(j + 1) == '\'') {
                            text.append('\'');
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    text.append(d);
                    j++;
                }
                out.add(new Token(Kind.STRING, text.toString(), i, j + 1));
                i = j + 1;
            } else if (c == '"') {
                int end = s.indexOf('"', i + 1);
                if (end < 0) {
                    throw new TapException("ORA-01740: missing double quote in identifier");
                }
                out.add(new Token(Kind.QUOTED_WORD, s.substring(i + 1, end), i, end + 1));
                i = end + 1;
            } else {
                String two = i + 1 < s.length() ? s.substring(i, i + 2) : "";
                if (two.equals("<=") || two.equals(">=") || two.equals("<>") || two.equals("!=")) {
                    out.add(new Token(Kind.SYMBOL, two, i, i + 2));
                    i += 2;
                } else if ("=<>(),*-+".indexOf(c) >= 0) {
                    out.add(new Token(Kind.SYMBOL, String.valueOf(c), i, i + 1));
                    i++;
                } else {
                    throw new TapException("ORA-00911: invalid character");
                }
            }
        }
        out.add(new Token(Kind.END, "", s.length(), s.length()));
        return out;
    }

    // ------------------------------------------------------------------ grammar

    private Token peek() {
        return tokens.get(at);
    }

    private Token next() {
        return tokens.get(at++);
    }

    private boolean accept(String keyword) {
        if (peek().is(keyword)) {
            at++;
            return true;
        }
        return false;
    }

    private boolean acceptSymbol(String symbol) {
        if (peek().symbol(symbol)) {
            at++;
            return true;
        }
        return false;
    }

    private void expectSymbol(String symbol) throws TapException {
        if (!acceptSymbol(symbol)) {
            throw new TapException(symbol.equals(")") ? "ORA-00907: missing right parenthesis"
                    : "ORA-00936: missing expression");
        }
    }

    private Query query() throws TapException {
        if (!accept("SELECT")) {
            throw new TapException(hasWord("FROM") ? "ORA-00900: invalid SQL statement"
                    : "No table name found in ADQL query.");
        }
        if (!hasWord("FROM")) {
            throw new TapException("No table name found in ADQL query.");
        }
        boolean distinct = accept("DISTINCT");
        accept("ALL");
        long top = -1;
        if (accept("TOP")) {
            top = count();
        }
        List<Item> items = new ArrayList<>();
        if (!acceptSymbol("*")) {
            do {
                int start = peek().start();
                Expr e = expression();
                String text = source.substring(start, tokens.get(at - 1).end()).replaceAll("\\s+", "")
                        .toLowerCase(Locale.ROOT);
                String alias = null;
                if (accept("AS")) {
                    alias = name(next());
                } else if (peek().kind() == Kind.WORD && !peek().is("FROM")) {
                    alias = name(next());
                }
                items.add(new Item(e, alias, text));
            } while (acceptSymbol(","));
        }
        if (!accept("FROM")) {
            throw new TapException("ORA-00923: FROM keyword not found where expected");
        }
        Token table = next();
        if (table.kind() != Kind.WORD && table.kind() != Kind.QUOTED_WORD) {
            throw new TapException("ORA-00903: invalid table name");
        }
        if (accept("TOP")) {
            top = count();
        }
        Condition where = null;
        if (accept("WHERE")) {
            where = condition();
        }
        List<Expr> groupBy = new ArrayList<>();
        if (accept("GROUP")) {
            requireWord("BY");
            do {
                groupBy.add(expression());
            } while (acceptSymbol(","));
        }
        List<Order> orderBy = new ArrayList<>();
        if (accept("ORDER")) {
            requireWord("BY");
            do {
                Expr e;
                int position = 0;
                if (peek().kind() == Kind.NUMBER) {
                    position = (int) count();
                    e = null;
                } else {
                    e = expression();
                }
                boolean descending = false;
                if (accept("DESC")) {
                    descending = true;
                } else {
                    accept("ASC");
                }
                orderBy.add(new Order(e, position, descending));
            } while (acceptSymbol(","));
        }
        if (peek().kind() != Kind.END) {
            throw new TapException("ORA-00933: SQL command not properly ended");
        }
        return new Query(distinct, top, items, name(table), where, groupBy, orderBy);
    }

    private boolean hasWord(String word) {
        return tokens.stream().anyMatch(t -> t.is(word));
    }

    private void requireWord(String word) throws TapException {
        if (!accept(word)) {
            throw new TapException("ORA-00924: missing " + word + " keyword");
        }
    }

    private long count() throws TapException {
        Token t = next();
        if (t.kind() != Kind.NUMBER) {
            throw new TapException("ORA-00936: missing expression");
        }
        try {
            return Long.parseLong(t.text());
        } catch (NumberFormatException e) {
            throw new TapException("ORA-01722: invalid number");
        }
    }

    private static String name(Token t) {
        return t.kind() == Kind.QUOTED_WORD ? t.text() : t.text().toLowerCase(Locale.ROOT);
    }

    private Condition condition() throws TapException {
        Condition left = conjunction();
        while (accept("OR")) {
            left = new Or(left, conjunction());
        }
        return left;
    }

    private Condition conjunction() throws TapException {
        Condition left = negation();
        while (accept("AND")) {
            left = new And(left, negation());
        }
        return left;
    }

    private Condition negation() throws TapException {
        if (accept("NOT")) {
            return new Not(negation());
        }
        return predicate();
    }

    private Condition predicate() throws TapException {
        if (peek().symbol("(") && parenthesisHoldsCondition()) {
            at++;
            Condition c = condition();
            expectSymbol(")");
            return c;
        }
        Expr left = expression();
        boolean negated = accept("NOT");
        if (accept("IN")) {
            expectSymbol("(");
            List<Expr> values = new ArrayList<>();
            do {
                values.add(expression());
            } while (acceptSymbol(","));
            expectSymbol(")");
            return new In(left, values, negated);
        }
        if (accept("LIKE")) {
            return new Like(left, expression(), negated);
        }
        if (accept("BETWEEN")) {
            Expr low = expression();
            requireWord("AND");
            return new Between(left, low, expression(), negated);
        }
        if (negated) {
            throw new TapException("ORA-00920: invalid relational operator");
        }
        if (accept("IS")) {
            boolean not = accept("NOT");
            requireWord("NULL");
            return new IsNull(left, not);
        }
        Token op = next();
        if (op.kind() != Kind.SYMBOL || !List.of("=", "!=", "<>", "<", ">", "<=", ">=").contains(op.text())) {
            throw new TapException("ORA-00920: invalid relational operator");
        }
        return new Compare(left, op.text().equals("<>") ? "!=" : op.text(), expression());
    }

    /** Whether the parenthesis at the cursor opens a condition (rather than a parenthesised expression). */
    private boolean parenthesisHoldsCondition() {
        int depth = 0;
        for (int i = at; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.symbol("(")) {
                depth++;
            } else if (t.symbol(")")) {
                depth--;
                if (depth == 0) {
                    return false;
                }
            } else if (depth == 1 && (t.kind() == Kind.SYMBOL && List.of("=", "!=", "<>", "<", ">", "<=", ">=")
                    .contains(t.text()) || t.is("LIKE") || t.is("IN") || t.is("IS") || t.is("AND") || t.is("OR")
                    || t.is("NOT") || t.is("BETWEEN"))) {
                return true;
            }
        }
        return false;
    }

    private Expr expression() throws TapException {
        Token t = next();
        switch (t.kind()) {
            case STRING:
                return new Literal(t.text());
            case NUMBER:
                return number(t.text(), false);
            case SYMBOL:
                if (t.text().equals("-") && peek().kind() == Kind.NUMBER) {
                    return number(next().text(), true);
                }
                if (t.text().equals("(")) {
                    Expr e = expression();
                    expectSymbol(")");
                    return e;
                }
                throw new TapException("ORA-00936: missing expression");
            case QUOTED_WORD:
                return new Column(t.text());
            case WORD:
                String word = t.text().toUpperCase(Locale.ROOT);
                if (peek().symbol("(")) {
                    at++;
                    if (word.equals("COUNT")) {
                        Expr argument = acceptSymbol("*") ? null : expression();
                        expectSymbol(")");
                        return new Count(argument);
                    }
                    if (word.equals("LOWER") || word.equals("UPPER") || word.equals("TRIM")) {
                        Expr argument = expression();
                        expectSymbol(")");
                        return new Call(word, argument);
                    }
                    throw new TapException("ORA-00904: \"" + word + "\": invalid identifier");
                }
                if (word.equals("NULL")) {
                    return new Literal(null);
                }
                if (List.of("FROM", "WHERE", "AND", "OR", "ORDER", "GROUP", "SELECT").contains(word)) {
                    throw new TapException("ORA-00936: missing expression");
                }
                return new Column(t.text().toLowerCase(Locale.ROOT));
            default:
                throw new TapException("ORA-00936: missing expression");
        }
    }

    private static Literal number(String text, boolean negative) throws TapException {
        try {
            if (text.matches("\\d+")) {
                long v = Long.parseLong(text);
                return new Literal(negative ? -v : v);
            }
            double v = Double.parseDouble(text);
            return new Literal(negative ? -v : v);
        } catch (NumberFormatException e) {
            throw new TapException("ORA-01722: invalid number");
        }
    }
}
