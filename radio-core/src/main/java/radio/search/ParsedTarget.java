package radio.search;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a user's target string means, before any network work.
 *
 * <ul>
 * <li>{@code EPIC n}, {@code ktwo n} → {@link Kind#MAST_TARGET} {@code ktwo} + 9 digits;
 *     {@code KIC n}, {@code kplr n} → {@code kplr} + 9 zero-padded digits; {@code TIC n} → the TIC number
 *     without padding (MAST's TESS {@code target_name}).</li>
 * <li>{@code K2-18}, {@code K2-18 b} → {@link Kind#K2_HOST} {@code 18} (planet letter dropped), looked up in the
 *     Exoplanet Archive's {@code k2names}; likewise {@code Kepler-N} ({@code keplernames}) and {@code TOI-N}
 *     ({@code toi}; {@code TOI-256.01} → 256).</li>
 * <li>anything else → {@link Kind#NAME}: name resolver, then a positional query.</li>
 * </ul>
 *
 * @param input the target as given (trimmed)
 * @param kind  how it will be searched
 * @param value the MAST target name, the catalogue number, or the name
 */
public record ParsedTarget(String input, Kind kind, String value) {
    public enum Kind { MAST_TARGET, K2_HOST, KEPLER_HOST, TOI_HOST, NAME }

    private static final Pattern EPIC = Pattern.compile("(?:epic|ktwo)\\s*[-_]?\\s*(\\d{1,9})");
    private static final Pattern KIC = Pattern.compile("(?:kic|kplr)\\s*[-_]?\\s*(\\d{1,9})");
    private static final Pattern TIC = Pattern.compile("tic\\s*[-_]?\\s*(\\d{1,12})");
    private static final Pattern K2 = Pattern.compile("k2-(\\d{1,6})(?:\\s*[a-z])?");
    private static final Pattern KEPLER = Pattern.compile("kepler-(\\d{1,6})(?:\\s*[a-z])?");
    private static final Pattern TOI = Pattern.compile("toi\\s*-?\\s*(\\d{1,6})(?:\\.\\d+)?");

    public ParsedTarget {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    /** Parses a target string; never fails for a non-blank string (unknown forms are names). */
    public static ParsedTarget parse(String text) {
        String input = text == null ? "" : text.strip();
        if (input.isEmpty()) {
            throw new IllegalArgumentException("target is blank");
        }
        String s = input.toLowerCase(Locale.ROOT);
        Matcher m;
        if ((m = EPIC.matcher(s)).matches()) {
            return new ParsedTarget(input, Kind.MAST_TARGET, String.format("ktwo%09d", Long.parseLong(m.group(1))));
        }
        if ((m = KIC.matcher(s)).matches()) {
            return new ParsedTarget(input, Kind.MAST_TARGET, String.format("kplr%09d", Long.parseLong(m.group(1))));
        }
        if ((m = TIC.matcher(s)).matches()) {
            return new ParsedTarget(input, Kind.MAST_TARGET, Long.toString(Long.parseLong(m.group(1))));
        }
        if ((m = K2.matcher(s)).matches()) {
            return new ParsedTarget(input, Kind.K2_HOST, Integer.toString(Integer.parseInt(m.group(1))));
        }
        if ((m = KEPLER.matcher(s)).matches()) {
            return new ParsedTarget(input, Kind.KEPLER_HOST, Integer.toString(Integer.parseInt(m.group(1))));
        }
        if ((m = TOI.matcher(s)).matches()) {
            return new ParsedTarget(input, Kind.TOI_HOST, Integer.toString(Integer.parseInt(m.group(1))));
        }
        return new ParsedTarget(input, Kind.NAME, input);
    }
}
