package radio.transfer;

import java.util.Locale;

/** Where the bytes of a file came from, as written in the manifest's {@code source} column. */
public enum TransferSource {
    /** The public S3 bucket (or the configured S3 endpoint). */
    S3,
    /** MAST's {@code /api/v0.1/Download/file}. */
    MAST,
    /** Already on disk and verified; nothing was downloaded. */
    LOCAL;

    /** {@code s3}, {@code mast} or {@code local}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
