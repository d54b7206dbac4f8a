package radio.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/** Runs the CLI in-process with captured output and an injected environment. */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun run(Map<String, String> env, Path home, String... args) {
        return run(env, home, new ByteArrayInputStream(new byte[0]), args);
    }

    public static CliRun withStdin(String stdin, Map<String, String> env, Path home, String... args) {
        return run(env, home, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
    }

    public static CliRun run(Map<String, String> env, Path home, InputStream stdin, String... args) {
        return run(new CliContext(env, home, home, stdin, false), args);
    }

    /** As if standard output and error were a terminal (progress bar). */
    public static CliRun onTerminal(Map<String, String> env, Path home, String... args) {
        return run(new CliContext(env, home, home, new ByteArrayInputStream(new byte[0]), true), args);
    }

    public static CliRun run(CliContext context, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine(context);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
