package radio.transfer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Transfer knobs that {@link radio.config.RadioConfig} does not carry (it carries endpoints, credentials, jobs,
 * MAST connections, timeouts and retry attempts). Defaults suit real use; tests shorten the timeouts.
 *
 * @param stallTimeout       a response that delivers no byte for this long is dropped and retried (resuming);
 *                           also the S3 socket read timeout
 * @param retryMaxDelay      cap of the full-jitter exponential backoff between attempts
 * @param awsConfigFile      AWS shared config file to use for signed requests instead of the default
 *                           ({@code ~/.aws/config} or {@code AWS_CONFIG_FILE})
 * @param awsCredentialsFile AWS shared credentials file to use instead of the default
 *                           ({@code ~/.aws/credentials} or {@code AWS_SHARED_CREDENTIALS_FILE})
 */
public record TransferSettings(Duration stallTimeout, Duration retryMaxDelay, Optional<Path> awsConfigFile,
                               Optional<Path> awsCredentialsFile) {
    /** Long enough for a slow link, short enough that a dead connection does not hold a slot for minutes. */
    public static final Duration DEFAULT_STALL_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_RETRY_MAX_DELAY = Duration.ofSeconds(30);

    public TransferSettings {
        positive("stall timeout", stallTimeout);
        positive("retry max delay", retryMaxDelay);
        Objects.requireNonNull(awsConfigFile, "awsConfigFile");
        Objects.requireNonNull(awsCredentialsFile, "awsCredentialsFile");
    }

    public static TransferSettings defaults() {
        return new TransferSettings(DEFAULT_STALL_TIMEOUT, DEFAULT_RETRY_MAX_DELAY, Optional.empty(), Optional.empty());
    }

    public TransferSettings withStallTimeout(Duration d) {
        return new TransferSettings(d, retryMaxDelay, awsConfigFile, awsCredentialsFile);
    }

    public TransferSettings withRetryMaxDelay(Duration d) {
        return new TransferSettings(stallTimeout, d, awsConfigFile, awsCredentialsFile);
    }

    /** Reads AWS profiles from these files (either may be absent) instead of the user's defaults. */
    public TransferSettings withAwsProfileFiles(Optional<Path> config, Optional<Path> credentials) {
        return new TransferSettings(stallTimeout, retryMaxDelay, config, credentials);
    }

    private static void positive(String what, Duration d) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(what + " must be positive: " + d);
        }
    }
}
