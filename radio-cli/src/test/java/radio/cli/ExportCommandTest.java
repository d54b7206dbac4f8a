package radio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import radio.lightcurve.FitsLightCurveReader;
import radio.lightcurve.LightCurve;
import radio.lightcurve.QualityMask;
import radio.lightcurve.ReadOptions;
import radio.testing.Fixtures;

/** {@code radio export}: each format written, stitched quarters as one file, and no file of the user's replaced. */
class ExportCommandTest {
    private static final List<String> KEPLER_90 = List.of("kplr011442793-2009350155506_llc.fits",
            "kplr011442793-2010009091648_llc.fits", "kplr011442793-2010174085026_llc.fits");

    @TempDir
    Path home;

    private CliRun radio(String... args) {
        return CliRun.run(Map.of(), home, args);
    }

    private static String fixture(String name) {
        return Fixtures.file("fits/" + name).toString();
    }

    @Test
    void eachFormatIsWrittenUnderTheInputsNameIntoTheOutFolder() throws Exception {
        for (String format : List.of("csv", "parquet", "fits")) {
            CliRun r = radio("export", "--format", format, "--out", "out", fixture(KEPLER_90.get(0)));

            assertThat(r.exitCode()).as(r.err()).isZero();
            Path written = home.resolve("out").resolve("kplr011442793-2009350155506_llc"
                    + (format.equals("fits") ? "-export.fits" : "." + format));
            assertThat(r.out().strip()).isEqualTo(written.toString());
            assertThat(written).isRegularFile();
        }
    }

    @Test
    void stitchedQuartersAreOneFileRadioReadsBack() throws Exception {
        CliRun r = radio("export", "--format", "fits", "--stitch", "--out", "k90.fits", fixture(KEPLER_90.get(0)),
                fixture(KEPLER_90.get(1)), fixture(KEPLER_90.get(2)));

        assertThat(r.exitCode()).as(r.err()).isZero();
        LightCurve back = new FitsLightCurveReader().read(home.resolve("k90.fits"),
                ReadOptions.DEFAULT.withQuality(QualityMask.NONE));
        FitsLightCurveReader reader = new FitsLightCurveReader();
        int cadences = 0;
        for (String q : KEPLER_90) {
            cadences += reader.read(Fixtures.file("fits/" + q), ReadOptions.DEFAULT.withNanFlux(
                    radio.lightcurve.NanFlux.DROP)).size();
        }
        assertThat(back.size()).isEqualTo(cadences);
        assertThat(back.meta().objectName()).isEqualTo("KIC 11442793");
        double[] flux = java.util.Arrays.stream(back.flux()).filter(Double::isFinite).sorted().toArray();
        assertThat(flux[flux.length / 2]).as("stitched parts are normalised: median flux")
                .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-3));
    }

    @Test
    void anExportReplacesOnlyAnEarlierExportNeverTheUsersFiles() throws Exception {
        Path input = Files.copy(Fixtures.file("fits/" + KEPLER_90.get(0)), home.resolve("q3.fits"));
        Files.writeString(home.resolve("notes.csv"), "my,own\n1,2\n");
        byte[] before = Files.readAllBytes(input);

        CliRun intoInput = radio("export", "--format", "fits", "--stitch", "--out", "q3.fits", "q3.fits");
        CliRun overNotes = radio("export", "--format", "csv", "--stitch", "--out", "notes.csv", "q3.fits");
        CliRun first = radio("export", "--format", "csv", "q3.fits");
        CliRun again = radio("export", "--format", "csv", "q3.fits");

        assertThat(intoInput.exitCode()).isEqualTo(2);
        assertThat(intoInput.err()).startsWith("radio: --out q3.fits: is an input of this command");
        assertThat(overNotes.exitCode()).isEqualTo(2);
        assertThat(overNotes.err()).startsWith("radio: --out notes.csv: exists and is not a CSV light curve "
                + "exported by radio");
        assertThat(Files.readAllBytes(input)).isEqualTo(before);
        assertThat(Files.readString(home.resolve("notes.csv"))).isEqualTo("my,own\n1,2\n");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(again.exitCode()).as("replaces its own export: %s", again.err()).isZero();
    }
}
