package radio.api;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import radio.transfer.SessionProgress;
import radio.workflow.DownloadRun;

/**
 * A download under way ({@link Radio#startDownload}): its progress, its result, and a way to stop it.
 *
 * <p>{@link #cancel()} stops the search and the transfers: files already complete stay, files in flight are dropped
 * leaving resumable {@code .part} files (a later download of the same files resumes them), files not started fail as
 * cancelled. The result still arrives, with those failures in it. Thread-safe.
 */
public final class DownloadJob {
    private final DownloadRun run;
    private final CompletableFuture<Downloads> completion;

    DownloadJob(DownloadRun run) {
        this.run = run;
        this.completion = run.result().thenApply(r -> new Downloads(r.report(),
                r.targets().stream().map(ApiRecords::target).toList()));
    }

    /** Files submitted, done and failed, and bytes so far (zeros until the transfers have started). */
    public SessionProgress progress() {
        return run.progress();
    }

    /** Completes when the search has delivered every target (at once when the download does not search). */
    public CompletableFuture<Void> searched() {
        return run.searched();
    }

    /** Completes with the result when every file is done, failed or cancelled. */
    public CompletableFuture<Downloads> completion() {
        return completion;
    }

    /**
     * Waits for the result.
     *
     * @throws InterruptedException when interrupted (the download goes on; {@link #cancel()} stops it)
     */
    public Downloads await() throws InterruptedException {
        try {
            return completion.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** Stops the download; see the class comment. Returns at once. */
    public void cancel() {
        run.cancel();
    }
}
