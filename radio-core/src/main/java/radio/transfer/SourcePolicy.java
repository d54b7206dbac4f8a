package radio.transfer;

import java.util.Locale;

/** The {@code --source} choice: which services a download may use. */
public enum SourcePolicy {
    /**
     * S3 when the item has a cloud key, else MAST; an S3 404 or 403 for an item (or S3 failing after all retries)
     * falls back to MAST for that item when it has a {@code mast:} URI.
     */
    AUTO,
    /** S3 only; items without a key fail. */
    S3,
    /** MAST {@code Download/file} only; items without a data URI ({@code s3://} lines) fail. */
    MAST;

    /**
     * Parses {@code auto}, {@code s3} or {@code mast} (any case).
     *
     * @throws IllegalArgumentException naming the option and the accepted values
     */
    public static SourcePolicy parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("--source: '" + text + "' is not one of auto, s3, mast");
        }
    }
}
