package radio.ml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import nom.tam.fits.BinaryTableHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.FitsException;
import nom.tam.util.FitsOutputStream;
import radio.sim.content.LightCurveFits;
import radio.sim.content.LightCurveSpec;

/** Light-curve files a data set must skip: every flux NaN, or far too short. */
public final class BadFiles {
    private BadFiles() {
    }

    /** A copy of {@code source} named as the K2 file of {@code epic}, with every PDCSAP flux NaN. */
    public static Path nanOnly(Path source, long epic, Path dir) throws IOException {
        Path out = dir.resolve("ktwo" + epic + "-c05_llc.fits");
        try (Fits f = new Fits(source.toFile())) {
            f.read();
            BinaryTableHDU table = (BinaryTableHDU) f.getHDU(1);
            int column = table.findColumn("PDCSAP_FLUX");
            float[] flux = (float[]) table.getColumn(column);
            Arrays.fill(flux, Float.NaN);
            table.setColumn(column, flux);
            try (FitsOutputStream o = new FitsOutputStream(Files.newOutputStream(out))) {
                f.write(o);
            }
        } catch (FitsException e) {
            throw new IOException(e);
        }
        return out;
    }

    /** A valid K2 light curve of {@code epic} with only 100 cadences (two days). */
    public static Path tooShort(long epic, Path dir) throws IOException {
        LightCurveSpec spec = new LightCurveSpec(LightCurveSpec.Flavour.K2, LightCurveSpec.Cadence.KEPLER_LONG, epic,
                5, 7, 130.0, 17.0, 12.0, 100, 1000, 2306.0, 5, 5, 11, List.of(), 1, "2016-01-01");
        Path out = dir.resolve("ktwo" + epic + "-c05_llc.fits");
        Files.write(out, new LightCurveFits().render(spec, 0));
        return out;
    }
}
