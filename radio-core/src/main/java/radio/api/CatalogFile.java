package radio.api;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A file radio downloaded or verified, as its catalog remembers it.
 *
 * @param path       where it is
 * @param bytes      its size when recorded
 * @param source     where its bytes came from: {@code s3}, {@code mast} or {@code local}
 * @param recordedAt when radio recorded it
 * @param onDisk     whether it is still there with that size
 * @param uri        what it is a copy of: a {@code mast:} data URI or {@code s3://bucket/key}
 * @param target     the target a search found it for ({@code K2-21}, {@code ktwo206011691}, {@code TIC 25155310})
 * @param mission    its collection ({@code K2}, {@code Kepler}, {@code TESS}, {@code HLSP})
 * @param season     {@code K2 Campaign 3}, {@code TESS Sector 1}, {@code Kepler Quarter 4}
 * @param product    MAST's file-type code ({@code LLC}, {@code LC}, ...)
 */
public record CatalogFile(Path path, long bytes, String source, Instant recordedAt, boolean onDisk, String uri,
                          Optional<String> target, Optional<String> mission, Optional<String> season,
                          Optional<String> product) {
    public CatalogFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(mission, "mission");
        Objects.requireNonNull(season, "season");
        Objects.requireNonNull(product, "product");
    }
}
