package radio.cli;

import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import radio.cli.daemon.DaemonClient;
import radio.cli.daemon.DaemonException;
import radio.cli.daemon.DaemonServer;
import radio.cli.daemon.Wire;
import radio.config.RadioConfig;

/**
 * {@code radio daemon start|stop|status}: a resident radio that {@code ./radio} hands its commands to, so that
 * each starts in a warm JVM instead of paying for a new one (about 0.4 s, more than many whole searches take).
 */
@Command(name = "daemon", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Keep a warm radio running in the background for ./radio to hand its commands to.",
        description = {
            "Every ./radio command otherwise starts a new Java virtual machine: about 0.4 s of start-up and cold "
                    + "code before it does anything, often more than the search or download itself takes. 'radio "
                    + "daemon start' starts a resident radio for this RADIO_HOME; while it runs, ./radio passes each "
                    + "command to it (arguments, environment, working directory, standard input) and shows its "
                    + "output and exit code as if the command had run in its own process.",
            "",
            "A command runs in its own JVM instead when the daemon is busy with another command, when it asks for "
                    + "-v logging, when RADIO_DAEMON=off or RADIO_JAVA_OPTS is set, or when radio was rebuilt since "
                    + "the daemon started (that daemon then stops). Ctrl-C cancels the command in the daemon. The "
                    + "daemon listens on 127.0.0.1 and serves only clients that show the token in "
                    + "RADIO_HOME/daemon/endpoint, a file in a folder only you can open. It stops after its idle "
                    + "timeout, on 'radio daemon stop', or when that file is removed; it logs to "
                    + "RADIO_HOME/daemon/daemon.log."},
        subcommands = CommandLine.HelpCommand.class)
final class DaemonCommand {
    @Spec
    CommandSpec spec;

    private final CliContext context;

    DaemonCommand(CliContext context) {
        this.context = context;
    }

    @Command(name = "start", mixinStandardHelpOptions = true,
            description = "Start the daemon in the background and wait until it answers (exit 0 if one already runs).")
    int start(@Option(names = "--idle-timeout", paramLabel = "MINUTES", defaultValue = "60",
            description = "Stop after this many minutes without a command (default: ${DEFAULT-VALUE}).") int idle)
            throws InterruptedException {
        checkIdle(idle);
        PrintWriter out = spec.commandLine().getOut();
        Path endpoint = endpoint();
        Optional<String> running = client(endpoint).ask(Wire.STATUS);
        if (running.isPresent()) {
            out.println(running.get());
            return 0;
        }
        Path log = endpoint.resolveSibling("daemon.log");
        Process process;
        try {
            Files.createDirectories(endpoint.getParent());
            process = new ProcessBuilder(daemonCommandLine(idle))
                    .directory(context.workingDir().toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectErrorStream(true)
                    .start();
        } catch (java.io.IOException e) {
            throw new DaemonException("cannot start a radio daemon: " + e.getMessage());
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<String> status = client(endpoint).ask(Wire.STATUS);
            if (status.isPresent()) {
                out.println(status.get());
                return 0;
            }
            if (!process.isAlive()) {
                throw new DaemonException("the radio daemon exited at once (exit " + process.exitValue() + "); see "
                        + log);
            }
            Thread.sleep(20);
        }
        process.destroy();
        throw new DaemonException("the radio daemon did not answer within 30 s; see " + log);
    }

    @Command(name = "stop", mixinStandardHelpOptions = true,
            description = "Stop the daemon once its running command, if any, has finished.")
    int stop() {
        PrintWriter out = spec.commandLine().getOut();
        Path endpoint = endpoint();
        Optional<String> answer = client(endpoint).ask(Wire.STOP);
        if (answer.isEmpty()) {
            out.println("no radio daemon runs for " + endpoint);
            return 0;
        }
        out.println(answer.get());
        return 0;
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Say whether a daemon runs for this RADIO_HOME, and what it is doing (exit 1 if none).")
    int status() {
        Path endpoint = endpoint();
        Optional<String> answer = client(endpoint).ask(Wire.STATUS);
        spec.commandLine().getOut().println(answer.orElse("no radio daemon runs for " + endpoint));
        return answer.isPresent() ? 0 : 1;
    }

    @Command(name = "run", hidden = true, description = "Run the daemon in the foreground (what 'start' starts).")
    int run(@Option(names = "--idle-timeout", paramLabel = "MINUTES", defaultValue = "60",
            description = "Stop after this many minutes without a command.") int idle)
            throws InterruptedException {
        checkIdle(idle);
        Path endpoint = endpoint();
        DaemonServer server = DaemonServer.start(endpoint, Wire.buildOf(DaemonCommand.class),
                Duration.ofMinutes(idle), new CliCommands());
        PrintWriter out = spec.commandLine().getOut();
        out.printf("radio daemon listening (pid %d); endpoint %s%n", ProcessHandle.current().pid(), endpoint);
        out.flush();
        String why = server.awaitStopped();
        out.printf("radio daemon stopped: %s%n", why);
        return 0;
    }

    private void checkIdle(int minutes) {
        if (minutes < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--idle-timeout: must be at least 1 minute, got " + minutes);
        }
    }

    private Path endpoint() {
        Path home = RadioConfig.fromEnvironment(context.env(), context.userHome()).radioHome();
        return Wire.endpointIn(context.workingDir().resolve(home));
    }

    private static DaemonClient client(Path endpoint) {
        return new DaemonClient(endpoint, Wire.buildOf(DaemonCommand.class));
    }

    /**
     * The daemon's JVM: this JVM's java and class path, with the full JIT (it lives long enough for C2 to pay) and
     * periodic GC so an idle daemon gives memory back. In a session of its own where setsid exists, so that the
     * terminal's hang-up and Ctrl-C of the shell that started it do not reach it.
     */
    private static List<String> daemonCommandLine(int idle) {
        List<String> cmd = new ArrayList<>();
        Path setsid = Path.of("/usr/bin/setsid");
        if (Files.isExecutable(setsid)) {
            cmd.add(setsid.toString());
        }
        cmd.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(List.of("-Djava.awt.headless=true", "-XX:+UseG1GC", "-XX:G1PeriodicGCInterval=60000",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "daemon", "run", "--idle-timeout", Integer.toString(idle)));
        return cmd;
    }

    /** Runs commands in the daemon exactly as {@link Main} runs them in a process of their own. */
    static final class CliCommands implements DaemonServer.Commands {
        @Override
        public Optional<String> declines(Wire.Request request) {
            String[] args = request.args().toArray(String[]::new);
            CliContext probe = context(request, InputStream.nullInputStream());
            try {
                CommandLine.ParseResult parsed = Main.commandLine(probe, args).parseArgs(args);
                if (Main.verbosity(parsed) > 0) {
                    return Optional.of("-v sets logging for a whole JVM");
                }
                if (parsed.hasSubcommand() && parsed.subcommand().commandSpec().name().equals("daemon")) {
                    return Optional.of("daemon commands run in their own JVM");
                }
            } catch (CommandLine.ParameterException e) {
                return Optional.empty(); // the run reports it, as a process would
            }
            return Optional.empty();
        }

        @Override
        public int run(Wire.Request request, InputStream stdin, OutputStream stdout, OutputStream stderr) {
            String[] args = request.args().toArray(String[]::new);
            Charset charset = request.outputCharset();
            PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, charset), true);
            PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, charset), true);
            CommandLine cl = Main.commandLine(context(request, stdin), args);
            cl.setOut(out);
            cl.setErr(err);
            cl.setColorScheme(CommandLine.Help.defaultColorScheme(request.interactive() ? Ansi.ON : Ansi.OFF));
            try {
                return cl.execute(args);
            } finally {
                out.flush();
                err.flush();
                Main.stopHttpClientSelectors();
            }
        }

        /** The client's process as a {@link CliContext}; a relative RADIO_HOME is the client's, not ours. */
        private static CliContext context(Wire.Request request, InputStream stdin) {
            Path cwd = Path.of(request.workingDir());
            Map<String, String> env = new HashMap<>(request.env());
            env.computeIfPresent(RadioConfig.ENV_RADIO_HOME, (k, v) -> v.isBlank() ? v : cwd.resolve(v).toString());
            return new CliContext(env, Path.of(request.userHome()), cwd, stdin, request.interactive());
        }
    }
}
