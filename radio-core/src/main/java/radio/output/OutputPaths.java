package radio.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;

/**
 * The checks every output path passes before a command or workflow starts work. Each failure is an
 * {@link OutputPathException} naming the option, the path as the user gave it, and the reason:
 * <ul>
 *   <li>a file radio would write is one of the work's inputs: {@code is an input of this command};</li>
 *   <li>its name does not end like its kind: {@code not a .png path};</li>
 *   <li>something exists there that radio did not write: a folder, a special file, or a file of another kind
 *       ({@code exists and is not a PNG image});</li>
 *   <li>the place cannot be written: {@code not writable (Permission denied)}. This is found by creating and
 *       removing a temporary file in the folder (or its nearest existing ancestor), which holds for every user
 *       including root, where permission bits alone say nothing.</li>
 * </ul>
 * Nothing is created by these checks except that short-lived probe file.
 */
public final class OutputPaths {
    private OutputPaths() {
    }

    /**
     * Checks a file that will be created or replaced.
     *
     * @param option the option that named it ({@code --plot}); the role for a derived path
     * @param given  the path as the user wrote it, for the message
     * @param file   the path, resolved against the working folder
     * @param kind   what will be written there
     * @param inputs the work's input files (resolved); none may be written
     */
    public static void checkFile(String option, String given, Path file, OutputKind kind, Collection<Path> inputs)
            throws OutputPathException {
        if (!kind.accepts(file)) {
            throw new OutputPathException(option, given, file, "not a " + kind.extensionList() + " path");
        }
        if (isOneOf(file, inputs)) {
            throw new OutputPathException(option, given, file, "is an input of this command");
        }
        if (Files.isDirectory(file)) {
            throw new OutputPathException(option, given, file, "is a folder");
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isRegularFile(file)) {
                throw new OutputPathException(option, given, file, "exists and is not a regular file");
            }
            try {
                if (Files.size(file) > 0 && !kind.recognizer().recognizes(file)) {
                    throw new OutputPathException(option, given, file, "exists and is not a " + kind.description()
                            + "; radio replaces only files of the kind it writes");
                }
            } catch (IOException e) {
                throw new OutputPathException(option, given, file, "exists and cannot be read ("
                        + IoReasons.of(e) + ")");
            }
            if (!Files.isWritable(file)) {
                throw new OutputPathException(option, given, file, "not writable");
            }
        }
        Path parent = file.toAbsolutePath().getParent();
        probe(option, given, file, parent);
    }

    /** Checks a folder that will be written into (created if missing). */
    public static void checkFolder(String option, String given, Path folder) throws OutputPathException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new OutputPathException(option, given, folder, "exists and is not a folder");
        }
        probe(option, given, folder, folder.toAbsolutePath());
    }

    /** Whether {@code file} is one of {@code inputs}: the same path, or the same file through another name. */
    public static boolean isOneOf(Path file, Collection<Path> inputs) {
        Path f = file.toAbsolutePath().normalize();
        for (Path in : inputs) {
            Path i = in.toAbsolutePath().normalize();
            if (i.equals(f)) {
                return true;
            }
            try {
                if (Files.exists(f) && Files.exists(i) && Files.isSameFile(f, i)) {
                    return true;
                }
            } catch (IOException e) {
                // unreadable: not provably the same file; the write itself will fail if it cannot be made
            }
        }
        return false;
    }

    /** Creates and removes a temporary file in {@code folder}, or in its nearest existing ancestor. */
    private static void probe(String option, String given, Path path, Path folder) throws OutputPathException {
        Path existing = folder;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            throw new OutputPathException(option, given, path, "not writable (no existing folder above it)");
        }
        if (!Files.isDirectory(existing)) {
            throw new OutputPathException(option, given, path, "not writable (" + existing + " is not a folder)");
        }
        try {
            Files.delete(Files.createTempFile(existing, ".radio-probe-", ".tmp"));
        } catch (NoSuchFileException e) {
            // the folder is there but refuses new entries (a pseudo file system such as /proc)
            throw new OutputPathException(option, given, path, "not writable");
        } catch (IOException e) {
            throw new OutputPathException(option, given, path, "not writable (" + IoReasons.of(e) + ")");
        }
    }
}
