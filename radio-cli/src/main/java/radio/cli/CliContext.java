package radio.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What a command may know about the process it runs in, passed in so tests can supply their own:
 * the environment (tests cannot set real environment variables), the user's home, standard input,
 * the working directory, and whether standard output and error are a terminal.
 */
public record CliContext(Map<String, String> env, Path userHome, Path workingDir, InputStream stdin,
                         boolean interactive) {
    public CliContext {
        env = Map.copyOf(env);
        Objects.requireNonNull(userHome, "userHome");
        Objects.requireNonNull(workingDir, "workingDir");
        Objects.requireNonNull(stdin, "stdin");
    }

    /** The real process: the only place radio reads System.getenv and system properties. */
    static CliContext ofProcess() {
        return new CliContext(System.getenv(), Path.of(System.getProperty("user.home")),
                Path.of("").toAbsolutePath(), System.in, System.console() != null);
    }
}
