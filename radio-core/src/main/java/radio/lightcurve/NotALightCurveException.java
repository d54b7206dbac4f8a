package radio.lightcurve;

import java.io.IOException;
import java.nio.file.Path;

/**
 * "Not my format": the file is readable but is not a light curve this reader knows (not FITS at all, or FITS
 * without a light-curve table, e.g. a target-pixel file). Callers can try another reader; users are told what the
 * file seems to be. Compare {@link CorruptLightCurveException}: a light curve that is broken.
 */
public final class NotALightCurveException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    public NotALightCurveException(Path file, String what) {
        super(file.getFileName() + ": not a light curve: " + what);
        this.file = file;
    }

    /** The file concerned. */
    public Path file() {
        return file;
    }
}
