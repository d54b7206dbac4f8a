package radio.lightcurve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The cards of one FITS header, kept as their original 80-character images, for the curious and for metadata
 * lookups. Values are parsed only when asked for, following the FITS standard's free-format rules: quoted strings
 * (with {@code ''} for a quote, trailing blanks dropped, {@code CONTINUE} long strings joined), logical {@code T}/
 * {@code F}, integers and reals (with {@code E} or {@code D} exponents). A card with no value
 * ({@code KEY     =          / comment}) is <em>present</em> but <em>undefined</em>: every typed getter returns
 * empty for it. Lookups use the first card with a keyword; keywords are case-sensitive as FITS writes them
 * (upper case). Immutable and thread-safe.
 */
final class FitsHeader {
    private static final int CARD = 80;
    private static final FitsHeader EMPTY = new FitsHeader("");

    private final String text;
    private final Map<String, Integer> firstCard;

    private FitsHeader(String text) {
        this.text = text;
        int n = text.length() / CARD;
        Map<String, Integer> index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            index.putIfAbsent(keywordAt(i), i);
        }
        this.firstCard = index;
    }

    /**
     * A header from its card images concatenated (a multiple of 80 ASCII characters), without the {@code END} card.
     *
     * @throws IllegalArgumentException if the length is not a multiple of 80
     */
    public static FitsHeader of(String cardImages) {
        if (cardImages.length() % CARD != 0) {
            throw new IllegalArgumentException("FITS header text must be a multiple of 80 characters, got "
                    + cardImages.length());
        }
        return new FitsHeader(cardImages);
    }

    /** A header with no cards (for light curves built in memory). */
    public static FitsHeader empty() {
        return EMPTY;
    }

    /** The number of cards. */
    public int size() {
        return text.length() / CARD;
    }

    /** The card images in file order, each 80 characters. */
    public List<String> cards() {
        List<String> cards = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            cards.add(card(i));
        }
        return Collections.unmodifiableList(cards);
    }

    /** The keywords in file order (commentary keywords such as {@code COMMENT} included, blank ones as ""). */
    public List<String> keywords() {
        List<String> keys = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            keys.add(keywordAt(i));
        }
        return Collections.unmodifiableList(keys);
    }

    /** Whether a card with this keyword exists, with or without a value. */
    public boolean contains(String keyword) {
        return firstCard.containsKey(keyword);
    }

    /** Whether a card with this keyword exists and has a value (not a blank value field). */
    public boolean hasValue(String keyword) {
        return rawValue(keyword).isPresent();
    }

    /**
     * The value as text: a string's content (trailing blanks removed), or the literal text of any other value
     * ({@code T}, {@code 270}, {@code 0.5}). Empty when the card is absent or has no value.
     */
    public Optional<String> string(String keyword) {
        Integer i = firstCard.get(keyword);
        if (i == null) {
            return Optional.empty();
        }
        String raw = valueField(i);
        if (raw == null) {
            return Optional.empty();
        }
        if (!raw.startsWith("'")) {
            return Optional.of(raw);
        }
        StringBuilder s = new StringBuilder(unquote(raw));
        // FITS long strings: a value ending in '&' continues in the following CONTINUE cards
        for (int next = i + 1; s.length() > 0 && s.charAt(s.length() - 1) == '&' && next < size()
                && keywordAt(next).equals("CONTINUE"); next++) {
            String cont = card(next).substring(8).trim();
            if (!cont.startsWith("'")) {
                break;
            }
            s.setLength(s.length() - 1);
            s.append(unquote(cont));
        }
        return Optional.of(s.toString());
    }

    /** The value as an integer; empty when absent, undefined or not an integer. */
    public OptionalLong integer(String keyword) {
        Optional<String> raw = rawValue(keyword);
        if (raw.isEmpty() || raw.get().startsWith("'")) {
            return OptionalLong.empty();
        }
        try {
            String t = raw.get();
            return OptionalLong.of(Long.parseLong(t.startsWith("+") ? t.substring(1) : t));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** The value as a real number (integers accepted, {@code D} exponents too); empty when absent, undefined or not a number. */
    public OptionalDouble real(String keyword) {
        Optional<String> raw = rawValue(keyword);
        if (raw.isEmpty() || raw.get().startsWith("'")) {
            return OptionalDouble.empty();
        }
        String t = raw.get().replace('D', 'E').replace('d', 'e');
        if (t.equals("T") || t.equals("F")) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(t));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** The value as a logical ({@code T} or {@code F}); empty when absent, undefined or not a logical. */
    public Optional<Boolean> logical(String keyword) {
        Optional<String> raw = rawValue(keyword);
        if (raw.isPresent() && raw.get().equals("T")) {
            return Optional.of(Boolean.TRUE);
        }
        if (raw.isPresent() && raw.get().equals("F")) {
            return Optional.of(Boolean.FALSE);
        }
        return Optional.empty();
    }

    /** The comment of the first card with this keyword (text after the value's {@code /}), or empty. */
    public Optional<String> comment(String keyword) {
        Integer i = firstCard.get(keyword);
        if (i == null || !hasValueIndicator(i)) {
            return Optional.empty();
        }
        String field = card(i).substring(10);
        int slash = commentStart(field);
        if (slash < 0) {
            return Optional.empty();
        }
        String c = field.substring(slash + 1).trim();
        return c.isEmpty() ? Optional.empty() : Optional.of(c);
    }

    /** The raw value text (quotes kept for strings), or empty when the card is absent or has no value. */
    private Optional<String> rawValue(String keyword) {
        Integer i = firstCard.get(keyword);
        return i == null ? Optional.empty() : Optional.ofNullable(valueField(i));
    }

    private String valueField(int i) {
        if (!hasValueIndicator(i)) {
            return null;
        }
        String field = card(i).substring(10);
        int slash = commentStart(field);
        String v = (slash < 0 ? field : field.substring(0, slash)).trim();
        return v.isEmpty() ? null : v;
    }

    private boolean hasValueIndicator(int i) {
        return text.charAt(i * CARD + 8) == '=' && !keywordAt(i).equals("COMMENT") && !keywordAt(i).equals("HISTORY");
    }

    /** Index of the comment's '/' in a value field, skipping any '/' inside a quoted string; -1 if none. */
    private static int commentStart(String field) {
        boolean quoted = false;
        for (int k = 0; k < field.length(); k++) {
            char c = field.charAt(k);
            if (c == '\'') {
                quoted = !quoted; // an escaped '' toggles twice
            } else if (c == '/' && !quoted) {
                return k;
            }
        }
        return -1;
    }

    /** The content of a quoted FITS string: '' becomes ', trailing blanks go; an unclosed quote runs to the end. */
    private static String unquote(String quoted) {
        StringBuilder s = new StringBuilder();
        for (int k = 1; k < quoted.length(); k++) {
            char c = quoted.charAt(k);
            if (c == '\'') {
                if (k + 1 < quoted.length() && quoted.charAt(k + 1) == '\'') {
                    s.append('\'');
                    k++;
                } else {
                    break;
                }
            } else {
                s.append(c);
            }
        }
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(0, end);
    }

    private String card(int i) {
        return text.substring(i * CARD, (i + 1) * CARD);
    }

    private String keywordAt(int i) {
        int start = i * CARD;
        int end = start + 8;
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(start, end);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FitsHeader h && h.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** The cards, one per line, trailing blanks removed. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < size(); i++) {
            s.append(card(i).stripTrailing()).append('\n');
        }
        return s.toString();
    }
}
