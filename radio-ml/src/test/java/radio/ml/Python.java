package radio.ml;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the oracle scripts in {@code src/test/python} with Debian's {@code /usr/bin/python3}. When it or a module is
 * missing the calling test is skipped with a message, unless {@code RADIO_REQUIRE_ASTROPY=1} (as CI sets it), which
 * makes that a failure — the same rule as radio-core's astropy cross-checks.
 */
public final class Python {
    static final Path PYTHON = Path.of("/usr/bin/python3");

    private Python() {
    }

    /** Skips (or fails under RADIO_REQUIRE_ASTROPY=1) unless python3 can import the modules. */
    public static void assume(String modules) {
        String missing = missing(modules);
        if (missing == null) {
            return;
        }
        if ("1".equals(System.getenv("RADIO_REQUIRE_ASTROPY"))) {
            fail("RADIO_REQUIRE_ASTROPY=1 but " + missing);
        }
        assumeTrue(false, "skipping the cross-check with Python: " + missing
                + " (install python3-sklearn, or set RADIO_REQUIRE_ASTROPY=1 to fail instead)");
    }

    /** Runs a script with arguments and standard input; returns its standard output; fails on a non-zero exit. */
    public static String run(String script, List<String> args, String stdin) {
        try {
            List<String> cmd = new ArrayList<>(List.of(PYTHON.toString(), "src/test/python/" + script));
            cmd.addAll(args);
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
                fail(script + " failed (exit " + p.exitValue() + ")");
            }
            return out;
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("could not run " + script, e);
        }
    }

    private static String missing(String modules) {
        if (!PYTHON.toFile().canExecute()) {
            return PYTHON + " is not installed";
        }
        try {
            Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import " + modules)
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return "python3 cannot import " + modules + ": " + out.strip();
            }
            return null;
        } catch (IOException | InterruptedException e) {
            return "python3 cannot be run: " + e.getMessage();
        }
    }
}
