package radio.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** The operating system's reason for a failed file operation, in words, without the path the exception repeats. */
public final class IoReasons {
    private IoReasons() {
    }

    /**
     * {@code Permission denied}, {@code No space left on device}, {@code Read-only file system}: the OS's own text
     * when the exception has it, else what its type means.
     */
    public static String of(IOException e) {
        if (e instanceof FileSystemException f) {
            if (f.getReason() != null && !f.getReason().isBlank()) {
                return f.getReason();
            }
            if (f instanceof AccessDeniedException) {
                return "Permission denied";
            }
            if (f instanceof NoSuchFileException) {
                return "No such file or directory";
            }
            if (f instanceof NotDirectoryException) {
                return "Not a directory";
            }
            if (f instanceof FileAlreadyExistsException) {
                return "File exists";
            }
            return f.getClass().getSimpleName().replace("Exception", "");
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
