package radio.periodsearch;

import java.nio.file.Path;
import java.util.List;

/**
 * A period search that could not be done, with the files of that search (empty for light curves built in memory).
 * One subtype per failure family, so callers can tell an input problem from a search that had nothing to search:
 * {@link UnreadableLightCurveException}, {@link StitchException}, {@link EmptyPeriodRangeException},
 * {@link UnsearchableLightCurveException}. Other searches of the same run are not affected.
 */
public abstract sealed class PeriodSearchException extends Exception
        permits UnreadableLightCurveException, StitchException, EmptyPeriodRangeException,
        UnsearchableLightCurveException {
    private static final long serialVersionUID = 1L;
    private final transient List<Path> files;

    PeriodSearchException(List<Path> files, String message, Throwable cause) {
        super(message, cause);
        this.files = List.copyOf(files);
    }

    /** The files of the search that failed, in the order given; empty for in-memory light curves. */
    public List<Path> files() {
        return files;
    }
}
