package radio.transfer;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * S3 refused or failed a request for an object: an error status (403 access denied, 404 no such key, 503 slow
 * down…) or no usable response at all (connection refused or reset, timeout).
 */
public final class S3TransferException extends TransferException {
    private static final long serialVersionUID = 1L;

    private final S3Location location;
    private final int status;
    private final String errorCode;
    private final boolean network;

    /**
     * @param status  HTTP status, or 0 when S3 did not answer
     * @param network for status 0: whether the failure is on the network (worth retrying) rather than a local
     *                client problem such as unusable credentials
     */
    S3TransferException(String uri, S3Location location, int status, String errorCode, String detail,
                        boolean network, Throwable cause) {
        super(uri, describe(location, status, errorCode, detail), cause);
        this.location = location;
        this.status = status;
        this.errorCode = errorCode;
        this.network = network;
    }

    /** True when no answer came because of the network (as opposed to a client-side problem). */
    boolean network() {
        return network;
    }

    /** The object concerned. */
    public S3Location location() {
        return location;
    }

    /** The HTTP status, when S3 answered. */
    public OptionalInt status() {
        return status > 0 ? OptionalInt.of(status) : OptionalInt.empty();
    }

    /** S3's error code, e.g. {@code AccessDenied}, {@code NoSuchKey}, {@code SlowDown}, when given. */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    private static String describe(S3Location location, int status, String errorCode, String detail) {
        StringBuilder b = new StringBuilder(location.uri()).append(": ");
        if (status > 0) {
            b.append("S3 answered ").append(status);
            if (errorCode != null) {
                b.append(' ').append(errorCode);
            }
            if (status == 403) {
                b.append(" (access denied: the object is not public; try --signed with credentials that may read it)");
            } else if (status == 404) {
                b.append(" (no such key in the bucket)");
            }
        } else {
            b.append("no answer from S3");
        }
        if (detail != null && !detail.isBlank()) {
            b.append(": ").append(detail);
        }
        return b.toString();
    }
}
