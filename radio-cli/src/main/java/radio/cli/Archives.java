package radio.cli;

import java.net.http.HttpClient;
import radio.archive.HostLimits;
import radio.archive.Http;
import radio.archive.JdkHttp;
import radio.archive.LoggingHttp;
import radio.archive.RetryPolicy;
import radio.archive.exoplanets.ExoplanetArchiveClient;
import radio.archive.mast.MastClient;
import radio.archive.mast.SantaResolver;
import radio.config.RadioConfig;

/**
 * The archive clients one command uses, built from the configuration around ONE shared {@link HttpClient}:
 * retries per the config, at most {@code mastConnections} requests in flight to MAST (and to the resolver,
 * also STScI), every request logged at debug with the MAST token redacted.
 */
record Archives(Http http, MastClient mast, SantaResolver resolver, ExoplanetArchiveClient exoplanetArchive) {

    static Archives open(RadioConfig config) {
        HttpClient client = JdkHttp.newClient(config);
        HostLimits limits = HostLimits.none()
                .with(config.mastUrl(), config.mastConnections())
                .with(config.resolverUrl(), config.mastConnections());
        Http http = Http.standard(new JdkHttp(client, config.requestTimeout()), RetryPolicy.from(config), limits,
                new LoggingHttp.Secrets(config.mastToken().stream().toList()));
        return new Archives(http, MastClient.create(http, config), new SantaResolver(http, config.resolverUrl()),
                new ExoplanetArchiveClient(http, config.exoplanetArchiveUrl()));
    }
}
