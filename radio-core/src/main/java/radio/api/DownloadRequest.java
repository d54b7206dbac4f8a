package radio.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import radio.transfer.SourcePolicy;
import radio.transfer.TransferItem;

/**
 * What to download, where, from where.
 *
 * @param out     folder the files land in: {@code out/mastDownload/<obs_collection>/<obs_id>/<file>} for searched
 *                products, {@code out/<key path>} for bare URIs
 * @param source  S3 first with MAST as fallback ({@link SourcePolicy#AUTO}), or one of them only
 * @param offline no network at all: only files the catalog and the disk vouch for (and an offline search)
 * @param search  targets whose products to download, searched as the download goes
 * @param items   files to download as they are (from {@code --uri-file}: {@link TransferItem#ofDataUri},
 *                {@link TransferItem#ofS3})
 */
public record DownloadRequest(Path out, SourcePolicy source, boolean offline, Optional<Search> search,
                              List<TransferItem> items) {
    public DownloadRequest {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(search, "search");
        items = List.copyOf(items);
        if (search.isEmpty() && items.isEmpty()) {
            throw new IllegalArgumentException("nothing to download: no search and no items");
        }
    }

    /** The products of a search, S3 first, into {@code out}. */
    public static DownloadRequest of(Search search, Path out) {
        return new DownloadRequest(out, SourcePolicy.AUTO, false, Optional.of(search), List.of());
    }
}
