package radio.transfer;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A file that is now complete and verified on disk.
 *
 * @param item   the item as submitted
 * @param file   where it is
 * @param kind   whether it was downloaded now or was already there
 * @param source where the bytes came from ({@link TransferSource#LOCAL} for files already there)
 * @param bytes  the file's size
 * @param md5    lower-case hex MD5 of the file
 */
public record CompletedTransfer(TransferItem item, Path file, Kind kind, TransferSource source, long bytes, String md5)
        implements TransferOutcome {

    /** Downloaded in this run, or found complete and verified. */
    public enum Kind {
        DOWNLOADED,
        PRESENT
    }

    public CompletedTransfer {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(md5, "md5");
        if ((kind == Kind.PRESENT) != (source == TransferSource.LOCAL)) {
            throw new IllegalArgumentException("present files have source local, downloaded ones s3 or mast: "
                    + kind + " from " + source);
        }
    }

    @Override
    public Optional<Path> path() {
        return Optional.of(file);
    }

    @Override
    public String status() {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
