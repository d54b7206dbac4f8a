package radio.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** What a killed download left behind: {@code .part} files (and their resume tokens) under an output folder. */
public final class PartFiles {
    private PartFiles() {
    }

    /** How many {@code .part} files under {@code out} hold at least one byte (0 when {@code out} does not exist). */
    public static long withBytes(Path out) throws IOException {
        return count(out, false);
    }

    /**
     * How many {@code .part} files under {@code out} hold at least one byte and have their resume token
     * ({@code NAME.part.json}) beside them: the parts a re-run resumes rather than restarts.
     */
    public static long resumable(Path out) throws IOException {
        return count(out, true);
    }

    private static long count(Path out, boolean withToken) throws IOException {
        if (!Files.exists(out)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(out)) {
            return s.filter(p -> p.toString().endsWith(".part")).filter(p -> {
                try {
                    return Files.size(p) > 0 && (!withToken || Files.exists(Path.of(p + ".json")));
                } catch (IOException e) {
                    return false; // renamed or removed while we looked
                }
            }).count();
        }
    }
}
