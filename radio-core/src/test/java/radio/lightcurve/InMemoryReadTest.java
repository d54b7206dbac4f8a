package radio.lightcurve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import radio.testing.Fixtures;

/** Files held in memory (fetched from S3 by a Spark task) read exactly as the same files on disk. */
class InMemoryReadTest {
    private static final String TESS_WASP126 = "fits/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits";
    private static final String KEPLER_Q0 = "fits/kplr002013502-2009131105131_llc.fits";
    /** Where that file's LIGHTCURVE table data start (see ReaderErrorsTest). */
    private static final int TABLE_DATA = 20160;
    private final FitsLightCurveReader reader = new FitsLightCurveReader();

    @Test
    void bytesReadLikeTheFileAndTheNameStandsForTheSource() throws IOException {
        Path file = Fixtures.file(TESS_WASP126);
        Path name = Path.of("tess2018206045859-s0001-0000000025155310-0120-s_lc.fits");
        LightCurve fromFile = reader.read(file, ReadOptions.DEFAULT);
        LightCurve fromBytes = reader.read(name, Fixtures.bytes(TESS_WASP126), ReadOptions.DEFAULT);

        assertThat(fromBytes.time()).containsExactly(fromFile.time());
        assertThat(fromBytes.flux()).containsExactly(fromFile.flux());
        assertThat(fromBytes.fluxErr()).containsExactly(fromFile.fluxErr());
        assertThat(fromBytes.quality()).containsExactly(fromFile.quality());
        assertThat(fromBytes.meta().objectName()).isEqualTo("TIC 25155310");
        assertThat(fromBytes.meta().periods()).containsExactly(new ObservingPeriod(ObservingPeriod.Kind.SECTOR, 1));
        assertThat(fromBytes.meta().sources()).containsExactly(name);
    }

    @Test
    void gzippedBytesAreRecognisedByTheirMagicNumber() throws IOException {
        byte[] plain = Fixtures.bytes(KEPLER_Q0);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(plain);
        }
        LightCurve a = reader.read(Path.of("q0_llc.fits"), plain, ReadOptions.DEFAULT);
        LightCurve b = reader.read(Path.of("q0_llc.fits"), gz.toByteArray(), ReadOptions.DEFAULT);

        assertThat(b.size()).isEqualTo(a.size()).isEqualTo(reader.read(Fixtures.file(KEPLER_Q0)).size())
                .isGreaterThan(400);
        assertThat(b.flux()).containsExactly(a.flux());
    }

    @Test
    void truncatedBytesAreCorruptAndNamedByTheGivenName() {
        byte[] cut = Arrays.copyOf(Fixtures.bytes(KEPLER_Q0), TABLE_DATA + 20000);
        assertThatThrownBy(() -> reader.read(Path.of("cut_llc.fits"), cut, ReadOptions.DEFAULT))
                .isInstanceOf(CorruptLightCurveException.class)
                .hasMessageStartingWith("cut_llc.fits: truncated: HDU 1 (LIGHTCURVE) needs 47600 bytes of table data");
    }

    @Test
    void foreignBytesAreNotALightCurve() {
        byte[] text = "target,label\nK2-18,1\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (byte[] bytes : List.of(text, new byte[0])) {
            assertThatThrownBy(() -> reader.read(Path.of("labels.fits"), bytes, ReadOptions.DEFAULT))
                    .isInstanceOf(NotALightCurveException.class)
                    .hasMessageStartingWith("labels.fits: not a light curve: ");
        }
    }
}
