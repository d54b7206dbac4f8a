package radio.lightcurve;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the reference scripts in {@code src/test/python} with Debian's {@code /usr/bin/python3} (astropy, scipy).
 * When they are missing, the calling test is skipped with a message, unless {@code RADIO_REQUIRE_ASTROPY=1} (as CI
 * sets it), which turns that into a failure.
 */
final class ReferencePython {
    static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private ReferencePython() {
    }

    /** Skips (or fails, under RADIO_REQUIRE_ASTROPY=1) unless python3 with the given modules can be run. */
    static void assume(String modules) {
        String missing = missing(modules);
        if (missing == null) {
            return;
        }
        if ("1".equals(System.getenv("RADIO_REQUIRE_ASTROPY"))) {
            fail("RADIO_REQUIRE_ASTROPY=1 but " + missing);
        }
        assumeTrue(false, "skipping the cross-check with Python: " + missing
                + " (install python3-astropy and python3-scipy, or set RADIO_REQUIRE_ASTROPY=1 to fail instead)");
    }

    /** Runs {@code src/test/python/<script>} with the arguments; fails the test on a non-zero exit. */
    static String run(String script, List<String> args, byte[] stdin) {
        try {
            List<String> cmd = new java.util.ArrayList<>(List.of(PYTHON.toString(), "src/test/python/" + script));
            cmd.addAll(args);
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(stdin);
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

    /** Sends tasks to {@code scipy_ops.py} and returns its results, one per task. */
    static JsonNode scipyOps(List<Map<String, Object>> tasks) {
        assume("numpy, scipy, astropy");
        try {
            return JSON.readTree(run("scipy_ops.py", List.of(), JSON.writeValueAsBytes(tasks)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static double[] doubles(JsonNode array) {
        double[] v = new double[array.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = array.get(i).asDouble();
        }
        return v;
    }

    static boolean[] booleans(JsonNode array) {
        boolean[] v = new boolean[array.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = array.get(i).asBoolean();
        }
        return v;
    }

    private static String missing(String modules) {
        if (!Files.isExecutable(PYTHON)) {
            return PYTHON + " is not installed";
        }
        try {
            Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import " + modules).redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(2, TimeUnit.MINUTES) && p.exitValue() == 0 ? null
                    : "python modules " + modules + " are not importable by " + PYTHON;
        } catch (IOException | InterruptedException e) {
            return PYTHON + " cannot be run (" + e.getMessage() + ")";
        }
    }
}
