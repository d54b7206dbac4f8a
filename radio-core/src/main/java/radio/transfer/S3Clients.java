package radio.transfer;

import radio.config.RadioConfig;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Builds the SDK client for signed S3 requests ({@code --signed}), from {@link RadioConfig} and
 * {@link TransferSettings}. Anonymous requests to the public bucket do not need it ({@link PublicS3Fetcher}).
 *
 * <p><b>Why this client.</b> The sync {@link S3Client} over the Apache 5 HTTP client, one blocking
 * {@code GetObject} per file on a pool of {@code jobs} threads. Light-curve files are small (~0.4 MB for K2), so
 * the transfer manager's multipart/parallel-range machinery and the CRT native client buy nothing, while a plain
 * stream lets radio do what it needs per file: write to {@code .part}, hash MD5 on the fly, resume with
 * {@code Range} + {@code If-Match}, and detect stalls. Apache 5 pools keep-alive connections (one per job), and its
 * socket timeout doubles as a per-read stall guard. The SDK's own retries are off: radio retries with resume and
 * full jitter itself, and falls back to MAST per item. Response checksums are not requested (radio verifies the
 * MD5 against the ETag itself; flexible checksums would be a second pass over every byte).
 *
 * <p><b>Credentials.</b> A named profile, else the default chain. Profiles come from
 * {@link TransferSettings#awsConfigFile()} / {@link TransferSettings#awsCredentialsFile()} when given, else from
 * the user's {@code ~/.aws} files.
 */
final class S3Clients {
    private S3Clients() {
    }

    static S3Client create(RadioConfig config, TransferSettings settings) {
        ProfileFile profiles = profiles(config, settings);
        S3ClientBuilder b = S3Client.builder()
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials(config, profiles))
                .httpClientBuilder(Apache5HttpClient.builder()
                        .maxConnections(config.jobs() + 2)
                        .connectionTimeout(config.connectTimeout())
                        .socketTimeout(settings.stallTimeout())
                        .tcpKeepAlive(true))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .overrideConfiguration(o -> o
                        .retryStrategy(AwsRetryStrategy.doNotRetry())
                        .defaultProfileFile(profiles)
                        .defaultProfileName(config.awsProfile().orElse("default")));
        config.s3Endpoint().ifPresent(endpoint -> b.endpointOverride(endpoint).forcePathStyle(true));
        return b.build();
    }

    private static ProfileFile profiles(RadioConfig config, TransferSettings settings) {
        if (settings.awsConfigFile().isPresent() || settings.awsCredentialsFile().isPresent()) {
            ProfileFile.Aggregator all = ProfileFile.aggregator();
            settings.awsConfigFile().ifPresent(p -> all.addFile(
                    ProfileFile.builder().content(p).type(ProfileFile.Type.CONFIGURATION).build()));
            settings.awsCredentialsFile().ifPresent(p -> all.addFile(
                    ProfileFile.builder().content(p).type(ProfileFile.Type.CREDENTIALS).build()));
            return all.build();
        }
        return ProfileFile.defaultProfileFile();
    }

    private static AwsCredentialsProvider credentials(RadioConfig config, ProfileFile profiles) {
        if (config.awsProfile().isPresent()) {
            return ProfileCredentialsProvider.builder().profileFile(profiles)
                    .profileName(config.awsProfile().get()).build();
        }
        return DefaultCredentialsProvider.builder().profileFile(profiles).build();
    }
}
