package radio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import radio.sim.SimArchive;
import radio.testing.Fixtures;

/**
 * Exit codes mean one thing: 0 everything asked for was done; 1 some targets or files failed or had nothing
 * matching (each named on stderr and in the manifest); 2 usage or configuration error, nothing attempted.
 */
class ExitCodesTest {
    private static final String KEPLER_Q3 = "fits/kplr011442793-2009350155506_llc.fits";
    private static SimArchive sim;

    @TempDir
    Path home;

    @BeforeAll
    static void start() {
        sim = SimArchive.builder().start();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private CliRun radio(String... args) {
        Map<String, String> env = new HashMap<>(DownloadFixtures.env(sim));
        env.put("RADIO_HOME", home.resolve(".radio").toString());
        return CliRun.run(env, home, args);
    }

    @Test
    void aDesignationMastHasNeverObservedIsUnresolvedAndExitsOne() throws Exception {
        CliRun search = radio("search", "TIC 999999999999", "--product", "LC");

        assertThat(search.exitCode()).isEqualTo(1);
        assertThat(search.err()).isEqualTo("radio: TIC 999999999999: no such target at MAST: MAST lists no "
                + "observation of 999999999999" + System.lineSeparator());

        CliRun download = radio("download", "TIC 999999999999", "K2-21", "--product", "LLC", "--mission", "K2",
                "--out", "data", "--manifest", "m.csv");

        assertThat(download.exitCode()).isEqualTo(1);
        assertThat(DownloadFixtures.readCsv(home.resolve("m.csv"))).anySatisfy(row -> assertThat(row)
                .containsEntry("target", "TIC 999999999999").containsEntry("status", "no-products"))
                .anySatisfy(row -> assertThat(row).containsEntry("target", "K2-21")
                        .containsEntry("status", "downloaded"));
    }

    @Test
    void anUnresolvableNameIsUnresolvedInTheManifest() throws Exception {
        CliRun r = radio("download", "Nowhere Star", "--out", "data", "--manifest", "m.json");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("radio: Nowhere Star: could not resolve 'Nowhere Star'");
        assertThat(Files.readString(home.resolve("m.json"))).contains("\"status\" : \"unresolved\"");
    }

    @Test
    void anUnknownProductCodeIsWarnedAboutAndNothingMatchingExitsOne() throws Exception {
        CliRun r = radio("search", "K2-21", "--product", "XYZ");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().lines().toList()).hasSize(2);
        assertThat(r.err()).startsWith("radio: warning: --product XYZ: not a product code radio knows (LLC, SLC,")
                .contains("radio: K2-21: no products match the selection: ");
    }

    @Test
    void aTargetWithNothingMatchingIsInTheManifest() throws Exception {
        CliRun r = radio("download", "K2-1", "K2-21", "--mission", "K2", "--product", "LLC", "--out", "data",
                "--manifest", "m.csv");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(DownloadFixtures.readCsv(home.resolve("m.csv"))).anySatisfy(row -> assertThat(row)
                .containsEntry("target", "K2-1").containsEntry("status", "no-products")
                .hasEntrySatisfying("error", e -> assertThat(e).contains("target pixel files only")));
    }

    @Test
    void searchAndDownloadWordAnEmptyTargetsFileAlike() throws Exception {
        Files.writeString(home.resolve("none.txt"), "# nothing yet\n\n");
        sim.resetCounters();

        CliRun search = radio("search", "--targets-file", "none.txt");
        CliRun download = radio("download", "--targets-file", "none.txt");

        assertThat(search.exitCode()).isEqualTo(2);
        assertThat(download.exitCode()).isEqualTo(2);
        assertThat(search.err().lines().findFirst()).contains("radio: --targets-file none.txt: no targets in it");
        assertThat(download.err().lines().findFirst()).isEqualTo(search.err().lines().findFirst());
        assertThat(sim.requests()).isEmpty();
    }

    @Test
    void aMissingInputIsAUsageErrorUnlessOthersWereProcessed() {
        CliRun none = radio("info", "nope.fits");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).startsWith("radio: nope.fits: no such file");

        CliRun some = radio("info", "nope.fits", Fixtures.file(KEPLER_Q3).toString());
        assertThat(some.exitCode()).isEqualTo(1);
        assertThat(some.out()).contains("kplr011442793-2009350155506_llc.fits");
        assertThat(some.err()).contains("nope.fits: no such file");

        for (String command : List.of("plot", "periodogram")) {
            assertThat(radio(command, "nope.fits").exitCode()).as(command).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "info, --flux, SAP", "info, --format, JSON", "periodogram, --method, LS", "periodogram, --flux, Sap",
        "periodogram, --format, Json", "plot, --flux, SAP"})
    void enumOptionsTakeAnyCase(String command, String option, String value) {
        List<String> args = new java.util.ArrayList<>(List.of(command, option, value));
        if (command.equals("plot")) {
            args.addAll(List.of("--out", home.resolve("plots").toString()));
        }
        args.add(Fixtures.file(KEPLER_Q3).toString());

        CliRun r = radio(args.toArray(String[]::new));

        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @Test
    void searchFormatAndTargetsTableTakeAnyCase() {
        assertThat(radio("search", "K2-21", "--mission", "k2", "--product", "llc", "--format", "CSV").exitCode())
                .isZero();
        assertThat(radio("targets", "--table", "K2Names", "--format", "TEXT").exitCode()).isZero();
    }
}
