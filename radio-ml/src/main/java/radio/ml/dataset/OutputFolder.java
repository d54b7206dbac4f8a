package radio.ml.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The rule for folders radio writes into (a data set, a model): a folder that exists and is not empty is refused
 * unless the caller allows overwriting; overwriting replaces only the files radio itself writes there, never
 * anything else in the folder.
 */
public final class OutputFolder {
    private OutputFolder() {
    }

    /**
     * Makes sure {@code dir} can be written: creates it, or checks it is empty, or (with {@code overwrite}) removes
     * the files of {@code ours} found in it.
     *
     * @throws OutputExistsException when it exists, is not empty, and overwriting was not allowed
     * @throws IOException           when it is a file, or cannot be created
     */
    public static void prepare(Path dir, boolean overwrite, List<String> ours, String option) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new OutputExistsException(option + ": " + dir + " exists and is not a folder");
        }
        if (Files.isDirectory(dir)) {
            boolean empty;
            try (Stream<Path> entries = Files.list(dir)) {
                empty = entries.findAny().isEmpty();
            }
            if (!empty) {
                if (!overwrite) {
                    throw new OutputExistsException(option + ": " + dir + " exists and is not empty; give "
                            + "--overwrite to replace what radio wrote there (other files are left alone)");
                }
                for (String name : ours) {
                    Files.deleteIfExists(dir.resolve(name));
                }
            }
        }
        Files.createDirectories(dir);
    }

    /** An output folder that would be written over. */
    public static final class OutputExistsException extends IOException {
        public OutputExistsException(String message) {
            super(message);
        }
    }
}
