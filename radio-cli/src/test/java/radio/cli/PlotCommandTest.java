package radio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import radio.testing.Fixtures;

class PlotCommandTest {
    private static final String TESS = "fits/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits";
    private static final String KEPLER_Q0 = "fits/kplr002013502-2009131105131_llc.fits";

    @TempDir
    Path home;

    @Test
    void writesOnePngPerFileIntoOut() throws IOException {
        CliRun r = CliRun.run(Map.of(), home, "plot", "--out", "pngs", Fixtures.file(TESS).toString(),
                Fixtures.file(KEPLER_Q0).toString());
        assertThat(r.exitCode()).isZero();
        Path a = home.resolve("pngs/tess2018206045859-s0001-0000000025155310-0120-s_lc.png");
        Path b = home.resolve("pngs/kplr002013502-2009131105131_llc.png");
        assertThat(r.out().lines()).containsExactly(a.toString(), b.toString());
        BufferedImage img = ImageIO.read(a.toFile());
        assertThat(img.getWidth()).isEqualTo(1200);
        assertThat(img.getHeight()).isEqualTo(560);
        assertThat(Files.size(b)).isGreaterThan(20000);
    }

    @Test
    void foldsFlattensAndBinsOnRequest() throws IOException {
        CliRun r = CliRun.run(Map.of(), home, "plot", Fixtures.file(TESS).toString(), "--flatten", "--window", "301",
                "--fold", "3.288776", "--epoch", "1327.520678", "--transit-duration", "0.14", "--bin", "0.01",
                "--quality", "hard", "--flux", "sap");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(ImageIO.read(home.resolve("tess2018206045859-s0001-0000000025155310-0120-s_lc-folded.png").toFile())
                .getWidth()).isEqualTo(1200);
    }

    @Test
    void badFileIsNamedAndTheOthersArePlotted() throws IOException {
        Path junk = Files.write(home.resolve("junk.fits"), new byte[] {1, 2, 3});
        CliRun r = CliRun.run(Map.of(), home, "plot", junk.toString(), Fixtures.file(KEPLER_Q0).toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().lines()).containsExactly(
                "radio: junk.fits: not a light curve: not a FITS file (it starts with bytes 01 02 03)");
        assertThat(home.resolve("kplr002013502-2009131105131_llc.png")).exists();
        assertThat(home.resolve("junk.png")).doesNotExist();
    }

    @Test
    void invalidOptionsExitTwoBeforeAnyWork() throws IOException {
        String file = Fixtures.file(KEPLER_Q0).toString();
        Files.createDirectories(home.resolve("a"));
        Files.createDirectories(home.resolve("b"));
        String sameNameA = Files.copy(Fixtures.file(KEPLER_Q0), home.resolve("a/x.fits")).toString();
        String sameNameB = Files.copy(Fixtures.file(KEPLER_Q0), home.resolve("b/x.fits")).toString();
        String[][] cases = {
            {"--quality", "strict", file},
            {"--fold", "3.2", file},
            {"--epoch", "100", file},
            {"--fold", "-1", "--epoch", "100", file},
            {"--flatten", "--window", "100", file},
            {"--window", "101", file},
            {"--bin", "0", file},
            {"--fold", "1", "--epoch", "0", "--transit-duration", "0.1", file},
            {"--flatten", "--fold", "1", "--epoch", "0", "--transit-duration", "2", file},
            {sameNameA, sameNameB},
        };
        String[] expected = {
            "--quality: invalid quality mask 'strict'",
            "--fold and --epoch go together",
            "--fold and --epoch go together",
            "--fold: the period must be a positive number of days, got -1.0",
            "--window: window length must be an odd number",
            "--window needs --flatten",
            "--bin: the width must be a positive number of days, got 0.0",
            "--transit-duration needs --flatten and --fold/--epoch",
            "--transit-duration: duration must be positive and shorter than the period",
            "two inputs would both be written to",
        };
        for (int i = 0; i < cases.length; i++) {
            String[] args = new String[cases[i].length + 3];
            args[0] = "plot";
            args[1] = "--out";
            args[2] = "out" + i;
            System.arraycopy(cases[i], 0, args, 3, cases[i].length);
            CliRun r = CliRun.run(Map.of(), home, args);
            assertThat(r.exitCode()).as(String.join(" ", cases[i])).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", cases[i])).startsWith("radio: " + expected[i]);
            assertThat(home.resolve("out" + i)).as("nothing written").doesNotExist();
        }
    }

    @Test
    void aFileGivenTwiceIsPlottedOnce() {
        String file = Fixtures.file(KEPLER_Q0).toString();
        CliRun r = CliRun.run(Map.of(), home, "plot", file, file);
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().lines()).containsExactly(home.resolve("kplr002013502-2009131105131_llc.png").toString());
    }

    @Test
    void baseNameDropsFitsAndGzipExtensions() {
        assertThat(PlotCommand.baseName(Path.of("a/x_llc.fits"))).isEqualTo("x_llc");
        assertThat(PlotCommand.baseName(Path.of("x_lc.fits.gz"))).isEqualTo("x_lc");
        assertThat(PlotCommand.baseName(Path.of("x.FITS"))).isEqualTo("x");
        assertThat(PlotCommand.baseName(Path.of("x"))).isEqualTo("x");
    }
}
