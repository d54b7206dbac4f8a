package radio.cli;

import java.net.URI;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import radio.config.RadioConfig;

/**
 * Endpoint, politeness and catalog options of the commands that search the archive ({@code search},
 * {@code download}). Each value is taken from the flag, then the environment variable, then the default
 * ({@link #config}).
 */
final class ArchiveOptions {
    @Option(names = "--mast-url", paramLabel = "URL",
            description = "MAST base URL (invoke, path_lookup, Download/file). Env: RADIO_MAST_URL. Default: "
                    + "https://mast.stsci.edu")
    String mastUrl;

    @Option(names = "--resolver-url", paramLabel = "URL",
            description = "SANTA name resolver base URL. Env: RADIO_RESOLVER_URL. Default: https://mastresolver.stsci.edu")
    String resolverUrl;

    @Mixin
    ExoplanetArchiveOption exoplanetArchive;

    @Option(names = "--mast-connections", paramLabel = "N",
            description = "Most requests in flight to MAST at once. Default: 4")
    Integer mastConnections;

    @Option(names = "--radio-home", paramLabel = "DIR",
            description = "Folder for the catalog database (catalog.db) and the log of warnings (radio.log). "
                    + "Env: RADIO_HOME. Default: ~/.radio")
    Path radioHome;

    /**
     * Flags over environment over defaults, with the S3 options when the command has them; throws
     * {@link radio.config.ConfigException} naming the culprit. The command's warnings are logged under its
     * {@code RADIO_HOME} from here on.
     */
    RadioConfig config(CliContext context, S3Options s3) {
        RadioConfig.Builder b = RadioConfig.builder(context.userHome()).environment(context.env());
        if (mastUrl != null) b.mastUrl(url("--mast-url", mastUrl));
        if (resolverUrl != null) b.resolverUrl(url("--resolver-url", resolverUrl));
        exoplanetArchive.applyTo(b);
        if (mastConnections != null) b.mastConnections(mastConnections);
        if (radioHome != null) b.radioHome(context.workingDir().resolve(radioHome));
        if (s3 != null) {
            s3.applyTo(b);
        }
        RadioConfig config = b.build();
        Logging.logTo(config.radioHome());
        return config;
    }

    private static URI url(String option, String text) {
        return RadioConfig.parseUrl(option, text);
    }
}
