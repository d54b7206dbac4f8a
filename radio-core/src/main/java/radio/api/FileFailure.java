package radio.api;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A file that could not be downloaded. Nothing was put under its final name; a resumable {@code .part} may remain.
 *
 * @param target  the target it was found for, when it came from a search
 * @param uri     its {@code mast:} data URI or {@code s3://bucket/key}: give it to a new download to retry
 * @param path    where it would have gone, when that could be computed
 * @param message one line naming the file, its target and what went wrong
 * @param cause   the real cause (never an executor's wrapper)
 */
public record FileFailure(Optional<String> target, String uri, Optional<Path> path, String message, Throwable cause) {
    public FileFailure {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(cause, "cause");
    }
}
