package radio.api;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import radio.transfer.CompletedTransfer;
import radio.transfer.FailedTransfer;
import radio.transfer.TransferOutcome;
import radio.transfer.TransferReport;

/**
 * The result of a download: every file, downloaded now or already there, and what failed. Immutable.
 *
 * @param report         one outcome per file, in the order the products were given
 * @param targetFailures targets whose products could not even be listed (only when the download searched itself)
 */
public record Downloads(TransferReport report, Map<String, String> targetFailures) {
    public Downloads {
        Objects.requireNonNull(report, "report");
        targetFailures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(targetFailures));
    }

    /** The complete, verified files (downloaded now or found present), in order. */
    public List<Path> files() {
        return report.outcomes().stream().filter(CompletedTransfer.class::isInstance)
                .map(o -> ((CompletedTransfer) o).file()).toList();
    }

    /** Files that failed, each with its real cause; resubmit {@code item()} to retry. */
    public List<FailedTransfer> failed() {
        return report.failed();
    }

    /** Files downloaded by this call. */
    public int downloadedCount() {
        return report.downloaded().size();
    }

    /** Files that were already there and verified. */
    public int presentCount() {
        return report.present().size();
    }

    /** True when every file is there and no target failed. */
    public boolean complete() {
        return report.failed().isEmpty() && targetFailures.isEmpty();
    }

    /** Every outcome, in order. */
    public List<TransferOutcome> outcomes() {
        return report.outcomes();
    }
}
