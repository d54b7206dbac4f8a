package radio.sim;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The recorded real responses in {@code ../shared/fixtures}, read in place. radio-sim cannot use radio-core's
 * test helpers, so this is its own tiny locator: system property {@code radio.fixtures} (set by the build), else
 * {@code shared/fixtures} beside an ancestor of the working directory. Absent folder: the test is skipped with
 * a message; folder present but file missing: the test fails.
 */
final class SimFixtures {
    private SimFixtures() {
    }

    static Path root() {
        Path root = locate();
        assumeTrue(root != null && Files.isDirectory(root),
                "shared fixtures not found (set -Dradio.fixtures=DIR); looked at " + root);
        return root;
    }

    static Path file(String relative) {
        Path p = root().resolve(relative);
        if (!Files.isRegularFile(p)) {
            throw new AssertionError("fixture missing: " + p);
        }
        return p;
    }

    static String text(String relative) {
        try {
            return Files.readString(file(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path locate() {
        String prop = System.getProperty("radio.fixtures");
        if (prop != null && !prop.isBlank() && Files.isDirectory(Path.of(prop))) {
            return Path.of(prop).toAbsolutePath().normalize();
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolveSibling("shared").resolve("fixtures");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
