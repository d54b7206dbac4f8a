package radio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import radio.testing.Fixtures;

class InfoCommandTest {
    private static final String TESS = "fits/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits";
    private static final String KEPLER_Q3 = "fits/kplr011442793-2009350155506_llc.fits";

    @TempDir
    Path home;

    @Test
    void describesATessFileInText() {
        CliRun r = CliRun.run(Map.of(), home, "info", Fixtures.file(TESS).toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("tess2018206045859-s0001-0000000025155310-0120-s_lc.fits\n")
                .contains("  product   TESS mission pipeline light curve (LIGHTCURVE, HDU 1)")
                .contains("  target    TIC 25155310, RA 63.373890°, Dec -69.226789°")
                .contains("  period    Sector 1")
                .contains("  cadence   2.0 min (TIMEDEL 0.001388888888888889 d); exposure 120.0 s per cadence")
                .contains("  time      1325.295260 – 1353.177332 BTJD (27.882 d); BJD_TDB = BTJD + 2457000")
                .contains("  rows      20076 in the table; 815 with NaN time; the default quality mask (175) drops "
                        + "1157 more; 18104 kept")
                .contains("  cadences  70444 – 90519")
                .contains("  flux      PDCSAP_FLUX [e-/s]; NaN in 1972 rows of the table, 0 of the kept")
                .contains("  columns   TIME (D, BJD - 2457000, days), TIMECORR (E, d), CADENCENO (J), ");
    }

    @Test
    void jsonHasOneObjectPerFileWithTheReadmeFacts() throws IOException {
        CliRun r = CliRun.run(Map.of(), home, "info", "--format", "json", Fixtures.file(KEPLER_Q3).toString(),
                Fixtures.file(TESS).toString());
        assertThat(r.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json).hasSize(2);
        JsonNode k = json.get(0);
        assertThat(k.get("mission").asText()).isEqualTo("Kepler");
        assertThat(k.get("object").asText()).isEqualTo("KIC 11442793");
        assertThat(k.get("periods").get(0).asText()).isEqualTo("Quarter 3");
        assertThat(k.get("rows").asInt()).isEqualTo(4370);
        assertThat(k.get("nan_time_rows").asInt()).isEqualTo(142);
        assertThat(k.get("rows_hit_by_default_mask").asInt()).isEqualTo(230);
        assertThat(k.get("kept_by_default_read").asInt()).isEqualTo(4140);
        assertThat(k.get("dropped_by_default_mask").asInt()).isEqualTo(4370 - 142 - 4140);
        assertThat(k.get("time_system").asText()).isEqualTo("BKJD");
        assertThat(k.get("columns")).hasSize(20);
        assertThat(k.get("columns").get(9).get("name").asText()).isEqualTo("SAP_QUALITY");
        assertThat(json.get(1).get("default_quality_mask").asInt()).isEqualTo(175);
    }

    @Test
    void badFileAmongGoodOnesIsOneLineOnStderrAndTheRestIsDescribed() throws IOException {
        byte[] cut = Arrays.copyOf(Fixtures.bytes(KEPLER_Q3), 30000);
        Path broken = Files.write(home.resolve("broken_llc.fits"), cut);
        Path text = Files.writeString(home.resolve("notes.txt"), "hello");
        CliRun r = CliRun.run(Map.of(), home, "info", Fixtures.file(TESS).toString(), broken.toString(),
                text.toString(), home.resolve("missing.fits").toString(), Fixtures.file(KEPLER_Q3).toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("TIC 25155310").contains("KIC 11442793");
        assertThat(r.err().lines()).containsExactly(
                "radio: broken_llc.fits: truncated: HDU 1 (LIGHTCURVE) needs 437000 bytes of table data, the file "
                        + "ends after 9840",
                "radio: notes.txt: not a light curve: not a FITS file (it starts with \"hello\")",
                "radio: " + home.resolve("missing.fits") + ": no such file");
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void relativePathsAreResolvedFromTheWorkingDirectory() throws IOException {
        Files.copy(Fixtures.file("fits/kplr002013502-2009131105131_llc.fits"), home.resolve("q0_llc.fits"));
        CliRun r = CliRun.run(Map.of(), home, "info", "q0_llc.fits");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("KIC 2013502").contains("476 in the table");
    }

    @Test
    void unknownFormatIsAUsageError() {
        CliRun r = CliRun.run(Map.of(), home, "info", "--format", "xml", "x.fits");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--format").contains("xml");
    }

    @Test
    void noFileIsAUsageError() {
        CliRun r = CliRun.run(Map.of(), home, "info");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("FILE");
    }
}
