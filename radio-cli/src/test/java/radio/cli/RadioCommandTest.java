package radio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RadioCommandTest {
    @TempDir
    Path home;

    @Test
    void bareCommandPrintsUsageWithExitCodes() {
        CliRun r = CliRun.run(Map.of(), home);
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Usage: radio").contains("Exit codes:");
    }

    @Test
    void unknownOptionIsAUsageErrorNamingIt() {
        CliRun r = CliRun.run(Map.of(), home, "--frobnicate");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--frobnicate");
    }

    @Test
    void versionNamesRadioAndJava() {
        CliRun r = CliRun.run(Map.of(), home, "--version");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).containsPattern("radio \\S+").contains("Java/17");
    }
}
