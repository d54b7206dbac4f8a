package radio.api;

import java.util.OptionalLong;

/**
 * Hears about every file of a download, as the AWS transfer manager's {@code TransferListener} does. All methods
 * have empty defaults; implement what you need.
 *
 * <p><b>Order.</b> For every file: exactly one {@link #fileStarted}, then any number of {@link #bytesReceived}
 * (none for a file already there), then exactly one of {@link #fileCompleted} or {@link #fileFailed}, also when the
 * download is cancelled. Files interleave freely.
 *
 * <p><b>Threads.</b> Calls come from radio's transfer threads, several at once (one file's calls never overlap).
 * Be thread-safe, fast and non-blocking (do I/O elsewhere), do not call back into radio, and do not throw: an
 * exception is logged and swallowed and the download goes on.
 */
public interface DownloadListener {
    /** Does nothing. */
    DownloadListener NONE = new DownloadListener() {
    };

    /** The file's work is starting. {@code uri} is its data URI or {@code s3://bucket/key}. */
    default void fileStarted(String uri) {
    }

    /** More bytes of the file arrived; {@code bytes} counts from the file's first byte. */
    default void bytesReceived(String uri, long bytes, OptionalLong total) {
    }

    /** The file is complete and verified under its final name (downloaded now, or found there). */
    default void fileCompleted(DownloadedFile file) {
    }

    /** The file failed (or was cancelled); {@code failure.cause()} is the real cause. */
    default void fileFailed(FileFailure failure) {
    }
}
