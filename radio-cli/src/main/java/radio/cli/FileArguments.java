package radio.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import radio.output.Csv;

/** Light-curve files from the command line: FILE arguments, or the rows of a download manifest that have a file. */
final class FileArguments {
    private FileArguments() {
    }

    /**
     * The files named, or those of {@code manifest} whose status is {@code downloaded} or {@code present}.
     *
     * @throws CommandLine.ParameterException when neither or both are given, a file is missing, or the manifest
     *                                        cannot be read
     */
    static List<Path> resolve(CommandLine cl, CliContext context, List<Path> files, Path manifest) {
        boolean haveFiles = files != null && !files.isEmpty();
        if (haveFiles == (manifest != null)) {
            throw new CommandLine.ParameterException(cl, "give light-curve FILEs or --manifest FILE (one of them)");
        }
        List<Path> out = new ArrayList<>();
        if (haveFiles) {
            for (Path f : files) {
                Path p = context.workingDir().resolve(f);
                if (!Files.isRegularFile(p)) {
                    throw new CommandLine.ParameterException(cl, f + ": no such file");
                }
                out.add(p);
            }
            return out;
        }
        Path m = context.workingDir().resolve(manifest);
        try (BufferedReader in = Files.newBufferedReader(m, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            List<String> columns = header == null ? List.of() : Csv.split(header);
            int status = columns.indexOf("status");
            int path = columns.indexOf("path");
            if (status < 0 || path < 0) {
                throw new CommandLine.ParameterException(cl, "--manifest " + manifest
                        + ": not a radio download manifest (no status and path columns)");
            }
            for (String line; (line = in.readLine()) != null; ) {
                List<String> f = Csv.split(line);
                if (f.size() > Math.max(status, path)) {
                    String s = f.get(status).toLowerCase(Locale.ROOT);
                    if ((s.equals("downloaded") || s.equals("present")) && !f.get(path).isBlank()) {
                        out.add(m.getParent() == null ? Path.of(f.get(path)) : m.getParent().resolve(f.get(path)));
                    }
                }
            }
        } catch (IOException e) {
            throw new CommandLine.ParameterException(cl, "--manifest " + manifest + ": " + e.getMessage());
        }
        if (out.isEmpty()) {
            throw new CommandLine.ParameterException(cl, "--manifest " + manifest + " lists no downloaded file");
        }
        return out;
    }
}
