package radio.api;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import radio.transfer.ManifestWriter;
import radio.transfer.TransferReport;

/**
 * The result of a download: every file, downloaded now or already there, what failed, and (when the download
 * searched) every target's outcome. Immutable; failures are values here, never thrown.
 */
public final class Downloads {
    private final TransferReport report;
    private final List<DownloadedFile> files;
    private final List<FileFailure> failed;
    private final List<TargetResult> targets;

    Downloads(TransferReport report, List<TargetResult> targets) {
        this.report = Objects.requireNonNull(report, "report");
        this.files = report.outcomes().stream().flatMap(o -> ApiRecords.downloaded(o).stream()).toList();
        this.failed = report.outcomes().stream().flatMap(o -> ApiRecords.failure(o).stream()).toList();
        this.targets = List.copyOf(targets);
    }

    /** The complete, verified files (downloaded now or found present), in order. */
    public List<DownloadedFile> files() {
        return files;
    }

    /** Where the complete files are, in order. */
    public List<Path> paths() {
        return files.stream().map(DownloadedFile::path).toList();
    }

    /** Files that failed (or were cancelled), each with its real cause. */
    public List<FileFailure> failed() {
        return failed;
    }

    /** Every searched target's outcome in input order; empty when the download did not search. */
    public List<TargetResult> targets() {
        return targets;
    }

    /** Searched targets that yield no file: nothing matched, unresolvable, or their search failed. */
    public List<TargetResult> targetsWithoutFiles() {
        return targets.stream().filter(t -> t.status() != TargetResult.Status.FOUND).toList();
    }

    /** Files downloaded by this run. */
    public int downloadedCount() {
        return report.downloaded().size();
    }

    /** Files that were already there and verified. */
    public int presentCount() {
        return report.present().size();
    }

    /** Bytes received over the network. */
    public long bytesDownloaded() {
        return report.bytesDownloaded();
    }

    /** From the first file's start to the last file's end. */
    public Duration elapsed() {
        return report.elapsed();
    }

    /** True when every file is there and every searched target yielded files. */
    public boolean complete() {
        return failed.isEmpty() && targetsWithoutFiles().isEmpty();
    }

    /**
     * Writes the manifest, CSV or JSON by the file's extension: one row per file and one per target without files
     * (columns {@link ManifestWriter#COLUMNS}), replacing the file atomically.
     *
     * @throws IllegalArgumentException when the name ends in neither {@code .csv} nor {@code .json}
     */
    public void writeManifest(Path file) throws IOException {
        ManifestWriter.forFile(file).write(report, targetsWithoutFiles().stream()
                .map(t -> new ManifestWriter.TargetRow(t.target(), t.status().word(),
                        t.reason().orElse("no products match the selection"))).toList());
    }
}
