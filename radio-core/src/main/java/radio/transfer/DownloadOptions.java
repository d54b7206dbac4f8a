package radio.transfer;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What one download run is asked to do.
 *
 * @param out     the {@code --out} folder; files land at {@code out/mastDownload/…} or {@code out/<key path>}
 * @param source  the {@code --source} policy
 * @param offline {@code --offline}: no network at all; files the catalog or disk confirm are reported
 *                {@code present}, every other item fails saying it is not available offline
 */
public record DownloadOptions(Path out, SourcePolicy source, boolean offline) {
    public DownloadOptions {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(source, "source");
    }

    /** Online, {@code --source auto}. */
    public static DownloadOptions to(Path out) {
        return new DownloadOptions(out, SourcePolicy.AUTO, false);
    }
}
