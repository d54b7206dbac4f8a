package radio.sim.server;

import java.util.regex.Pattern;

/** SQL {@code LIKE} patterns ({@code %} any run, {@code _} one character) as regular expressions. */
public final class SqlLike {
    private SqlLike() {
    }

    /** The whole-string regular expression of a LIKE pattern. */
    public static Pattern compile(String like, boolean caseInsensitive) {
        StringBuilder regex = new StringBuilder();
        for (char c : like.toCharArray()) {
            switch (c) {
                case '%' -> regex.append(".*");
                case '_' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL | (caseInsensitive ? Pattern.CASE_INSENSITIVE : 0));
    }
}
