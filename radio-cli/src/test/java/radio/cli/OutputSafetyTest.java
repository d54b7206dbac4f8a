package radio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import radio.sim.SimArchive;
import radio.sim.server.Endpoint;
import radio.sim.server.Fault;
import radio.sim.server.FaultRule;
import radio.testing.Fixtures;

/**
 * radio never writes over one of a command's inputs or over a file of another kind, refuses an unusable output
 * path before any work (exit 2, one line naming option, path and reason), and names the OS's reason when output
 * fails later, once, without a stack trace.
 */
class OutputSafetyTest {
    private static final List<String> KEPLER_90 = List.of("kplr011442793-2009350155506_llc.fits",
            "kplr011442793-2010009091648_llc.fits", "kplr011442793-2010174085026_llc.fits");

    @TempDir
    Path home;
    private SimArchive sim;

    @BeforeEach
    void start() {
        sim = SimArchive.builder().start();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    /** Copies of fixture light curves in the working folder, as a user has them. */
    private List<Path> lightCurves(List<String> names) throws IOException {
        List<Path> out = new ArrayList<>();
        for (String name : names) {
            out.add(Files.copy(Fixtures.file("fits/" + name), home.resolve(name)));
        }
        return out;
    }

    private Map<String, String> env() {
        Map<String, String> env = new HashMap<>(DownloadFixtures.env(sim));
        env.put("RADIO_HOME", home.resolve(".radio").toString());
        return env;
    }

    private CliRun radio(String... args) {
        return CliRun.run(env(), home, args);
    }

    @Test
    void theGlobThatFillsPlotIsRefusedAndNoInputIsTouched() throws Exception {
        List<Path> fits = lightCurves(KEPLER_90);
        Map<Path, String> before = digests(fits);

        // radio periodogram --stitch --plot kplr011442793-*_llc.fits, the PNG name left out
        CliRun r = radio("periodogram", "--stitch", "--plot", KEPLER_90.get(0), KEPLER_90.get(1), KEPLER_90.get(2));

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("radio: --plot " + KEPLER_90.get(0) + ": not a .png path");
        assertThat(r.out()).isEmpty();
        assertThat(digests(fits)).isEqualTo(before);
        assertThat(names(home)).containsExactlyInAnyOrderElementsOf(KEPLER_90);
    }

    @Test
    void aPngPathThatIsAnInputIsRefused() throws Exception {
        Path fits = lightCurves(KEPLER_90.subList(0, 1)).get(0);
        Path png = Files.move(fits, home.resolve("q3.png"));
        String before = digest(png);

        CliRun r = radio("periodogram", "--plot", "q3.png", "q3.png");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("radio: --plot q3.png: is an input of this command");
        assertThat(digest(png)).isEqualTo(before);
    }

    @Test
    void anotherFitsFileNamedByPlotIsNeverReplaced() throws Exception {
        List<Path> fits = lightCurves(KEPLER_90.subList(0, 2));
        Files.copy(fits.get(1), home.resolve("g2.fits"));
        String before = digest(home.resolve("g2.fits"));

        CliRun r = radio("periodogram", "--plot", "g2.fits", KEPLER_90.get(0));

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("radio: --plot g2.fits: not a .png path");
        assertThat(digest(home.resolve("g2.fits"))).isEqualTo(before);
    }

    @Test
    void anExistingFileOfAnotherKindUnderAPngNameIsRefusedAndAnOldPngIsReplaced() throws Exception {
        lightCurves(KEPLER_90.subList(0, 1));
        Files.writeString(home.resolve("notes.png"), "my notes, not an image");

        CliRun refused = radio("periodogram", "--plot", "notes.png", KEPLER_90.get(0));

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).startsWith("radio: --plot notes.png: exists and is not a PNG image");
        assertThat(Files.readString(home.resolve("notes.png"))).isEqualTo("my notes, not an image");

        CliRun first = radio("periodogram", "--plot", "q3.png", KEPLER_90.get(0));
        CliRun again = radio("periodogram", "--plot", "q3.png", KEPLER_90.get(0));
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(again.exitCode()).as("radio replaces its own kind: %s", again.err()).isZero();
    }

    @Test
    void plotsIntoAnUnwritableFolderAreRefusedBeforeAnyFileIsRead() throws Exception {
        lightCurves(KEPLER_90.subList(0, 1));

        CliRun r = radio("plot", "--out", "/proc/radio-test", KEPLER_90.get(0));

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("radio: --out /proc/radio-test: not writable" + System.lineSeparator());
    }

    @Test
    void aPlotThatWouldReplaceAnInputIsRefused() throws Exception {
        // plot writes a.png for a.fits; here a.png is another input (a light curve under a PNG name)
        Path fits = lightCurves(KEPLER_90.subList(0, 1)).get(0);
        Path a = Files.move(fits, home.resolve("a.fits"));
        Files.copy(a, home.resolve("a.png"));
        String before = digest(home.resolve("a.png"));

        CliRun r = radio("plot", "a.fits", "a.png");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("radio: --out a.png: is an input of this command");
        assertThat(digest(home.resolve("a.png"))).isEqualTo(before);
    }

    @Test
    void downloadChecksOutAndManifestBeforeAnyRequest() throws Exception {
        Files.writeString(home.resolve("targets.csv"), "K2-21\n");
        Files.writeString(home.resolve("mine.csv"), "a,b\n1,2\n");
        Map<List<String>, String> cases = Map.of(
                List.of("K2-21", "--out", "/proc/radio-test"), "radio: --out /proc/radio-test: not writable",
                List.of("K2-21", "--manifest", "/proc/m.csv"), "radio: --manifest /proc/m.csv: not writable",
                List.of("--targets-file", "targets.csv", "--manifest", "targets.csv"),
                "radio: --manifest targets.csv: is an input of this command",
                List.of("K2-21", "--manifest", "mine.csv"),
                "radio: --manifest mine.csv: exists and is not a radio manifest");
        for (Map.Entry<List<String>, String> c : cases.entrySet()) {
            List<String> args = new ArrayList<>(List.of("download"));
            args.addAll(c.getKey());
            CliRun r = radio(args.toArray(String[]::new));
            assertThat(r.exitCode()).as("%s: %s", c.getKey(), r.err()).isEqualTo(2);
            assertThat(r.err()).as("%s", c.getKey()).startsWith(c.getValue()).doesNotContain("\tat ");
        }
        assertThat(sim.requests()).as("requests made").isEmpty();
        assertThat(Files.readString(home.resolve("mine.csv"))).isEqualTo("a,b\n1,2\n");
        assertThat(Files.readString(home.resolve("targets.csv"))).isEqualTo("K2-21\n");
    }

    @Test
    void aDiskThatFailsMidRunNamesEachFileAndTheReasonOnceWithoutAStackTrace() throws Exception {
        Path out = Files.createDirectories(home.resolve("data/mastDownload"));
        // the folder radio must create for K2 files is taken by a file: every write below it fails, as on a
        // disk whose permissions changed under the run (permission bits would not stop a test run as root)
        Files.writeString(out.resolve("K2"), "in the way");

        CliRun r = radio("download", "K2-21", "K2-28", "--mission", "K2", "--exptime", "1800", "--product", "LLC",
                "--out", "data", "--manifest", "m.csv");

        assertThat(r.exitCode()).isEqualTo(1);
        List<String> failures = r.err().lines().filter(l -> l.startsWith("radio: failed:")).toList();
        assertThat(failures).hasSize(2).allSatisfy(l -> assertThat(l)
                .containsPattern("radio: failed: ktwo\\d{9}-c03_llc.fits \\(K2-2[18]\\): cannot write "
                        + ".*/data/mastDownload/K2/ktwo\\d{9}-c03_lc/ktwo\\d{9}-c03_llc.fits: Not a directory"));
        assertThat(r.err()).doesNotContain("\tat ", "[WARN]", "Exception");
        assertThat(Files.readString(home.resolve("m.csv"))).contains("Not a directory");
    }

    @Test
    void outputThatCannotBeWrittenIsAnErrorWithTheOsReason() throws Exception {
        lightCurves(KEPLER_90.subList(0, 1));
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        StringWriter err = new StringWriter();
        CliContext context = new CliContext(Map.of(), home, home, new ByteArrayInputStream(new byte[0]), false);

        int code = Main.run(context, new String[] {"info", KEPLER_90.get(0)}, full, new PrintWriter(err, true));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("radio: cannot write output: No space left on device"
                + System.lineSeparator());
    }

    @Test
    void libraryWarningsGoToTheLogFileAndOnlyWithVerboseToStderr() throws Exception {
        // the Exoplanet Archive fails: the search warns that K2 names go to the resolver instead
        sim.close();
        sim = SimArchive.builder().retryAfter(Duration.ofMillis(1))
                .fault(FaultRule.first(1000, Fault.HTTP_503, Endpoint.TAP)).start();
        Map<String, String> env = env();
        env.put("RADIO_HOME", home.resolve("quiet").toString());

        CliRun quiet = CliRun.run(env, home, "search", "K2-21", "--mission", "K2", "--product", "LLC");

        assertThat(quiet.err()).doesNotContain("[WARN]", "HostCatalogs", "\tat ");
        assertThat(Files.readString(home.resolve("quiet/radio.log"))).contains("[WARN] HostCatalogs - could not read");

        env.put("RADIO_HOME", home.resolve("verbose").toString());
        CliRun verbose = CliRun.run(env, home, "-v", "search", "K2-21", "--mission", "K2", "--product", "LLC");

        assertThat(verbose.err()).contains("[WARN] HostCatalogs - could not read");
        assertThat(home.resolve("verbose/radio.log")).doesNotExist();
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static Map<Path, String> digests(List<Path> files) throws Exception {
        Map<Path, String> out = new HashMap<>();
        for (Path f : files) {
            out.put(f, digest(f));
        }
        return out;
    }

    private static String digest(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }
}
