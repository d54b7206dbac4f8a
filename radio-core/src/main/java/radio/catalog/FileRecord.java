package radio.catalog;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A file radio wrote (or verified) and vouches for: if the file at {@link #path()} still has this size and
 * modification time, it is this content and needs no network request.
 *
 * @param path       absolute, normalised path of the file
 * @param size       length in bytes
 * @param md5        lower-case hex MD5 of the content
 * @param source     where the bytes came from: {@code s3}, {@code mast} or {@code local} (found on disk and verified)
 * @param uri        the data URI ({@code mast:…}) or {@code s3://bucket/key} it is a copy of
 * @param s3Key      the bucket key, when known
 * @param recordedAt when radio recorded it
 * @param mtimeMillis the file's last-modified time, in milliseconds since the epoch, when recorded
 */
public record FileRecord(Path path, long size, String md5, String source, String uri, Optional<String> s3Key,
                         Instant recordedAt, long mtimeMillis) {
    private static final Pattern MD5 = Pattern.compile("[0-9a-f]{32}");

    public FileRecord {
        Objects.requireNonNull(path, "path");
        if (!path.isAbsolute()) {
            throw new IllegalArgumentException("file path must be absolute: " + path);
        }
        path = path.normalize();
        if (size < 0) {
            throw new IllegalArgumentException("size of " + path + " is negative: " + size);
        }
        if (md5 == null || !MD5.matcher(md5).matches()) {
            throw new IllegalArgumentException("md5 of " + path + " is not 32 lower-case hex digits: " + md5);
        }
        Rows.requireText("source", source);
        Rows.requireText("uri", uri);
        Objects.requireNonNull(s3Key, "s3Key");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
