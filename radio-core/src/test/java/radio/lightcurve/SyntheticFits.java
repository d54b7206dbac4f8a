package radio.lightcurve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.BinaryTable;
import nom.tam.fits.BinaryTableHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.FitsException;
import nom.tam.fits.Header;
import nom.tam.fits.ImageHDU;
import nom.tam.fits.NullDataHDU;

/**
 * Writes small FITS files for tests with nom-tam-fits (an independent FITS writer, so the reader is checked
 * against someone else's encoding): a primary header with the given cards, then one binary table.
 */
final class SyntheticFits {
    private final Map<String, Object> primary = new LinkedHashMap<>();
    private final Map<String, Object> table = new LinkedHashMap<>();
    private final Map<String, Object> columns = new LinkedHashMap<>();
    private String extname = "LIGHTCURVE";
    private boolean withImage;

    SyntheticFits primary(String key, Object value) {
        primary.put(key, value);
        return this;
    }

    SyntheticFits table(String key, Object value) {
        table.put(key, value);
        return this;
    }

    /** A column: a double[], float[], int[] or short[] array, all the same length. */
    SyntheticFits column(String name, Object values) {
        columns.put(name, values);
        return this;
    }

    SyntheticFits extname(String name) {
        this.extname = name;
        return this;
    }

    /** Adds an int32 image HDU after the table (as target-pixel and light-curve files have). */
    SyntheticFits withImage() {
        this.withImage = true;
        return this;
    }

    /** A TESS-like light curve of {@code n} cadences, 2-minute cadence from BTJD 1400, flux 1000 e-/s. */
    static SyntheticFits tess(int n) {
        double[] t = new double[n];
        float[] f = new float[n];
        float[] e = new float[n];
        int[] c = new int[n];
        for (int i = 0; i < n; i++) {
            t[i] = 1400 + i * 2.0 / 1440;
            f[i] = 1000 + i;
            e[i] = 1;
            c[i] = 5000 + i;
        }
        return new SyntheticFits().primary("TELESCOP", "TESS").primary("OBJECT", "TIC 42").primary("TICID", 42)
                .primary("SECTOR", 9).table("BJDREFI", 2457000).table("BJDREFF", 0.0).table("TIMESYS", "TDB")
                .table("TIMEDEL", 2.0 / 1440)
                .column("TIME", t).column("PDCSAP_FLUX", f).column("PDCSAP_FLUX_ERR", e)
                .column("QUALITY", new int[n]).column("CADENCENO", c);
    }

    Path write(Path file) throws IOException {
        try (Fits fits = new Fits()) {
            NullDataHDU p = new NullDataHDU();
            put(p.getHeader(), primary);
            fits.addHDU(p);
            BinaryTable t = new BinaryTable();
            for (Object values : columns.values()) {
                t.addColumn(values);
            }
            BinaryTableHDU h = t.toHDU();
            int i = 0;
            for (String name : columns.keySet()) {
                h.setColumnName(i++, name, null);
            }
            h.getHeader().addValue("EXTNAME", extname, null);
            put(h.getHeader(), table);
            fits.addHDU(h);
            if (withImage) {
                BasicHDU<?> img = Fits.makeHDU(new int[][] {{1, 3}, {3, 1}});
                img.getHeader().addValue("EXTNAME", "APERTURE", null);
                fits.addHDU((ImageHDU) img);
            }
            fits.write(file.toFile());
        } catch (FitsException e) {
            throw new IOException(e);
        }
        return file;
    }

    private static void put(Header h, Map<String, Object> cards) throws FitsException {
        for (Map.Entry<String, Object> c : cards.entrySet()) {
            Object v = c.getValue();
            if (v instanceof String s) {
                h.addValue(c.getKey(), s, null);
            } else if (v instanceof Integer n) {
                h.addValue(c.getKey(), n, null);
            } else if (v instanceof Double d) {
                h.addValue(c.getKey(), d, null);
            } else if (v instanceof Boolean b) {
                h.addValue(c.getKey(), b, null);
            } else {
                throw new IllegalArgumentException("unsupported card value " + v);
            }
        }
    }
}
