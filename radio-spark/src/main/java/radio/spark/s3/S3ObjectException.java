package radio.spark.s3;

import java.io.IOException;

/**
 * An object could not be fetched or listed: S3 refused (403 access denied, 404 no such key…), no answer came
 * after every attempt, or what arrived failed its size or MD5 check every time. The message names the object
 * and the reason in one line.
 */
public final class S3ObjectException extends IOException {
    private static final long serialVersionUID = 1L;

    public S3ObjectException(String message) {
        super(message);
    }

    public S3ObjectException(String message, Throwable cause) {
        super(message, cause);
    }
}
