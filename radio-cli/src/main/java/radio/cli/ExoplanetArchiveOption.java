package radio.cli;

import picocli.CommandLine.Option;
import radio.config.RadioConfig;

/** {@code --exoplanet-archive-url}: for every command that queries the Exoplanet Archive. */
final class ExoplanetArchiveOption {
    @Option(names = "--exoplanet-archive-url", paramLabel = "URL",
            description = "NASA Exoplanet Archive base URL (TAP). Env: RADIO_EXOPLANET_ARCHIVE_URL. "
                    + "Default: https://exoplanetarchive.ipac.caltech.edu")
    String url;

    /** Sets the URL when the flag was given (it wins over the environment). */
    void applyTo(RadioConfig.Builder b) {
        if (url != null) {
            b.exoplanetArchiveUrl(RadioConfig.parseUrl("--exoplanet-archive-url", url));
        }
    }
}
