package radio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import radio.testing.Fixtures;

/**
 * Every shell example of README.md, run as a newcomer would: in one shell, in a fresh folder holding the fixture
 * light curves under the names the README uses, with {@code ./radio} being this build's command line, after the
 * README's own {@code eval "$(./radio sim --detach)"} has started the simulated archive. Each example must exit 0,
 * or the code its comment documents ({@code (exit 1: why)}). The set-up commands ({@code mvn ...}) are not run.
 */
class ReadmeExamplesTest {
    private static final Pattern DOCUMENTED_EXIT = Pattern.compile("\\(exit (\\d)\\b");

    @TempDir
    Path dir;

    /** One example: its line in README.md, the shell text (continuations joined) and the exit code it documents. */
    record Example(int line, String command, int expectedExit) {
    }

    @Test
    void everyShellExampleRunsAgainstTheSimulatedArchive() throws Exception {
        List<Example> examples = examples(readme());
        assertThat(examples).as("README examples").hasSizeGreaterThan(20)
                .anySatisfy(e -> assertThat(e.command()).startsWith("eval \"$(./radio sim --detach)\""));
        linkFixtureLightCurves();
        writeLauncher();

        StringBuilder script = new StringBuilder("trap 'kill $RADIO_SIM_PID 2>/dev/null' EXIT\n");
        for (int i = 0; i < examples.size(); i++) {
            script.append(examples.get(i).command()).append('\n')
                    .append("echo \"").append(i).append(" $?\" >> exits.txt\n");
        }
        Files.writeString(dir.resolve("examples.sh"), script);
        ProcessBuilder pb = new ProcessBuilder("sh", "examples.sh").directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("examples.log").toFile());
        pb.environment().put("RADIO_HOME", dir.resolve(".radio").toString());
        pb.environment().keySet().removeIf(k -> k.startsWith("RADIO_") && !k.equals("RADIO_HOME")
                || k.startsWith("AWS_"));
        Process shell = pb.start();
        assertThat(shell.waitFor(10, TimeUnit.MINUTES)).as("the examples finish").isTrue();

        String log = Files.readString(dir.resolve("examples.log"));
        List<String> exits = Files.readAllLines(dir.resolve("exits.txt"));
        assertThat(exits).as(log).hasSize(examples.size());
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            assertThat(Integer.parseInt(exits.get(i).split(" ")[1]))
                    .as("README.md line %d: %s%n%s", e.line(), e.command(), log).isEqualTo(e.expectedExit());
        }
        assertThat(log).as("no stack trace or log line reaches the user").doesNotContain("\tat ", "[WARN]", "[INFO]");
    }

    @Test
    void examplesAreTheShellBlocksWithContinuationsJoinedAndTheirDocumentedExitCodes() {
        List<Example> examples = examples(List.of("text", "```sh", "mvn -B verify", "```", "```sh",
                "./radio a \\", "    --b c   # fine (exit 1: why)", "./radio d | ./radio e -", "```", "```java",
                "x();", "```"));

        assertThat(examples).containsExactly(new Example(6, "./radio a     --b c   # fine (exit 1: why)", 1),
                new Example(8, "./radio d | ./radio e -", 0));
    }

    /** The commands of the README's sh blocks, but the build's own. */
    static List<Example> examples(List<String> readme) {
        List<Example> out = new ArrayList<>();
        boolean inShell = false;
        for (int i = 0; i < readme.size(); i++) {
            String line = readme.get(i);
            if (line.startsWith("```")) {
                inShell = line.equals("```sh");
                continue;
            }
            if (!inShell || line.isBlank() || line.startsWith("mvn ")) {
                continue;
            }
            int first = i + 1;
            StringBuilder command = new StringBuilder(line);
            while (command.toString().endsWith("\\") && i + 1 < readme.size()) {
                command.setLength(command.length() - 1);
                command.append(readme.get(++i));
            }
            Matcher m = DOCUMENTED_EXIT.matcher(command);
            out.add(new Example(first, command.toString(), m.find() ? Integer.parseInt(m.group(1)) : 0));
        }
        return out;
    }

    private static List<String> readme() throws IOException {
        String path = System.getProperty("radio.readme");
        Path readme = path != null ? Path.of(path) : Path.of("../README.md");
        assertThat(readme).as("README.md of the checkout").isRegularFile();
        return Files.readAllLines(readme, StandardCharsets.UTF_8);
    }

    /** The README names the fixture files as they are (a newcomer has them, or downloaded ones of the same names). */
    private void linkFixtureLightCurves() throws IOException {
        Path fits = Fixtures.root().resolve("fits");
        assumeTrue(Files.isDirectory(fits), "fixture light curves not found at " + fits);
        try (Stream<Path> files = Files.list(fits)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".fits")).toList()) {
                Files.createSymbolicLink(dir.resolve(f.getFileName()), f.toAbsolutePath());
            }
        }
    }

    /** {@code ./radio}: this build's command line on the test class path, started as the real launcher starts it. */
    private void writeLauncher() throws IOException {
        Path launcher = dir.resolve("radio");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(launcher, "#!/bin/sh\nexec '" + java + "' -Djava.awt.headless=true "
                + "-XX:+UseSerialGC -cp '" + System.getProperty("java.class.path") + "' " + Main.class.getName()
                + " \"$@\"\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
