package radio.periodsearch;

import java.nio.file.Path;
import java.util.List;

/**
 * A light curve that was read but cannot be searched: too few points or cadences, no positive median flux to
 * normalise by, a grid too large to compute, no dip of positive depth at any period. The message is the reason
 * given by the step that refused (the cause).
 */
public final class UnsearchableLightCurveException extends PeriodSearchException {
    private static final long serialVersionUID = 1L;

    UnsearchableLightCurveException(List<Path> files, RuntimeException cause) {
        super(files, cause.getMessage() == null || cause.getMessage().isBlank() ? cause.getClass().getSimpleName()
                : cause.getMessage(), cause);
    }
}
