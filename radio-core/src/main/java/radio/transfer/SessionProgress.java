package radio.transfer;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An immutable snapshot of a whole session, for a progress bar or periodic status lines.
 *
 * @param filesSubmitted   items submitted so far (grows while a search is still feeding the session)
 * @param filesDownloaded  items downloaded
 * @param filesPresent     items found already complete
 * @param filesFailed      items failed
 * @param bytesDone        sizes of the files downloaded or present, plus bytes on disk of files in progress
 * @param bytesTotal       sum of the sizes of all submitted items that have not failed, known only when every
 *                         submitted item came with a size
 * @param bytesTransferred bytes received over the network so far
 * @param elapsed          time since the session started
 */
public record SessionProgress(int filesSubmitted, int filesDownloaded, int filesPresent, int filesFailed,
                              long bytesDone, OptionalLong bytesTotal, long bytesTransferred, Duration elapsed) {
    public SessionProgress {
        Objects.requireNonNull(bytesTotal, "bytesTotal");
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /** Items finished, whatever their outcome. */
    public int filesFinished() {
        return filesDownloaded + filesPresent + filesFailed;
    }

    /** Network rate so far, in bytes per second (0 before any time has passed). */
    public double bytesPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : bytesTransferred / seconds;
    }

    /** Estimated time left, when the total is known and bytes are flowing. */
    public Optional<Duration> eta() {
        double rate = bytesPerSecond();
        if (bytesTotal.isEmpty() || rate <= 0) {
            return Optional.empty();
        }
        long left = Math.max(0, bytesTotal.getAsLong() - bytesDone);
        return Optional.of(Duration.ofMillis((long) (left / rate * 1000)));
    }
}
