package radio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import radio.testing.LoopbackServer;
import radio.testing.LoopbackServer.Reply;

/** Bad input is exit 2 with one line naming the culprit, and nothing is sent anywhere. */
class SearchUsageTest {
    @TempDir
    Path home;
    private LoopbackServer archive;
    private Map<String, String> env;

    @BeforeEach
    void start() {
        archive = LoopbackServer.start(r -> Reply.of(500, "should not be called"));
        String url = archive.baseUrl().toString();
        env = Map.of("RADIO_MAST_URL", url, "RADIO_RESOLVER_URL", url, "RADIO_EXOPLANET_ARCHIVE_URL", url);
    }

    @AfterEach
    void stop() {
        archive.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--radius|2 arcsec|--radius: '2 arcsec' is not an angle; use 0s, 2arcsec, 2\", 0.5arcmin, 0.001deg",
        "--radius|-1deg|--radius: '-1deg' is not an angle",
        "--exptime|-5|--exptime: -5.0 is not a positive number of seconds",
        "--product|LLC,,SLC|--product: empty code",
        "--mission|' '|--mission: empty mission name; one of BEFS, EUVE,",
        "--mission|Kepplr|--mission: 'Kepplr' is not a MAST mission; one of BEFS, EUVE, FUSE, GALEX, HLA, HLSP, HST, HUT, IMAPS, IUE, JWST, K2, K2FFI, Kepler, KeplerFFI, PS1, SPITZER_SHA, SWIFT, TESS, TUES, WUPPE",
        "--format|xml|--format: 'xml' is not one of table, csv, json",
        "--batch-size|0|--batch-size: 0 must be at least 1",
        "--mast-connections|0|--mast-connections: 0 is outside 1..64",
        "--mast-url|ftp://x|--mast-url: 'ftp://x' is not an http(s) URL"})
    void rejectsABadValueNamingTheOptionAndAttemptsNothing(String option, String value, String message) {
        CliRun r = CliRun.run(env, home, "search", "K2-18", option, value);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(message);
        assertThat(r.out()).isEmpty();
        assertThat(archive.received()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--quarter 4 --sector 1|--quarter (Kepler) and --sector (TESS) contradict each other",
        "--campaign 5 --mission TESS|--campaign and --mission TESS contradict each other: --campaign is for K2",
        "--cadence fast --mission K2|--cadence fast and --mission K2 contradict each other: K2 has no fast-cadence",
        "--cadence ffi --quarter 2|--cadence ffi and --quarter contradict each other: Kepler has no ffi-cadence",
        "--cadence short --exptime 1800|--cadence short and --exptime 1800 contradict each other: 1800 s is long",
        "--cadence long --exptime 0..100|--cadence long and --exptime 0..100 contradict each other",
        "--cadence weekly|--cadence: 'weekly' is not one of long, short, fast, ffi",
        "--quarter 18|--quarter: Kepler quarter 18 does not exist (0-17)",
        "--campaign 103|--campaign: K2 campaign 103 does not exist",
        "--sector 5-2|--sector: '5-2' is not an ascending range",
        "--exptime 9..1|--exptime: '9..1' is not a positive number of seconds",
        "--obs-id j8pu*,j9*|--obs-id: one wildcard pattern at a time",
        "--author K2SFF,,EVEREST|--author: empty value"})
    void contradictoryOrImpossibleSelectionsAreRefusedBeforeAnyWork(String options, String message) {
        List<String> args = new ArrayList<>(List.of("search", "K2-18"));
        args.addAll(List.of(options.split(" ")));

        CliRun r = CliRun.run(env, home, args.toArray(String[]::new));

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(message);
        assertThat(r.out()).isEmpty();
        assertThat(archive.received()).isEmpty();
    }

    @Test
    void criteriaNeedNoTargetButARadiusDoes() {
        CliRun r = CliRun.run(env, home, "search", "--proposal-id", "9401", "--radius", "0s");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--radius needs targets");
        assertThat(archive.received()).isEmpty();
    }

    @Test
    void noTargetsIsAUsageError() {
        CliRun r = CliRun.run(env, home, "search", "--mission", "K2");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("no targets: give at least one TARGET or --targets-file FILE");
        assertThat(archive.received()).isEmpty();
    }

    @Test
    void missingTargetsFileIsAUsageError() {
        CliRun r = CliRun.run(env, home, "search", "--targets-file", "nope.txt");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--targets-file: ").contains("nope.txt does not exist");
        assertThat(archive.received()).isEmpty();
    }

    @Test
    void sequentialAndBatchSizeContradict() {
        CliRun r = CliRun.run(env, home, "search", "K2-18", "--sequential", "--batch-size", "5");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--sequential and --batch-size contradict each other");
    }

    @Test
    void badEnvironmentUrlIsAConfigurationErrorNamingTheVariable() {
        CliRun r = CliRun.run(Map.of("RADIO_MAST_URL", "not a url"), home, "search", "K2-18");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("RADIO_MAST_URL");
    }
}
