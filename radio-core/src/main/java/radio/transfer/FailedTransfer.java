package radio.transfer;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * An item that could not be completed. No file was put under its final name (an older, verified file there is
 * left untouched); a resumable {@code .part} may remain.
 *
 * @param item        the item as submitted; resubmit it to retry
 * @param destination where the file would have gone, when that could be computed (not for refused names)
 * @param source      the service tried last, when one was tried
 * @param cause       the real cause (never a {@code CompletionException} wrapper); usually a {@link TransferException}
 */
public record FailedTransfer(TransferItem item, Optional<Path> destination, Optional<TransferSource> source,
                             Throwable cause) implements TransferOutcome {
    public FailedTransfer {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cause, "cause");
    }

    @Override
    public Optional<Path> path() {
        return destination;
    }

    @Override
    public String status() {
        return "failed";
    }

    /** One line for the user: the cause's message, or its type when it has none. */
    public String message() {
        String m = cause.getMessage();
        return m == null || m.isBlank() ? cause.getClass().getSimpleName() : m;
    }
}
