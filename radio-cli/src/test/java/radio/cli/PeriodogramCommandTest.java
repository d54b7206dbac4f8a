package radio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import radio.testing.Fixtures;

class PeriodogramCommandTest {
    private static final String WASP126 = "fits/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits";
    private static final String K2_VARIABLE = "fits/ktwo211436265-c05_llc.fits";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private static String fixture(String name) {
        return Fixtures.file(name).toString();
    }

    private CliRun run(String... args) {
        return CliRun.run(Map.of(), home, args);
    }

    private JsonNode json(CliRun r) throws IOException {
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode all = JSON.readTree(r.out());
        assertThat(all.isArray()).isTrue();
        return all;
    }

    @ParameterizedTest(name = "{0}: {2} d")
    @CsvSource({
        "WASP-126 b, fits/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits, 3.289",
        "WASP-100 b, fits/tess2018206045859-s0001-0000000038846515-0120-s_lc.fits, 2.849",
        "WASP-46 b, fits/tess2018206045859-s0001-0000000231663901-0120-s_lc.fits, 1.430",
        "WASP-4 b, fits/tess2018234235059-s0002-0000000402026209-0121-s_lc.fits, 1.338",
        "TrES-2 b, fits/kplr011446443-2009131110544_slc.fits, 2.471"})
    void blsFindsTheKnownPlanetAsTheTopPeakWithinHalfAPercent(String planet, String file, double period)
            throws IOException {
        JsonNode r = json(run("periodogram", fixture(file), "--method", "bls", "--format", "json")).get(0);
        assertThat(r.get("best").get("period_days").asDouble()).as(planet).isCloseTo(period, within(0.005 * period));
        assertThat(r.get("best").get("snr").asDouble()).as(planet).isGreaterThan(50);
    }

    @Test
    void aPeakWithFewerThanThreeTransitsCarriesAWarningInTextAndJson() throws IOException {
        // one Kepler quarter is 89 days: no period of 45 days or more fits three transits into it
        String q3 = fixture("fits/kplr011442793-2009350155506_llc.fits");
        JsonNode r = json(run("periodogram", q3, "--min-period", "45", "--max-period", "85", "--format", "json"))
                .get(0);

        assertThat(r.get("best").get("transits").asInt()).isBetween(1, 2);
        assertThat(r.get("warnings")).hasSize(1);
        assertThat(r.get("warnings").get(0).asText()).matches("only [12] transits? in the data: the period is not "
                + "established");
        CliRun text = run("periodogram", q3, "--min-period", "45", "--max-period", "85");
        assertThat(text.out()).containsPattern("(?m)^  warning   only [12] transits? in the data");

        JsonNode wasp126 = json(run("periodogram", fixture(WASP126), "--format", "json")).get(0);
        assertThat(wasp126.get("warnings")).isEmpty();
        assertThat(wasp126.get("best").get("transits").asInt()).isGreaterThanOrEqualTo(7);
    }

    @Test
    void textOutputGivesPeriodEpochDurationDepthAndSnr() {
        CliRun r = run("periodogram", fixture(WASP126));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out())
                .startsWith("TIC 25155310 · TESS Sector 1  (tess2018206045859-s0001-0000000025155310-0120-s_lc.fits)")
                .contains("BLS (fast, likelihood) on 18104 points, flattened over 1 d")
                .containsPattern("period    3\\.2[89]\\d+ d")
                .containsPattern("epoch     1327\\.5\\d+ BTJD")
                .containsPattern("duration  0\\.\\d{4} d \\(\\d\\.\\d\\d h\\)")
                .containsPattern("depth     5\\d{3} ± \\d{2} ppm")
                .containsPattern("SNR       1\\d\\d\\.\\d");
    }

    @Test
    void jsonHasUnitsInItsKeysTheGridAndTheVettingStatistics() throws IOException {
        JsonNode r = json(run("periodogram", fixture(WASP126), "--format", "json", "--max-period", "5")).get(0);
        assertThat(r.get("files").get(0).asText()).endsWith("0000000025155310-0120-s_lc.fits");
        assertThat(r.get("time_system").asText()).isEqualTo("BTJD");
        assertThat(r.get("points").asInt()).isEqualTo(18104);
        JsonNode best = r.get("best");
        double epoch = best.get("epoch").asDouble();
        assertThat(best.get("epoch_bjd").asDouble()).isCloseTo(2457000 + epoch, within(1e-6));
        // the transit of WASP-126 b: T0 = 1327.520678 BTJD, about 5700 ppm deep, 3.3 h long
        double p = best.get("period_days").asDouble();
        assertThat(Math.abs(((epoch - 1327.520678) / p) - Math.rint((epoch - 1327.520678) / p)) * p)
                .isLessThan(0.02);
        assertThat(best.get("depth_ppm").asDouble()).isBetween(5000.0, 6500.0);
        assertThat(best.get("depth_err_ppm").asDouble()).isBetween(20.0, 100.0);
        assertThat(best.get("duration_days").asDouble()).isBetween(0.1, 0.2);
        JsonNode grid = r.get("grid");
        assertThat(grid.get("max_period_days").asDouble()).isCloseTo(5, within(0.01));
        assertThat(grid.get("durations_days")).hasSize(6);
        JsonNode stats = r.get("stats");
        assertThat(stats.get("depth_odd_ppm").asDouble()).isCloseTo(stats.get("depth_even_ppm").asDouble(),
                within(300.0));
        assertThat(stats.get("transit_times")).hasSize(stats.get("per_transit_count").size());
        assertThat(stats.get("harmonic_delta_log_likelihood").asDouble()).isNegative();
        assertThat(r.has("power")).as("spectrum only on request").isFalse();
    }

    @Test
    void spectrumAddsThePeriodogramArrays() throws IOException {
        JsonNode r = json(run("periodogram", fixture(WASP126), "--format", "json", "--spectrum",
                "--frequency-factor", "40")).get(0);
        int n = r.get("grid").get("periods").asInt() + r.get("grid").get("refined_periods").asInt();
        assertThat(r.get("period_days")).hasSize(n);
        assertThat(r.get("power")).hasSize(n);
    }

    @Test
    void lombScargleFindsTheRotationOfTheK2Variable() throws IOException {
        JsonNode r = json(run("periodogram", fixture(K2_VARIABLE), "--method", "ls", "--format", "json")).get(0);
        assertThat(r.get("method").asText()).isEqualTo("ls");
        assertThat(r.get("flatten_window_days").isNull()).as("ls does not flatten by default").isTrue();
        // the K2SC test notebook calls it a periodic variable with a clear ~3.3 d period
        assertThat(r.get("best").get("period_days").asDouble()).isCloseTo(3.3, within(0.1));
        assertThat(r.get("best").get("false_alarm_probability").asDouble()).isLessThan(1e-10);
        // up to the Nyquist frequency of the 29.4-minute cadence
        assertThat(r.get("grid").get("max_frequency_per_day").asDouble()).isCloseTo(24.47, within(0.01));
    }

    @Test
    void plotsOnePngPerFileWithDerivedNames() throws IOException {
        Path png = home.resolve("out/bls.png");
        CliRun r = run("periodogram", fixture(WASP126), fixture(K2_VARIABLE), "--method", "ls", "--plot",
                png.toString(), "--max-period", "10");
        assertThat(r.exitCode()).as(r.err()).isZero();
        Path first = home.resolve("out/bls-tess2018206045859-s0001-0000000025155310-0120-s_lc.png");
        Path second = home.resolve("out/bls-ktwo211436265-c05_llc.png");
        assertThat(r.out()).contains("plot      " + first).contains("plot      " + second);
        for (Path p : new Path[] {first, second}) {
            BufferedImage img = ImageIO.read(p.toFile());
            assertThat(img.getWidth()).isEqualTo(1200);
            assertThat(img.getHeight()).isEqualTo(560);
        }
        try (var files = Files.list(png.getParent())) {
            assertThat(files).hasSize(2);
        }
    }

    @Test
    void oneFileWritesThePlotToTheGivenName() throws IOException {
        Path png = home.resolve("wasp126.png");
        CliRun r = run("periodogram", fixture(WASP126), "--plot", png.toString(), "--format", "json");
        assertThat(json(r).get(0).get("png").asText()).isEqualTo(png.toString());
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(1200);
    }

    @Test
    void minimumPeriodAboveMaximumIsAUsageErrorBeforeAnyFileIsRead() {
        CliRun r = run("periodogram", home.resolve("missing.fits").toString(), "--min-period", "5",
                "--max-period", "2");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--min-period 5 d is above --max-period 2 d").doesNotContain("missing.fits");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void otherBadOptionsAreUsageErrorsNamingTheOption() {
        String file = home.resolve("missing.fits").toString();
        assertThat(run("periodogram", file, "--min-period", "0.3").err())
                .contains("--durations: the longest duration 0.33 d must be shorter than --min-period 0.3 d");
        assertThat(run("periodogram", file, "--method", "ls", "--durations", "0.1").err())
                .contains("--durations applies to --method bls only");
        assertThat(run("periodogram", file, "--max-period", "-1").err())
                .contains("--max-period must be a positive number, got -1.0");
        assertThat(run("periodogram", file, "--spectrum").err()).contains("--spectrum needs --format json");
        CliRun r = run("periodogram", file, "--method", "fourier");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--method");
    }

    @Test
    void anUnreadableFileIsNamedAndTheOthersAreStillSearched() throws IOException {
        Path broken = home.resolve("broken.fits");
        Files.writeString(broken, "not a FITS file");
        CliRun r = run("periodogram", broken.toString(), fixture(K2_VARIABLE), "--method", "ls");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("broken.fits");
        assertThat(r.out()).contains("EPIC 211436265 · K2 Campaign 5").doesNotContain("broken");
    }

    @Test
    void stitchedQuartersAreSearchedAsOneLightCurve() throws IOException {
        CliRun r = run("periodogram", fixture("fits/kplr011442793-2009350155506_llc.fits"),
                fixture("fits/kplr011442793-2010009091648_llc.fits"),
                fixture("fits/kplr011442793-2010174085026_llc.fits"), "--stitch", "--method", "ls", "--format", "json");
        JsonNode all = json(r);
        assertThat(all).hasSize(1);
        JsonNode s = all.get(0);
        assertThat(s.get("files")).hasSize(3);
        assertThat(s.get("title").asText()).isEqualTo("KIC 11442793 · Kepler Q3, Q4, Q5");
        assertThat(s.get("points").asInt()).isEqualTo(4134 + 1008 + 4486);
    }

    @Test
    void flatteningCanBeSwitchedOffAndItsWindowSet() throws IOException {
        JsonNode off = json(run("periodogram", fixture(WASP126), "--no-flatten", "--format", "json",
                "--max-period", "4")).get(0);
        assertThat(off.get("flatten_window_days").isNull()).isTrue();
        JsonNode wide = json(run("periodogram", fixture(WASP126), "--flatten-window", "2", "--format", "json",
                "--max-period", "4")).get(0);
        assertThat(wide.get("flatten_window_days").asDouble()).isEqualTo(2.0);
        assertThat(wide.get("flatten_window_cadences").asInt()).isEqualTo(1441);
    }
}
