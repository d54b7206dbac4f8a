package radio.periodsearch;

import java.nio.file.Path;
import java.util.List;

/**
 * Light curves that cannot be searched as one: they are of different targets or in different time systems (the
 * message names both, as {@link radio.lightcurve.LightCurves#stitch} says it).
 */
public final class StitchException extends PeriodSearchException {
    private static final long serialVersionUID = 1L;

    StitchException(List<Path> files, IllegalArgumentException cause) {
        super(files, cause.getMessage(), cause);
    }
}
