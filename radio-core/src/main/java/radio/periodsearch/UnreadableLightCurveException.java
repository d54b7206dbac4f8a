package radio.periodsearch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A file of the search could not be read as a light curve. The cause is what
 * {@link radio.lightcurve.FitsLightCurveReader#read} threw: a {@link radio.lightcurve.NotALightCurveException}, a
 * {@link radio.lightcurve.CorruptLightCurveException}, another {@link IOException} (missing, no permission), or an
 * unchecked exception for content the reader rejected.
 */
public final class UnreadableLightCurveException extends PeriodSearchException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    UnreadableLightCurveException(List<Path> files, Path file, Exception cause) {
        super(files, message(file, cause), cause);
        this.file = file;
    }

    /** The reader's message, which names the file, or the file name and the message. */
    private static String message(Path file, Exception cause) {
        String m = cause.getMessage() == null || cause.getMessage().isBlank() ? cause.getClass().getSimpleName()
                : cause.getMessage();
        String name = String.valueOf(file.getFileName());
        return m.startsWith(name) || m.startsWith(file.toString()) ? m : name + ": " + m;
    }

    /** The file that could not be read. */
    public Path file() {
        return file;
    }

    /** What the reader threw. */
    public Exception reason() {
        return (Exception) getCause();
    }
}
