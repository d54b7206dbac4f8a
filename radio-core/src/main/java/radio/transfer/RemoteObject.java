package radio.transfer;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a server says about an object without sending it (a HEAD answer).
 *
 * @param size         length in bytes, when given
 * @param etag         the ETag header, when given
 * @param lastModified the Last-Modified header, when given
 */
record RemoteObject(OptionalLong size, Optional<String> etag, Optional<String> lastModified) {
    RemoteObject {
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
    }
}
