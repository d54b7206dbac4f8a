package radio.lightcurve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.stream.Stream;

/**
 * Entry points for notebook-style use:
 * <pre>{@code
 * LightCurve lc = LightCurves.read(Path.of("tess2018206045859-s0001-0000000025155310-0120-s_lc.fits"));
 * FoldedLightCurve folded = lc.normalize().removeOutliers().flatten().fold(3.288776, 1327.520678);
 * }</pre>
 * Reading is delegated to a {@link FitsLightCurveReader}; see there for the rules and the exceptions.
 */
public final class LightCurves {
    private static final FitsLightCurveReader READER = new FitsLightCurveReader();

    private LightCurves() {
    }

    /** Reads a light-curve file with {@link ReadOptions#DEFAULT} (PDCSAP flux, default quality mask). */
    public static LightCurve read(Path file) throws IOException {
        return READER.read(file);
    }

    /** Reads a light-curve file with the given options. */
    public static LightCurve read(Path file, ReadOptions options) throws IOException {
        return READER.read(file, options);
    }

    /** Reads files lazily, one at a time; see {@link FitsLightCurveReader#readAll}. */
    public static Stream<LightCurve> readAll(Collection<Path> files, ReadOptions options) {
        return READER.readAll(files, options);
    }
}
