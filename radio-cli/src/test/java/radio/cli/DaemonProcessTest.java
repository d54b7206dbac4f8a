package radio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import radio.cli.daemon.DaemonClient;
import radio.cli.daemon.Wire;
import radio.sim.SimArchive;

/**
 * The daemon as users get it, in real processes: {@code radio daemon start} leaves a daemon running in the
 * background, thin clients in their own JVMs have their commands run there, a client killed with {@code kill -9}
 * has its command cancelled, and {@code radio daemon stop} ends it.
 */
class DaemonProcessTest {
    /** The Perl client, from this module's sources (tests run in the module's folder). */
    private static final Path PERL_CLIENT = Path.of("src/main/perl/radio-client.pl");

    @TempDir
    Path home;

    private SimArchive sim;

    @AfterEach
    void stopEverything() throws Exception {
        if (sim != null) {
            run("daemon", "stop");
            sim.close();
        }
    }

    record Result(int exitCode, String output) {
    }

    private ProcessBuilder java(String mainClass, List<String> args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.sqlite.tmpdir=" + home, "-cp", System.getProperty("java.class.path"), mainClass));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(home.toFile()).redirectErrorStream(true);
        pb.environment().putAll(sim.clientEnvironment());
        pb.environment().put("RADIO_HOME", home.resolve(".radio").toString());
        return pb;
    }

    private Result run(String... args) throws IOException, InterruptedException {
        return finish(java(Main.class.getName(), List.of(args)).start());
    }

    /** What ./radio runs when a daemon's endpoint file exists: the Perl client, or the Java one without perl. */
    private Process client(String kind, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(endpoint().toString(), classes().toString()));
        all.addAll(List.of(args));
        if (kind.equals("java")) {
            return java(DaemonClient.class.getName(), all).start();
        }
        all.add(0, PERL_CLIENT.toAbsolutePath().toString());
        all.add(0, "perl");
        ProcessBuilder pb = new ProcessBuilder(all).directory(home.toFile()).redirectErrorStream(true);
        pb.environment().putAll(sim.clientEnvironment());
        return pb.start();
    }

    private static Result finish(Process p) throws IOException, InterruptedException {
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("process finished").isTrue();
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private Path endpoint() {
        return Wire.endpointIn(home.resolve(".radio"));
    }

    /** Where this build's classes are: the build the daemon started from here runs. */
    private static Path classes() throws Exception {
        return Path.of(DaemonCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static boolean perlAvailable() {
        try {
            return new ProcessBuilder("perl", "-e", "1").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private String status() throws Exception {
        return run("daemon", "status").output();
    }

    @ParameterizedTest
    @ValueSource(strings = {"perl", "java"})
    void startRunInTheDaemonCancelAKilledClientsCommandAndStop(String kind) throws Exception {
        assumeTrue(kind.equals("java") || perlAvailable(), "perl is not installed: ./radio uses the Java client");
        sim = SimArchive.builder().start();
        assertThat(run("daemon", "status").exitCode()).as("none yet").isEqualTo(1);

        Result started = run("daemon", "start", "--idle-timeout", "5");
        assertThat(started.exitCode()).as(started.output()).isZero();
        assertThat(started.output()).contains("radio daemon running").contains("0 commands served");
        assertThat(Wire.Endpoint.read(endpoint())).as("the endpoint in %s", endpoint()).isNotNull();

        Result searched = finish(client(kind, "search", "K2-21", "K2-28", "--mission", "K2", "--exptime", "1800",
                "--product", "LLC", "--format", "csv"));
        assertThat(searched.exitCode()).as(searched.output()).isZero();
        assertThat(searched.output().lines().filter(l -> l.contains("_llc.fits"))).hasSize(2);
        assertThat(status()).contains("1 commands served");

        Process piped = client(kind, "search", "--targets-file", "-", "--mission", "K2", "--exptime", "1800",
                "--product", "LLC", "--format", "csv");
        try (var stdin = piped.getOutputStream()) {
            stdin.write("K2-21\nK2-28\n".getBytes(StandardCharsets.UTF_8));
        }
        Result fromStdin = finish(piped);
        assertThat(fromStdin.exitCode()).as(fromStdin.output()).isZero();
        assertThat(fromStdin.output()).isEqualTo(searched.output());
        Result usage = finish(client(kind, "search", "K2-21", "--exptime", "soon"));
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.output()).startsWith("radio: --exptime");
        assertThat(status()).contains("3 commands served");

        // reads its targets from a standard input that stays open: runs until its client is killed
        Process stuck = client(kind, "search", "--targets-file", "-", "--mission", "K2");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!status().contains("running a command") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(status()).contains("running a command");
        stuck.destroyForcibly().waitFor();
        while (!status().contains("idle") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(status()).as("the killed client's command was cancelled").contains("idle")
                .contains("4 commands served");

        Result stopped = run("daemon", "stop");
        assertThat(stopped.output()).contains("stopping");
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (Files.exists(endpoint()) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(endpoint()).doesNotExist();
        assertThat(run("daemon", "status").exitCode()).isEqualTo(1);
        Process declined = client(kind, "search", "K2-21");
        assertThat(finish(declined).exitCode()).as("no daemon: the launcher runs the command itself")
                .isEqualTo(Wire.RUN_IT_YOURSELF);
        assertThat(Files.readString(home.resolve(".radio/daemon/daemon.log")))
                .contains("radio daemon listening").contains("radio daemon stopped: asked to stop");
    }
}
