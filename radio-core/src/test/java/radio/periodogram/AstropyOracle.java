package radio.periodogram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * astropy as a test-time oracle: writes a time series and the operations to run on it to
 * {@code target/astropy-oracle/NAME/request.json}, runs the committed {@code src/test/python/astropy_oracle.py}
 * with Debian's Python ({@code /usr/bin/python3}, or {@code -Dradio.python=...}), and reads the numbers back.
 * Nothing astropy computes is ever committed.
 *
 * <p>When astropy cannot be imported the calling test is skipped with a message, unless the environment
 * sets {@code RADIO_REQUIRE_ASTROPY=1} (CI does), in which case it fails.
 */
final class AstropyOracle {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
    private static final Path SCRIPT = Path.of("src/test/python/astropy_oracle.py");
    private static final Path WORK = Path.of("target/astropy-oracle");

    private final String python;

    private AstropyOracle(String python) {
        this.python = python;
    }

    /** The oracle, or the test is skipped (or failed when astropy is required) if astropy is missing. */
    static AstropyOracle require() {
        String python = System.getProperty("radio.python",
                Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3");
        String problem = probe(python);
        if (problem != null) {
            String message = "astropy oracle unavailable (" + problem + "); install Debian's python3-astropy "
                    + "python3-scipy, or set -Dradio.python=PYTHON";
            if ("1".equals(System.getenv("RADIO_REQUIRE_ASTROPY"))) {
                throw new AssertionError(message + " — required because RADIO_REQUIRE_ASTROPY=1");
            }
            assumeTrue(false, message);
        }
        return new AstropyOracle(python);
    }

    private static String probe(String python) {
        try {
            Process p = new ProcessBuilder(python, "-c", "import astropy, numpy, scipy")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return python + " did not answer";
            }
            return p.exitValue() == 0 ? null : python + ": " + out.lines().reduce((a, b) -> b).orElse(out);
        } catch (IOException e) {
            return python + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** A request: one time series and the operations to run on it. */
    static Request request(double[] t, double[] y, double[] dy) {
        return new Request(t, y, dy);
    }

    static final class Request {
        private final ObjectNode root = JSON.createObjectNode();
        private final ArrayNode ops;

        private Request(double[] t, double[] y, double[] dy) {
            root.set("t", array(t));
            root.set("y", array(y));
            if (dy == null) {
                root.putNull("dy");
            } else {
                root.set("dy", array(dy));
            }
            ops = root.putArray("ops");
        }

        /** Adds an operation with alternating key, value arguments (double[], Number, String, null). */
        Request op(String name, Object... keyValues) {
            ObjectNode op = ops.addObject();
            op.put("op", name);
            for (int i = 0; i < keyValues.length; i += 2) {
                String key = (String) keyValues[i];
                Object v = keyValues[i + 1];
                if (v == null) {
                    op.putNull(key);
                } else if (v instanceof double[] a) {
                    op.set(key, array(a));
                } else if (v instanceof Integer n) {
                    op.put(key, n);
                } else if (v instanceof Double d) {
                    op.put(key, d);
                } else if (v instanceof Boolean b) {
                    op.put(key, b);
                } else {
                    op.put(key, v.toString());
                }
            }
            return this;
        }

        private static ArrayNode array(double[] a) {
            ArrayNode n = JSON.createArrayNode();
            for (double v : a) {
                n.add(v);
            }
            return n;
        }
    }

    /** Runs the request; one JSON object per operation, in order. */
    List<JsonNode> run(String name, Request request) {
        try {
            Path dir = WORK.resolve(name);
            Files.createDirectories(dir);
            Path in = dir.resolve("request.json");
            Path out = dir.resolve("response.json");
            Files.deleteIfExists(out);
            JSON.writeValue(in.toFile(), request.root);
            Process p = new ProcessBuilder(python, SCRIPT.toString(), in.toString(), out.toString())
                    .redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(600, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("astropy oracle timed out for " + name);
            }
            assertThat(p.exitValue()).as("astropy oracle for %s failed:%n%s", name, log).isZero();
            List<JsonNode> results = new ArrayList<>();
            JSON.readTree(out.toFile()).get("results").forEach(results::add);
            return results;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    static double[] doubles(JsonNode node, String key) {
        JsonNode a = node.get(key);
        assertThat(a).as("astropy result field %s", key).isNotNull();
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).asDouble();
        }
        return out;
    }

    static int[] ints(JsonNode node, String key) {
        JsonNode a = node.get(key);
        int[] out = new int[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).asInt();
        }
        return out;
    }
}
