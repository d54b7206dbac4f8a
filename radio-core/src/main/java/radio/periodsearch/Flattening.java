package radio.periodsearch;

import java.util.OptionalDouble;

/**
 * Whether slow trends (stellar variability, residual systematics) are removed before a search, and over which
 * window: lightkurve's {@code flatten}, a Savitzky–Golay trend the flux is divided by (see
 * {@link radio.lightcurve.Flatten}). Transit searches flatten by default, Lomb–Scargle does not (the variability is
 * what it looks for).
 *
 * @param enabled    whether to flatten
 * @param windowDays the window in days (turned into an odd number of cadences); empty for the search's automatic
 *                   window: {@link #MIN_WINDOW_DAYS}, or for a transit search three times the longest duration when
 *                   that is longer. Only with {@code enabled}.
 */
public record Flattening(boolean enabled, OptionalDouble windowDays) {
    /** The shortest automatic window in days: several times any transit such a search looks for. */
    public static final double MIN_WINDOW_DAYS = 1.0;
    /** No flattening. */
    public static final Flattening OFF = new Flattening(false, OptionalDouble.empty());
    /** Flattening over the search's automatic window. */
    public static final Flattening AUTOMATIC = new Flattening(true, OptionalDouble.empty());

    public Flattening {
        if (windowDays.isPresent()) {
            double w = windowDays.getAsDouble();
            if (!(w > 0 && Double.isFinite(w))) {
                throw new IllegalArgumentException("the flatten window must be a positive number of days, got " + w);
            }
            if (!enabled) {
                throw new IllegalArgumentException("a flatten window needs flattening enabled");
            }
        }
    }

    /** Flattening over a window of this many days. */
    public static Flattening windowDays(double days) {
        return new Flattening(true, OptionalDouble.of(days));
    }
}
