package radio.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A body's resume token is written once the body has lasted {@link DeferredToken#DELAY}, never after a cancel. */
class DeferredTokenTest {
    private static final ResumeToken TOKEN = new ResumeToken("s3://stpubdata/k2/a.fits", TransferSource.S3,
            Optional.of("\"0123456789abcdef0123456789abcdef\""), Optional.empty(), 1000, 0);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    @Test
    void aBodyStillOpenAfterTheDelayHasItsToken() throws Exception {
        Path file = dir.resolve("a.fits.part.json");

        DeferredToken.schedule(TOKEN, file, timer);

        assertThat(file).doesNotExist();
        Thread.sleep(DeferredToken.DELAY.toMillis() + 500);
        assertThat(ResumeToken.read(file)).contains(TOKEN);
    }

    @Test
    void aBodyDoneSoonerNeverWritesOne() throws Exception {
        Path file = dir.resolve("a.fits.part.json");

        DeferredToken.schedule(TOKEN, file, timer).cancel();
        Thread.sleep(DeferredToken.DELAY.toMillis() + 500);

        assertThat(file).doesNotExist();
    }
}
