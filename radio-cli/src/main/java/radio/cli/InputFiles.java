package radio.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * The light-curve files a command reads. When none of them can be read at all (missing, a folder, no permission)
 * nothing can be attempted: a usage error (exit 2) naming each. Otherwise the command goes on, and the unreadable
 * ones fail one by one with the others done (exit 1).
 */
final class InputFiles {
    private InputFiles() {
    }

    /** The files resolved against the working folder, in order, duplicates removed. */
    static List<Path> resolve(CliContext context, List<Path> given, CommandLine cl) {
        List<String> problems = new ArrayList<>();
        for (Path g : given) {
            Path f = context.workingDir().resolve(g);
            String problem = !Files.exists(f) ? "no such file" : Files.isDirectory(f) ? "is a folder"
                    : !Files.isReadable(f) ? "permission denied" : null;
            if (problem == null) {
                return given.stream().map(p -> context.workingDir().resolve(p).normalize()).distinct().toList();
            }
            problems.add(g + ": " + problem);
        }
        throw new CommandLine.ParameterException(cl, String.join("; ", problems));
    }
}
