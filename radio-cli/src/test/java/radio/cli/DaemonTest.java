package radio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import radio.cli.daemon.DaemonClient;
import radio.cli.daemon.DaemonException;
import radio.cli.daemon.DaemonServer;
import radio.cli.daemon.Wire;
import radio.sim.SimArchive;
import radio.sim.server.Endpoint;

/**
 * The daemon runs commands as a process of their own would: same output, exit code, standard input, working
 * directory and environment; it declines what it must not run (busy, -v, another build) without running anything,
 * and a cancelled or abandoned command is interrupted. Server and clients in this JVM, over a real loopback connection.
 */
class DaemonTest {
    private static final String BUILD = "test-build";
    private static SimArchive sim;

    @TempDir
    Path home;

    private Path endpoint;
    private DaemonServer server;

    @BeforeAll
    static void startSim() {
        sim = SimArchive.builder().start();
    }

    @AfterAll
    static void stopSim() {
        sim.close();
    }

    @BeforeEach
    void startDaemon() {
        endpoint = Wire.endpointIn(home.resolve(".radio"));
        server = DaemonServer.start(endpoint, BUILD, Duration.ofMinutes(5), new DaemonCommand.CliCommands());
    }

    @AfterEach
    void stopDaemon() {
        server.close();
    }

    record Ran(int exitCode, String out, String err) {
    }

    private Map<String, String> env() {
        Map<String, String> env = new HashMap<>(sim.clientEnvironment());
        env.put("RADIO_HOME", home.resolve(".radio").toString());
        return env;
    }

    private Wire.Request request(Path cwd, Map<String, String> env, String... args) {
        return new Wire.Request(List.of(args), env, cwd.toString(), home.toString(), false, "UTF-8");
    }

    private DaemonClient.Session open(Wire.Request request, InputStream stdin, ByteArrayOutputStream out,
                                      ByteArrayOutputStream err) {
        return new DaemonClient(endpoint, BUILD).open(request, stdin, out, err);
    }

    private Ran viaDaemon(Wire.Request request, InputStream stdin) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        DaemonClient.Session session = open(request, stdin, out, err);
        assertThat(session).as("the daemon took %s", request.args()).isNotNull();
        int code = session.await();
        return new Ran(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static List<String> seedSearch(String... more) {
        List<String> args = new ArrayList<>(List.of("search", "--targets-file", "-"));
        args.addAll(DownloadFixtures.SEED_SELECTION);
        args.addAll(List.of(more));
        return args;
    }

    @Test
    void aSearchThroughTheDaemonPrintsWhatItPrintsInAProcessOfItsOwn() {
        String names = String.join("\n", sim.catalogue().seedTargetNames()) + "\nNoSuchStar-9\n";
        List<String> args = seedSearch("--format", "csv");
        CliRun direct = CliRun.withStdin(names, env(), home, args.toArray(String[]::new));

        Ran daemon = viaDaemon(request(home, env(), args.toArray(String[]::new)),
                new ByteArrayInputStream(names.getBytes(StandardCharsets.UTF_8)));

        assertThat(direct.exitCode()).as("a bogus name among them").isEqualTo(1);
        assertThat(daemon.exitCode()).isEqualTo(direct.exitCode());
        assertThat(daemon.out()).isEqualTo(direct.out()).contains("k2/public/lightcurves/");
        assertThat(daemon.err()).isEqualTo(direct.err()).contains("NoSuchStar-9");
    }

    @Test
    void usageErrorsAndHelpComeBackAsTheyWould() {
        Ran bad = viaDaemon(request(home, env(), "search", "K2-21", "--exptime", "soon"), InputStream.nullInputStream());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).startsWith("radio: ").contains("soon");

        Ran help = viaDaemon(request(home, env(), "search", "--help"), InputStream.nullInputStream());
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--exptime").doesNotContain("\u001B[");
    }

    @Test
    void relativePathsAndARelativeRadioHomeAreTheClientsNotTheDaemons() throws IOException {
        Path cwd = Files.createDirectories(home.resolve("work"));
        Map<String, String> env = new HashMap<>(sim.clientEnvironment());
        env.put("RADIO_HOME", "state");
        Ran ran = viaDaemon(request(cwd, env, "download", "K2-21", "K2-28", "--mission", "K2", "--exptime", "1800",
                "--product", "LLC", "--out", "data", "--manifest", "got.csv", "--quiet"), InputStream.nullInputStream());

        assertThat(ran.exitCode()).as(ran.err()).isZero();
        try (var files = Files.walk(cwd.resolve("data"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".fits"))).hasSize(2);
        }
        assertThat(cwd.resolve("got.csv")).exists();
        assertThat(cwd.resolve("state").resolve("catalog.db")).exists();
    }

    @Test
    void verboseCommandsAndDaemonCommandsAreDeclinedWithoutRunningAnything() {
        sim.resetCounters();
        assertThat(open(request(home, env(), "-v", "search", "K2-21"), InputStream.nullInputStream(),
                new ByteArrayOutputStream(), new ByteArrayOutputStream())).isNull();
        assertThat(open(request(home, env(), "search", "K2-21", "-vv"), InputStream.nullInputStream(),
                new ByteArrayOutputStream(), new ByteArrayOutputStream())).isNull();
        assertThat(open(request(home, env(), "daemon", "status"), InputStream.nullInputStream(),
                new ByteArrayOutputStream(), new ByteArrayOutputStream())).isNull();
        assertThat(sim.requestCount(Endpoint.TAP) + sim.requestCount(Endpoint.INVOKE)).isZero();
    }

    @Test
    void aBusyDaemonDeclinesAndACancelledCommandIsInterrupted() throws Exception {
        PipedOutputStream feed = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(feed);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // reads the target list from a standard input that never ends: running until cancelled
        DaemonClient.Session first = open(request(home, env(), seedSearch().toArray(String[]::new)), stdin,
                new ByteArrayOutputStream(), err);
        assertThat(first).isNotNull();

        assertThat(open(request(home, env(), "search", "K2-21"), InputStream.nullInputStream(),
                new ByteArrayOutputStream(), new ByteArrayOutputStream())).as("declined while busy").isNull();
        assertThat(new DaemonClient(endpoint, BUILD).ask(Wire.STATUS)).hasValueSatisfying(s ->
                assertThat(s).contains("running a command"));

        first.cancelAndAwait(10, TimeUnit.SECONDS);
        assertThat(first.await()).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(130);

        Ran next = viaDaemon(request(home, env(), "search", "K2-21", "--mission", "K2", "--exptime", "1800",
                "--product", "LLC"), InputStream.nullInputStream());
        assertThat(next.exitCode()).as(next.err()).isZero();
        feed.close();
    }

    @Test
    void aClientOfAnotherBuildIsDeclinedAndTheStaleDaemonStops() throws Exception {
        DaemonClient other = new DaemonClient(endpoint, "rebuilt");
        assertThat(other.open(request(home, env(), "search", "K2-21"), InputStream.nullInputStream(),
                new ByteArrayOutputStream(), new ByteArrayOutputStream())).isNull();
        assertThat(server.awaitStopped()).contains("another build");
        assertThat(endpoint).doesNotExist();
    }

    @Test
    void statusStopAndAnEndpointOnlyItsUserCanRead() throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(endpoint.getParent())))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(endpoint))).isEqualTo("rw-------");
        DaemonClient client = new DaemonClient(endpoint, BUILD);
        assertThat(client.ask(Wire.STATUS)).hasValueSatisfying(s -> assertThat(s)
                .contains("pid " + ProcessHandle.current().pid()).contains("idle"));
        assertThatThrownBy(() -> DaemonServer.start(endpoint, BUILD, Duration.ofMinutes(1), new DaemonCommand.CliCommands()))
                .isInstanceOf(DaemonException.class).hasMessageContaining("already runs for " + endpoint);

        assertThat(client.ask(Wire.STOP)).hasValueSatisfying(s -> assertThat(s).contains("stopping"));
        assertThat(server.awaitStopped()).isEqualTo("asked to stop");
        assertThat(client.ask(Wire.STATUS)).isEmpty();
        assertThat(client.open(request(home, env(), "search", "K2-21"), InputStream.nullInputStream(),
                new ByteArrayOutputStream(), new ByteArrayOutputStream())).isNull();
    }

    @Test
    void aClientWithoutTheTokenIsRefused() throws Exception {
        Wire.Endpoint real = Wire.Endpoint.read(endpoint);
        Path forged = home.resolve("forged");
        Files.writeString(forged, real.port() + " " + "0".repeat(real.token().length()) + "\n");
        DaemonClient intruder = new DaemonClient(forged, BUILD);
        assertThat(intruder.ask(Wire.STATUS)).isEmpty();
        assertThat(intruder.open(request(home, env(), "search", "K2-21"), InputStream.nullInputStream(),
                new ByteArrayOutputStream(), new ByteArrayOutputStream())).isNull();
        assertThat(new DaemonClient(endpoint, BUILD).ask(Wire.STATUS)).hasValueSatisfying(s ->
                assertThat(s).contains("0 commands served"));
    }

    @Test
    void anIdleDaemonStopsByItself() throws Exception {
        server.close();
        Files.deleteIfExists(endpoint);
        server = DaemonServer.start(endpoint, BUILD, Duration.ofMillis(300), new DaemonCommand.CliCommands());
        assertThat(server.awaitStopped()).startsWith("idle");
        assertThat(endpoint).doesNotExist();
    }
}
