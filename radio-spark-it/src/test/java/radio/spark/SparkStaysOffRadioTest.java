package radio.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Spark is provided by the cluster (or by the launcher's own class path): none of its jars may reach the command
 * line's {@code radio-cli/target/lib}, which the reactor has packaged before this module's tests run.
 */
class SparkStaysOffRadioTest {
    @Test
    void radioCliLibHoldsNoSparkOrScalaJar() throws IOException {
        Path lib = Path.of("..", "radio-cli", "target", "lib");
        assumeTrue(Files.isDirectory(lib), "radio-cli is not packaged (no " + lib + ")");
        List<String> jars;
        try (Stream<Path> files = Files.list(lib)) {
            jars = files.map(f -> f.getFileName().toString()).toList();
        }

        assertThat(jars).as("radio-cli/target/lib").contains("radio-core-0.1.0-SNAPSHOT.jar")
                .noneMatch(j -> j.startsWith("spark-") || j.startsWith("scala-") || j.startsWith("radio-spark"));
    }
}
