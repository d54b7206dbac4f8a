package radio.periodsearch;

import java.util.Objects;
import radio.lightcurve.Flatten;

/**
 * The flattening a search applied.
 *
 * @param days   the window asked for, in days
 * @param filter the filter applied, its window in cadences ({@link Flatten#windowLength()}); apply it to the
 *               normalised light curve to see what was searched
 */
public record FlattenWindow(double days, Flatten filter) {
    public FlattenWindow {
        Objects.requireNonNull(filter, "filter");
    }

    /** The window in cadences: {@link #days()} over the cadence, odd, at least 5. */
    public int cadences() {
        return filter.windowLength();
    }
}
