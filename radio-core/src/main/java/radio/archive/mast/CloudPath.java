package radio.archive.mast;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a data URI lives in the public S3 bucket, as {@code path_lookup} says.
 *
 * @param dataUri    the URI as asked
 * @param statusCode the per-URI status MAST reported (200 found, 404 unknown), or 404 when the URI was missing
 *                   from the answer
 * @param s3Key      bucket-relative key (no leading {@code /}); empty = not in the cloud
 */
public record CloudPath(String dataUri, int statusCode, Optional<String> s3Key) {
    public CloudPath {
        Objects.requireNonNull(dataUri, "dataUri");
        Objects.requireNonNull(s3Key, "s3Key");
        s3Key = s3Key.map(k -> k.startsWith("/") ? k.substring(1) : k).filter(k -> !k.isBlank());
    }

    public boolean inCloud() {
        return s3Key.isPresent();
    }
}
