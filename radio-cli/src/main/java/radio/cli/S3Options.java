package radio.cli;

import picocli.CommandLine.Option;
import radio.config.RadioConfig;

/** Where and how {@code download} reads the bucket: endpoint, bucket name and signing. */
final class S3Options {
    @Option(names = "--s3-endpoint", paramLabel = "URL",
            description = "S3 endpoint (path-style addressing). Env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL. "
                    + "Default: AWS us-east-1")
    String s3Endpoint;

    @Option(names = "--bucket", paramLabel = "NAME", description = "S3 bucket with the mission data. Default: stpubdata")
    String bucket;

    @Option(names = "--signed", description = "Sign S3 requests with the standard AWS credential chain "
            + "(default: anonymous; the bucket is public)")
    boolean signed;

    @Option(names = "--aws-profile", paramLabel = "NAME",
            description = "Sign S3 requests with this AWS profile (implies --signed). With --signed alone, AWS_PROFILE applies.")
    String awsProfile;

    void applyTo(RadioConfig.Builder b) {
        if (s3Endpoint != null) b.s3Endpoint(RadioConfig.parseUrl("--s3-endpoint", s3Endpoint));
        if (bucket != null) b.bucket(bucket);
        if (signed) b.signed(true);
        if (awsProfile != null) b.awsProfile(awsProfile);
    }
}
