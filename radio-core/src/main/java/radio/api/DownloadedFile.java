package radio.api;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A file that is complete and verified on disk.
 *
 * @param target    the target it was found for, when it came from a search
 * @param uri       what was downloaded: its {@code mast:} data URI or {@code s3://bucket/key}
 * @param path      where it is
 * @param fetched   true when downloaded by this run; false when it was already there and verified
 * @param source    where the bytes came from
 * @param bytes     its size
 * @param md5       lower-case hex MD5 of its content
 */
public record DownloadedFile(Optional<String> target, String uri, Path path, boolean fetched, Source source,
                             long bytes, String md5) {
    /** Where a file's bytes came from. */
    public enum Source {
        S3, MAST, LOCAL
    }

    public DownloadedFile {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(md5, "md5");
    }
}
