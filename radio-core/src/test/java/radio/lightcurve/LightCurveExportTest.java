package radio.lightcurve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import radio.testing.Fixtures;

/** Exported light curves read back the same: by radio's reader, as CSV, and by astropy. */
class LightCurveExportTest {
    private static final String TESS = "fits/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits";

    @TempDir
    Path dir;

    private static LightCurve wasp126() throws Exception {
        return new FitsLightCurveReader().read(Fixtures.file(TESS), ReadOptions.DEFAULT.withNanFlux(NanFlux.DROP));
    }

    @Test
    void aFitsExportReadsBackIdenticallyWithRadiosOwnReader() throws Exception {
        LightCurve lc = wasp126();
        Path file = dir.resolve("wasp126.fits");

        LightCurveExport.writeFits(lc, file);
        LightCurve back = new FitsLightCurveReader().read(file, ReadOptions.DEFAULT.withQuality(QualityMask.NONE));

        assertThat(back.time()).isEqualTo(lc.time());
        assertThat(back.flux()).isEqualTo(lc.flux());
        assertThat(back.fluxErr()).isEqualTo(lc.fluxErr());
        assertThat(back.quality()).isEqualTo(lc.quality());
        assertThat(back.cadenceNumber()).isEqualTo(lc.cadenceNumber());
        assertThat(back.timeSystem()).isEqualTo(lc.timeSystem());
        assertThat(back.meta().mission()).isEqualTo(lc.meta().mission());
        assertThat(back.meta().objectName()).isEqualTo(lc.meta().objectName());
        assertThat(Files.size(file) % 2880).isZero();
        assertThat(LightCurveExport.FITS.recognizer().recognizes(file)).isTrue();
        assertThat(LightCurveExport.FITS.recognizer().recognizes(Fixtures.file(TESS))).as("a pipeline file").isFalse();
    }

    @Test
    void aCsvExportStatesItsTimeSystemAndHoldsEveryCadence() throws Exception {
        LightCurve lc = wasp126().normalize();
        Path file = dir.resolve("wasp126.csv");

        LightCurveExport.writeCsv(lc, file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);

        assertThat(lines.get(0)).startsWith("# radio export of TIC 25155310");
        assertThat(lines).contains("# time: days, BTJD = BJD - 2457000, scale TDB",
                "# flux, flux_err: relative (normalised); NaN = no measurement", "time,flux,flux_err,quality");
        List<String> rows = lines.stream().filter(l -> !l.startsWith("#")).skip(1).toList();
        assertThat(rows).hasSize(lc.size());
        String[] first = rows.get(0).split(",");
        assertThat(Double.parseDouble(first[0])).isEqualTo(lc.timeAt(0));
        assertThat(Double.parseDouble(first[1])).isEqualTo(lc.fluxAt(0));
        assertThat(LightCurveExport.CSV.recognizer().recognizes(file)).isTrue();
    }

    @Test
    void astropyReadsBothExports() throws Exception {
        ReferencePython.assume("astropy");
        LightCurve lc = wasp126();
        Path fits = dir.resolve("x.fits");
        Path csv = dir.resolve("x.csv");
        LightCurveExport.writeFits(lc, fits);
        LightCurveExport.writeCsv(lc, csv);

        JsonNode r = new ObjectMapper().readTree(ReferencePython.run("read_export.py",
                List.of(fits.toString(), csv.toString()), new byte[0]));

        double timeSum = Arrays.stream(lc.time()).sum();
        assertThat(r.get("fits_rows").asInt()).isEqualTo(lc.size());
        assertThat(r.get("csv_rows").asInt()).isEqualTo(lc.size());
        assertThat(r.get("fits_time_sum").asDouble()).isCloseTo(timeSum, within(1e-6 * timeSum));
        assertThat(r.get("csv_time_sum").asDouble()).isCloseTo(timeSum, within(1e-6 * timeSum));
        assertThat(r.get("fits_flux_first").asDouble()).isEqualTo(lc.fluxAt(0));
        assertThat(r.get("fits_quality_sum").asLong()).isEqualTo(Arrays.stream(lc.quality()).asLongStream().sum());
        assertThat(r.get("bjdrefi").asInt()).isEqualTo(2457000);
        assertThat(r.get("timesys").asText()).isEqualTo("TDB");
        assertThat(r.get("object").asText()).isEqualTo("TIC 25155310");
        assertThat(r.get("origin").asText()).isEqualTo("radio export");
        assertThat(r.get("csv_columns").toString()).isEqualTo("[\"time\",\"flux\",\"flux_err\",\"quality\"]");
    }
}
