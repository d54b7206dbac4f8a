package radio.transfer;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The result of a download run: one outcome per submitted item, in submission order. Partial success is normal:
 * inspect {@link #failed()} (exit code 1 when it is not empty).
 *
 * @param outcomes         every item's outcome, in submission order
 * @param bytesTransferred bytes received over the network in this run (including parts of failed or resumed files)
 * @param elapsed          wall time from the session's start to its end
 */
public record TransferReport(List<TransferOutcome> outcomes, long bytesTransferred, Duration elapsed) {
    public TransferReport {
        outcomes = List.copyOf(outcomes);
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /** Files downloaded in this run. */
    public List<CompletedTransfer> downloaded() {
        return completed(CompletedTransfer.Kind.DOWNLOADED);
    }

    /** Files that were already there and verified. */
    public List<CompletedTransfer> present() {
        return completed(CompletedTransfer.Kind.PRESENT);
    }

    /** Items that failed, each with its real cause. */
    public List<FailedTransfer> failed() {
        return outcomes.stream().filter(FailedTransfer.class::isInstance).map(FailedTransfer.class::cast).toList();
    }

    /** Total size of the files downloaded in this run. */
    public long bytesDownloaded() {
        return downloaded().stream().mapToLong(CompletedTransfer::bytes).sum();
    }

    private List<CompletedTransfer> completed(CompletedTransfer.Kind kind) {
        return outcomes.stream().filter(CompletedTransfer.class::isInstance).map(CompletedTransfer.class::cast)
                .filter(c -> c.kind() == kind).toList();
    }
}
