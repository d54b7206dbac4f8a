package radio.transfer;

import java.util.Optional;

/** How one submitted item ended: {@link CompletedTransfer} (downloaded or present) or {@link FailedTransfer}. */
public sealed interface TransferOutcome permits CompletedTransfer, FailedTransfer {
    /** The item as submitted (so a failure can be resubmitted as is). */
    TransferItem item();

    /** Where the file is (or would have been), when the destination could be computed. */
    Optional<java.nio.file.Path> path();

    /** The manifest's {@code status}: {@code downloaded}, {@code present} or {@code failed}. */
    String status();
}
