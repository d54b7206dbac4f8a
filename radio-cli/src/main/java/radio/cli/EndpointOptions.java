package radio.cli;

import java.net.URI;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import radio.config.RadioConfig;

/**
 * Endpoint, credential and politeness options shared by every command that talks to an archive.
 * Each value is taken from the flag, then the environment variable, then the default ({@link #config}).
 */
public final class EndpointOptions {
    @Option(names = "--mast-url", paramLabel = "URL",
            description = "MAST base URL (invoke, path_lookup, Download/file). Env: RADIO_MAST_URL. Default: "
                    + "https://mast.stsci.edu")
    String mastUrl;

    @Option(names = "--resolver-url", paramLabel = "URL",
            description = "SANTA name resolver base URL. Env: RADIO_RESOLVER_URL. Default: https://mastresolver.stsci.edu")
    String resolverUrl;

    @Option(names = "--exoplanet-archive-url", paramLabel = "URL",
            description = "NASA Exoplanet Archive base URL (TAP). Env: RADIO_EXOPLANET_ARCHIVE_URL. "
                    + "Default: https://exoplanetarchive.ipac.caltech.edu")
    String exoplanetArchiveUrl;

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

    @Option(names = "--mast-connections", paramLabel = "N",
            description = "Most requests in flight to MAST at once. Default: 4")
    Integer mastConnections;

    @Option(names = "--radio-home", paramLabel = "DIR",
            description = "Folder for the catalog database. Env: RADIO_HOME. Default: ~/.radio")
    Path radioHome;

    /** Flags over environment over defaults; throws {@link radio.config.ConfigException} naming the culprit. */
    RadioConfig config(CliContext context) {
        RadioConfig.Builder b = RadioConfig.builder(context.userHome()).environment(context.env());
        if (mastUrl != null) b.mastUrl(url("--mast-url", mastUrl));
        if (resolverUrl != null) b.resolverUrl(url("--resolver-url", resolverUrl));
        if (exoplanetArchiveUrl != null) b.exoplanetArchiveUrl(url("--exoplanet-archive-url", exoplanetArchiveUrl));
        if (s3Endpoint != null) b.s3Endpoint(url("--s3-endpoint", s3Endpoint));
        if (bucket != null) b.bucket(bucket);
        if (signed) b.signed(true);
        if (awsProfile != null) b.awsProfile(awsProfile);
        if (mastConnections != null) b.mastConnections(mastConnections);
        if (radioHome != null) b.radioHome(context.workingDir().resolve(radioHome));
        return b.build();
    }

    private static URI url(String option, String text) {
        return RadioConfig.parseUrl(option, text);
    }
}
