package radio.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * radio's simulated archive in a JVM of its own ({@code radio.sim.SimMain}), for {@code radio demo} and
 * {@code radio sim}: the simulator and its libraries stay off radio's own class path. Its jars are looked for in
 * {@code sim/} beside {@code radio.jar} (the build puts them there), or come from the system property
 * {@code radio.sim.classpath}; run from classes (tests) the simulator is on the class path already.
 *
 * <p>{@link #close()} stops it, unless it was {@link #detach()}ed to outlive this process.
 */
final class SimProcess implements AutoCloseable {
    /** How long the simulator may take to be up. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final String READY = "RADIO_SIM_READY=1";

    private final Process process;
    private final Map<String, String> printed;
    private boolean detached;

    private SimProcess(Process process, Map<String, String> printed) {
        this.process = process;
        this.printed = printed;
    }

    /**
     * Starts the simulator with SimMain's options and waits until every endpoint is up.
     *
     * @throws IOException when it cannot be started or does not come up (its exit code or the wait in the message)
     */
    static SimProcess start(List<String> simOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", classPath(), "radio.sim.SimMain"));
        command.addAll(simOptions);
        Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        CompletableFuture<Map<String, String>> lines = CompletableFuture.supplyAsync(() -> readUntilReady(p));
        try {
            Map<String, String> printed = lines.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (printed.containsKey("RADIO_SIM_READY")) {
                return new SimProcess(p, printed);
            }
        } catch (TimeoutException | ExecutionException e) {
            // said below
        } catch (InterruptedException e) {
            p.destroy();
            throw e;
        }
        p.destroy();
        throw new IOException("the simulated archive did not start" + (p.isAlive() ? " within "
                + START_TIMEOUT.toSeconds() + " s" : " (exit " + p.waitFor() + ")"));
    }

    private static Map<String, String> readUntilReady(Process p) {
        Map<String, String> out = new LinkedHashMap<>();
        // not closed: the simulator keeps its standard output, and closing it here would break its pipe
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        try {
            String line;
            while ((line = r.readLine()) != null) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    out.put(line.substring(0, eq), line.substring(eq + 1));
                }
                if (line.equals(READY)) {
                    break;
                }
            }
        } catch (IOException e) {
            // the process died: the caller sees no READY
        }
        return out;
    }

    /** The variables that point radio at the simulator ({@code RADIO_MAST_URL}, ..., {@code AWS_ENDPOINT_URL_S3}). */
    Map<String, String> clientEnvironment() {
        Map<String, String> env = new LinkedHashMap<>(printed);
        env.keySet().removeIf(k -> k.startsWith("RADIO_SIM_"));
        return env;
    }

    long pid() {
        return process.pid();
    }

    /** Lets the simulator outlive this process ({@code kill PID} stops it). */
    void detach() {
        detached = true;
    }

    /** Waits until the simulator ends (it serves until killed). */
    int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    @Override
    public void close() {
        if (detached) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The simulator's class path: as configured, else {@code sim/} and {@code lib/} beside radio.jar, else ours. */
    private static String classPath() {
        String configured = System.getProperty("radio.sim.classpath");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        Optional<Path> jar = radioJar();
        if (jar.isPresent() && Files.isDirectory(jar.get().resolveSibling("sim"))) {
            Path home = jar.get().getParent();
            return home.resolve("sim") + "/*" + java.io.File.pathSeparator + home.resolve("lib") + "/*";
        }
        return System.getProperty("java.class.path");
    }

    private static Optional<Path> radioJar() {
        try {
            Path p = Path.of(SimProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return p.toString().endsWith(".jar") ? Optional.of(p) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
