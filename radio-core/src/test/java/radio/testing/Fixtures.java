package radio.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The recorded real responses and FITS files in {@code ../shared/fixtures}, read in place (never copied).
 *
 * <p>The folder comes from the system property {@code radio.fixtures} (the build sets it to
 * {@code <checkout>/../shared/fixtures}); otherwise it is searched for beside each ancestor of the working
 * directory. When the folder is absent the calling test is <em>skipped</em> with a message saying where it was
 * looked for; when the folder is there but a file is missing, the test fails. Read fixtures in the test's own
 * thread (before starting a server that serves them): an assumption failing in a server thread is an error.
 */
public final class Fixtures {
    public static final String PROPERTY = "radio.fixtures";

    private Fixtures() {
    }

    /** The fixtures root, or the test is skipped when it does not exist. */
    public static Path root() {
        Path root = locate();
        assumeTrue(root != null, () -> "shared fixtures not found (set -D" + PROPERTY + "=DIR or place them at "
                + "../shared/fixtures beside the checkout); looked at " + whereLookedFor());
        return root;
    }

    private static String whereLookedFor() {
        String prop = System.getProperty(PROPERTY);
        return prop != null && !prop.isBlank() ? Path.of(prop).toAbsolutePath().normalize().toString()
                : "../shared/fixtures beside " + Path.of("").toAbsolutePath() + " and its parents";
    }

    /** A fixture file, e.g. {@code file("mast/caom.json")}; fails if the folder exists but the file does not. */
    public static Path file(String relative) {
        Path p = root().resolve(relative);
        if (!Files.isRegularFile(p)) {
            throw new AssertionError("fixture missing: " + p);
        }
        return p;
    }

    public static String text(String relative) {
        try {
            return Files.readString(file(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(file(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path locate() {
        String prop = System.getProperty(PROPERTY);
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
