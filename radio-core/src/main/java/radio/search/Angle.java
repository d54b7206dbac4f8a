package radio.search;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A non-negative angle such as a search radius, kept in degrees.
 *
 * <p>{@link #parse} accepts a number followed by a unit, with no space: {@code 0s}, {@code 2arcsec},
 * {@code 2"}, {@code 2s} (arcseconds), {@code 0.5arcmin}, {@code 0.5'}, {@code 0.001deg}, {@code 0.001d}, or a
 * bare number meaning degrees. {@code 0s} is a radius of zero: MAST's footprint match (observations whose
 * footprint contains the point), spacekit's setting.
 */
public record Angle(double degrees) {
    /** The forms {@link #parse} accepts, for messages. */
    public static final String ACCEPTED_FORMS = "0s, 2arcsec, 2\", 0.5arcmin, 0.001deg, or a bare number of degrees";

    private static final Pattern FORM = Pattern.compile(
            "([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE]([-+]?[0-9]+))?(arcsec|arcmin|deg|[\"'sd])?");

    public Angle {
        if (!(degrees >= 0) || Double.isInfinite(degrees)) {
            throw new IllegalArgumentException("angle must be a finite number of degrees ≥ 0: " + degrees);
        }
    }

    public static Angle ofArcseconds(double arcsec) {
        return new Angle(arcsec / 3600.0);
    }

    /**
     * Parses an angle; the message of the exception names the accepted forms.
     *
     * @throws IllegalArgumentException for anything else (spaces, negative numbers, unknown units)
     */
    public static Angle parse(String text) {
        String s = text == null ? "" : text.strip();
        Matcher m = FORM.matcher(s.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an angle; use " + ACCEPTED_FORMS);
        }
        double value = Double.parseDouble(m.group(1) + (m.group(2) == null ? "" : "e" + m.group(2)));
        String unit = m.group(3) == null ? "deg" : m.group(3);
        double deg = switch (unit) {
            case "arcsec", "\"", "s" -> value / 3600.0;
            case "arcmin", "'" -> value / 60.0;
            default -> value;
        };
        if (Double.isInfinite(deg)) {
            throw new IllegalArgumentException("'" + text + "' is too large an angle");
        }
        return new Angle(deg);
    }

    public double arcseconds() {
        return degrees * 3600.0;
    }

    @Override
    public String toString() {
        return degrees + " deg";
    }
}
