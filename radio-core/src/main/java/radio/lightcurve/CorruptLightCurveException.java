package radio.lightcurve;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A light-curve file that is recognised but cannot be read: truncated, with a damaged header, a corrupt gzip
 * stream, or a required column or keyword missing. The message names the file and what is wrong, e.g.
 * {@code x_lc.fits: truncated: HDU 1 (LIGHTCURVE) needs 2007600 bytes of table data, the file ends after 1000000}.
 */
public final class CorruptLightCurveException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    public CorruptLightCurveException(Path file, String what) {
        super(file.getFileName() + ": " + what);
        this.file = file;
    }

    public CorruptLightCurveException(Path file, String what, Throwable cause) {
        super(file.getFileName() + ": " + what, cause);
        this.file = file;
    }

    /** The file concerned. */
    public Path file() {
        return file;
    }
}
