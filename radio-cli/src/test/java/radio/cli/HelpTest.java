package radio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

class HelpTest {
    @TempDir
    Path home;

    @ParameterizedTest
    @ValueSource(strings = {"targets", "search", "download", "ls", "export", "info", "plot", "periodogram", "hunt", "demo", "sim"})
    void everyOptionIsExplainedInHelpWithExamples(String command) {
        CliRun r = CliRun.run(Map.of(), home, command, "--help");

        assertThat(r.exitCode()).isZero();
        CommandSpec spec = Main.commandLine(new CliContext(Map.of(), home, home, System.in, false))
                .getSubcommands().get(command).getCommandSpec();
        for (OptionSpec o : spec.options()) {
            assertThat(r.out()).contains(o.longestName());
            assertThat(String.join(" ", o.description())).as(o.longestName()).isNotBlank();
        }
        assertThat(r.out()).contains("Examples:").contains("radio " + command).contains("Exit codes:");
    }

    @Test
    void topLevelHelpListsSearchAndTargets() {
        CliRun r = CliRun.run(Map.of(), home, "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).containsPattern("(?m)^\\s+targets\\s+\\S").containsPattern("(?m)^\\s+search\\s+\\S");
    }

    @Test
    void targetsOffersOnlyWhatAppliesToIt() {
        String help = CliRun.run(Map.of(), home, "targets", "--help").out();

        assertThat(help).contains("--exoplanet-archive-url").doesNotContain("--s3-endpoint", "--bucket", "--signed",
                "--aws-profile", "--mast-url", "--resolver-url", "--mast-connections");
    }

    @Test
    void helpLinesFitEightyColumns() {
        for (String command : RadioCommand.SUBCOMMANDS.stream()
                .map(c -> c.getAnnotation(picocli.CommandLine.Command.class).name()).toList()) {
            String out = CliRun.run(Map.of(), home, command, "--help").out();
            assertThat(out.lines()).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(80));
        }
    }
}
