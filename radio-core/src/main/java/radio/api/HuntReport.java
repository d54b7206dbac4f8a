package radio.api;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link Radio#hunt}.
 *
 * @param targets    every target's result, in the request's order
 * @param downloaded light-curve files downloaded by this hunt
 * @param present    files that were already there (the catalog and the disk vouched for them)
 * @param bytes      bytes received over the network
 * @param failedFiles files that could not be downloaded
 * @param elapsed    the whole hunt's wall-clock time
 */
public record HuntReport(List<TargetHunt> targets, int downloaded, int present, long bytes,
                         List<FileFailure> failedFiles, Duration elapsed) {
    public HuntReport {
        targets = List.copyOf(targets);
        failedFiles = List.copyOf(failedFiles);
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /** Whether every target was searched and every file downloaded (finding nothing is complete too). */
    public boolean complete() {
        return failedFiles.isEmpty() && targets.stream().allMatch(t -> t.status() == TargetHunt.Status.SEARCHED);
    }
}
