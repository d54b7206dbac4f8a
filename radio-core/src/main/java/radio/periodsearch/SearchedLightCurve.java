package radio.periodsearch;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import radio.lightcurve.TimeSystem;

/**
 * What a search ran on.
 *
 * @param files         the files read, in the order given (for light curves passed in memory: their
 *                      {@link radio.lightcurve.LightCurveMeta#sources()}, often none)
 * @param target        the object's name, e.g. {@code TIC 25155310}
 * @param title         a one-line description, e.g. {@code KIC 11442793 · Kepler Q3, Q4, Q5}
 * @param timeSystem    the time axis of every epoch and transit time in the result (BKJD, BTJD…)
 * @param points        the cadences searched: finite time and flux after normalising and flattening
 * @param flattenWindow the flattening applied, if any
 */
public record SearchedLightCurve(List<Path> files, String target, String title, TimeSystem timeSystem, int points,
                                 Optional<FlattenWindow> flattenWindow) {
    public SearchedLightCurve {
        files = List.copyOf(files);
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(timeSystem, "timeSystem");
        Objects.requireNonNull(flattenWindow, "flattenWindow");
    }
}
