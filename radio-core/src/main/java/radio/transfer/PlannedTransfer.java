package radio.transfer;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a download would do with one item ({@code --dry-run}).
 *
 * @param item        the item
 * @param destination where it would land, unless refused
 * @param action      what would happen
 * @param source      where the bytes would come from first ({@link TransferSource#LOCAL} for {@link Action#PRESENT})
 * @param fallback    the service tried next if the first fails (MAST in auto mode)
 * @param bytes       bytes that would be fetched, when known (the rest of the file for {@link Action#RESUME};
 *                    0 for {@link Action#PRESENT})
 * @param note        a short human explanation
 */
public record PlannedTransfer(TransferItem item, Optional<Path> destination, Action action,
                              Optional<TransferSource> source, Optional<TransferSource> fallback, OptionalLong bytes,
                              String note) {
    /** What would happen to an item. */
    public enum Action {
        /** The catalog and disk vouch for the file: no request at all. */
        PRESENT,
        /** A file is on disk but unknown to the catalog: it would be verified (one HEAD at most), fetched if wrong. */
        VERIFY,
        /** A resumable partial download exists: the rest would be fetched. */
        RESUME,
        /** The file would be downloaded. */
        FETCH,
        /** The item would fail (unsafe name, no usable source, not available offline). */
        FAIL
    }

    public PlannedTransfer {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fallback, "fallback");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(note, "note");
    }
}
