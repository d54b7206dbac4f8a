package radio.lightcurve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import radio.testing.Fixtures;

/** Broken and foreign files give an exception naming the file and what is wrong, of the right family. */
class ReaderErrorsTest {
    private static final String KEPLER_Q0 = "fits/kplr002013502-2009131105131_llc.fits";
    /** Where that file's LIGHTCURVE header and table data start (astropy: _header_offset, _data_offset). */
    private static final int TABLE_HEADER = 5760;
    private static final int TABLE_DATA = 20160;
    private final FitsLightCurveReader reader = new FitsLightCurveReader();

    @TempDir
    Path dir;

    @Test
    void fileCutInTheMiddleOfTheTableIsCorruptAndSaysTruncated() throws IOException {
        byte[] all = Fixtures.bytes(KEPLER_Q0);
        Path cut = write("cut_llc.fits", Arrays.copyOf(all, TABLE_DATA + 20000));
        assertThatThrownBy(() -> reader.read(cut))
                .isInstanceOf(CorruptLightCurveException.class)
                .hasMessageStartingWith("cut_llc.fits: truncated: HDU 1 (LIGHTCURVE) needs 47600 bytes of table data")
                .satisfies(e -> assertThat(((CorruptLightCurveException) e).file()).isEqualTo(cut));
    }

    @Test
    void fileCutInsideAHeaderIsCorrupt() throws IOException {
        Path cut = write("header_cut.fits", Arrays.copyOf(Fixtures.bytes(KEPLER_Q0), TABLE_HEADER + 1000));
        assertThatThrownBy(() -> reader.read(cut))
                .isInstanceOf(CorruptLightCurveException.class)
                .hasMessage("header_cut.fits: truncated in the header of HDU 1");
    }

    @Test
    void garbageBytesAreNotAFitsFile() throws IOException {
        byte[] junk = new byte[5000];
        new Random(7).nextBytes(junk);
        junk[0] = 0x00;
        Path p = write("junk.fits", junk);
        assertThatThrownBy(() -> reader.read(p))
                .isInstanceOf(NotALightCurveException.class)
                .hasMessageStartingWith("junk.fits: not a light curve: not a FITS file (it starts with bytes 00 ");
    }

    @Test
    void textFileIsNotAFitsFile() throws IOException {
        Path p = write("notes.fits", "target,period\nWASP-126,3.29\n".getBytes());
        assertThatThrownBy(() -> reader.read(p))
                .isInstanceOf(NotALightCurveException.class)
                .hasMessage("notes.fits: not a light curve: not a FITS file (it starts with \"target,p\")");
    }

    @Test
    void emptyFileIsNotALightCurve() throws IOException {
        Path p = write("empty.fits", new byte[0]);
        assertThatThrownBy(() -> reader.read(p))
                .isInstanceOf(NotALightCurveException.class)
                .hasMessage("empty.fits: not a light curve: the file is empty");
    }

    @Test
    void garbageOverwritingTheTableHeaderIsCorrupt() throws IOException {
        byte[] all = Fixtures.bytes(KEPLER_Q0);
        Arrays.fill(all, TABLE_HEADER + 800, TABLE_HEADER + 900, (byte) 0x07);
        Path p = write("damaged.fits", all);
        assertThatThrownBy(() -> reader.read(p))
                .isInstanceOf(CorruptLightCurveException.class)
                .hasMessage("damaged.fits: damaged header in HDU 1: byte 0x7 in card 11 is not printable ASCII");
    }

    @Test
    void gzipOfATruncatedFileIsCorrupt() throws IOException {
        Path p = dir.resolve("cut_llc.fits.gz");
        gzip(Arrays.copyOf(Fixtures.bytes(KEPLER_Q0), TABLE_DATA + 100), p);
        assertThatThrownBy(() -> reader.read(p))
                .isInstanceOf(CorruptLightCurveException.class)
                .hasMessageStartingWith("cut_llc.fits.gz: truncated: HDU 1 (LIGHTCURVE) needs 47600 bytes");
    }

    @Test
    void truncatedGzipStreamIsCorrupt() throws IOException {
        Path whole = dir.resolve("whole.gz");
        gzip(Fixtures.bytes(KEPLER_Q0), whole);
        byte[] gz = Files.readAllBytes(whole);
        Path p = write("half_llc.fits.gz", Arrays.copyOf(gz, gz.length / 2));
        assertThatThrownBy(() -> reader.read(p))
                .isInstanceOf(CorruptLightCurveException.class)
                .hasMessageStartingWith("half_llc.fits.gz: truncated gzip stream after ");
    }

    @Test
    void damagedGzipStreamIsCorrupt() throws IOException {
        Path whole = dir.resolve("whole.gz");
        gzip(Fixtures.bytes(KEPLER_Q0), whole);
        byte[] gz = Files.readAllBytes(whole);
        for (int i = 200; i < 260; i++) {
            gz[i] ^= 0x5a;
        }
        Path p = write("bad_llc.fits.gz", gz);
        assertThatThrownBy(() -> reader.read(p))
                .isInstanceOf(CorruptLightCurveException.class)
                .hasMessageContaining("bad_llc.fits.gz: ")
                .hasMessageContaining("gzip");
    }

    @Test
    void targetPixelFileIsNotALightCurveAndSaysWhatItLooksLike() throws IOException {
        Path p = SyntheticFits.tess(10).extname("TARGETTABLES").withImage().write(dir.resolve("x_tp.fits"));
        assertThatThrownBy(() -> reader.read(p))
                .isInstanceOf(NotALightCurveException.class)
                .hasMessage("x_tp.fits: not a light curve: looks like a target-pixel file "
                        + "(HDUs: PRIMARY, TARGETTABLES, APERTURE); read its light curve file instead");
    }

    @Test
    void fitsWithoutALightCurveTableNamesItsHdus() throws IOException {
        Path p = SyntheticFits.tess(10).extname("EVENTS").write(dir.resolve("events.fits"));
        assertThatThrownBy(() -> reader.read(p))
                .isInstanceOf(NotALightCurveException.class)
                .hasMessage("events.fits: not a light curve: a FITS file without a LIGHTCURVE, BESTAPER (K2SFF) or "
                        + "PDC/SAP (K2SC) table (HDUs: PRIMARY, EVENTS)");
    }

    @Test
    void lightCurveTableWithoutTimeColumnIsCorrupt() throws IOException {
        Path p = new SyntheticFits().primary("TELESCOP", "TESS").table("BJDREFI", 2457000)
                .column("PDCSAP_FLUX", new float[] {1, 2}).column("CADENCENO", new int[] {1, 2})
                .write(dir.resolve("notime.fits"));
        assertThatThrownBy(() -> reader.read(p))
                .isInstanceOf(CorruptLightCurveException.class)
                .hasMessage("notime.fits: HDU 1 (LIGHTCURVE) has no TIME column; columns: [PDCSAP_FLUX, CADENCENO]");
    }

    @Test
    void missingTimeReferenceIsCorrupt() throws IOException {
        Path p = new SyntheticFits().primary("TELESCOP", "TESS")
                .column("TIME", new double[] {1, 2}).column("PDCSAP_FLUX", new float[] {1, 2})
                .column("CADENCENO", new int[] {1, 2}).write(dir.resolve("noref.fits"));
        assertThatThrownBy(() -> reader.read(p))
                .isInstanceOf(CorruptLightCurveException.class)
                .hasMessage("noref.fits: HDU 1 (LIGHTCURVE) has no BJDREFI: the time reference is unknown");
    }

    @Test
    void missingFileIsAnIoExceptionNamingIt() {
        Path p = dir.resolve("absent_lc.fits");
        assertThatThrownBy(() -> reader.read(p)).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("absent_lc.fits");
    }

    @Test
    void directoryIsNotALightCurve() {
        assertThatThrownBy(() -> reader.read(dir)).isInstanceOf(NotALightCurveException.class)
                .hasMessageEndingWith("not a light curve: it is a directory");
    }

    @Test
    void readAllStopsAtTheBrokenFileWithItsOwnException() throws IOException {
        Path good = Fixtures.file(KEPLER_Q0);
        Path bad = write("bad.fits", "nope".getBytes());
        var it = reader.readAll(List.of(good, bad, good), ReadOptions.DEFAULT).iterator();
        assertThat(it.next().size()).isEqualTo(473);
        assertThatThrownBy(it::next).isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(NotALightCurveException.class)
                .hasMessage("bad.fits: not a light curve: not a FITS file (it starts with \"nope\")");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static void gzip(byte[] bytes, Path to) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(to))) {
            out.write(bytes);
        }
    }
}
