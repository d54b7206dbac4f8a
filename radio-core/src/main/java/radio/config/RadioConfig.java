package radio.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every setting radio runs with: endpoints, credentials, limits and timeouts.
 *
 * <p>Built once, in one place, from command-line flags, then environment variables, then defaults
 * ({@link Builder#environment(Map)} applies the environment; explicit builder calls made afterwards
 * are flags and win). Nothing else in radio reads {@code System.getenv} or system properties.
 *
 * <p>Immutable and thread-safe. {@link #toString()} never shows the MAST token.
 *
 * @param mastUrl            base of {@code /api/v0/invoke}, {@code /api/v0.1/path_lookup/}, {@code /api/v0.1/Download/file}
 * @param resolverUrl        base of SANTA's {@code /Santa-war/query}
 * @param exoplanetArchiveUrl base of {@code /TAP/sync}
 * @param s3Endpoint         S3 endpoint override; when present, requests use path-style addressing
 * @param bucket             the public bucket holding mission data
 * @param signed             sign S3 requests with the standard AWS credential chain (else anonymous)
 * @param awsProfile         named profile for signed requests
 * @param mastToken          MAST API token; never printed or logged
 * @param radioHome          folder for {@code catalog.db} and settings
 * @param mastConnections    most requests in flight to MAST at once
 * @param jobs               most transfers in flight at once (S3)
 * @param connectTimeout     TCP connect timeout for every HTTP request
 * @param requestTimeout     time allowed for one HTTP response (headers and body) before it counts as stalled
 * @param queryDeadline      overall limit for one MAST query, including EXECUTING polls and pages
 * @param maxAttempts        attempts per idempotent request before giving up (1 = no retry)
 * @param retryBaseDelay     base of the full-jitter exponential backoff
 */
public record RadioConfig(
        URI mastUrl,
        URI resolverUrl,
        URI exoplanetArchiveUrl,
        Optional<URI> s3Endpoint,
        String bucket,
        boolean signed,
        Optional<String> awsProfile,
        Optional<String> mastToken,
        Path radioHome,
        int mastConnections,
        int jobs,
        Duration connectTimeout,
        Duration requestTimeout,
        Duration queryDeadline,
        int maxAttempts,
        Duration retryBaseDelay) {

    public static final URI DEFAULT_MAST_URL = URI.create("https://mast.stsci.edu");
    public static final URI DEFAULT_RESOLVER_URL = URI.create("https://mastresolver.stsci.edu");
    public static final URI DEFAULT_EXOPLANET_ARCHIVE_URL = URI.create("https://exoplanetarchive.ipac.caltech.edu");
    public static final String DEFAULT_BUCKET = "stpubdata";
    /** MAST asks clients to be polite; astroquery's maintainers suggest 2–4 connections. */
    public static final int DEFAULT_MAST_CONNECTIONS = 4;
    public static final int DEFAULT_JOBS = 16;

    public static final String ENV_MAST_URL = "RADIO_MAST_URL";
    public static final String ENV_RESOLVER_URL = "RADIO_RESOLVER_URL";
    public static final String ENV_EXOPLANET_ARCHIVE_URL = "RADIO_EXOPLANET_ARCHIVE_URL";
    public static final String ENV_S3_ENDPOINT = "AWS_ENDPOINT_URL_S3";
    public static final String ENV_ENDPOINT = "AWS_ENDPOINT_URL";
    public static final String ENV_AWS_PROFILE = "AWS_PROFILE";
    public static final String ENV_MAST_TOKEN = "MAST_API_TOKEN";
    public static final String ENV_RADIO_HOME = "RADIO_HOME";

    public RadioConfig {
        mastUrl = httpUrl("--mast-url", mastUrl);
        resolverUrl = httpUrl("--resolver-url", resolverUrl);
        exoplanetArchiveUrl = httpUrl("--exoplanet-archive-url", exoplanetArchiveUrl);
        Objects.requireNonNull(s3Endpoint, "s3Endpoint");
        s3Endpoint.ifPresent(u -> httpUrl("--s3-endpoint", u));
        if (bucket == null || bucket.isBlank() || bucket.contains("/")) {
            throw new ConfigException("--bucket: '" + bucket + "' is not a bucket name");
        }
        Objects.requireNonNull(awsProfile, "awsProfile");
        Objects.requireNonNull(mastToken, "mastToken");
        Objects.requireNonNull(radioHome, "radioHome");
        if (mastConnections < 1 || mastConnections > 64) {
            throw new ConfigException("--mast-connections: " + mastConnections + " is outside 1..64");
        }
        if (jobs < 1 || jobs > 1024) {
            throw new ConfigException("--jobs: " + jobs + " is outside 1..1024");
        }
        positive("connect timeout", connectTimeout);
        positive("request timeout", requestTimeout);
        positive("query deadline", queryDeadline);
        if (maxAttempts < 1) {
            throw new ConfigException("max attempts: " + maxAttempts + " must be at least 1");
        }
        Objects.requireNonNull(retryBaseDelay, "retryBaseDelay");
        if (retryBaseDelay.isNegative()) {
            throw new ConfigException("retry base delay: " + retryBaseDelay + " is negative");
        }
    }

    /** The catalog database file under {@link #radioHome()}. */
    public Path catalogFile() {
        return radioHome.resolve("catalog.db");
    }

    /** A builder holding the defaults; {@code userHome} decides the default {@code RADIO_HOME}. */
    public static Builder builder(Path userHome) {
        return new Builder(userHome);
    }

    /** Defaults overridden by the given environment, as a program with no flags would run. */
    public static RadioConfig fromEnvironment(Map<String, String> env, Path userHome) {
        return builder(userHome).environment(env).build();
    }

    public Builder toBuilder() {
        Builder b = new Builder(radioHome);
        b.mastUrl = mastUrl;
        b.resolverUrl = resolverUrl;
        b.exoplanetArchiveUrl = exoplanetArchiveUrl;
        b.s3Endpoint = s3Endpoint.orElse(null);
        b.bucket = bucket;
        b.signed = signed;
        b.awsProfile = awsProfile.orElse(null);
        b.mastToken = mastToken.orElse(null);
        b.radioHome = radioHome;
        b.mastConnections = mastConnections;
        b.jobs = jobs;
        b.connectTimeout = connectTimeout;
        b.requestTimeout = requestTimeout;
        b.queryDeadline = queryDeadline;
        b.maxAttempts = maxAttempts;
        b.retryBaseDelay = retryBaseDelay;
        return b;
    }

    @Override
    public String toString() {
        return "RadioConfig[mastUrl=" + mastUrl + ", resolverUrl=" + resolverUrl
                + ", exoplanetArchiveUrl=" + exoplanetArchiveUrl + ", s3Endpoint=" + s3Endpoint
                + ", bucket=" + bucket + ", signed=" + signed + ", awsProfile=" + awsProfile
                + ", mastToken=" + (mastToken.isPresent() ? "<redacted>" : "none")
                + ", radioHome=" + radioHome + ", mastConnections=" + mastConnections + ", jobs=" + jobs
                + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout
                + ", queryDeadline=" + queryDeadline + ", maxAttempts=" + maxAttempts
                + ", retryBaseDelay=" + retryBaseDelay + "]";
    }

    private static URI httpUrl(String option, URI uri) {
        if (uri == null) {
            throw new ConfigException(option + ": missing URL");
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || uri.getHost() == null) {
            throw new ConfigException(option + ": '" + uri + "' is not an http(s) URL with a host");
        }
        String s = uri.toString();
        // base URLs are joined with absolute paths such as /api/v0/invoke
        return s.endsWith("/") ? URI.create(s.substring(0, s.length() - 1)) : uri;
    }

    private static void positive(String what, Duration d) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new ConfigException(what + ": " + d + " must be positive");
        }
    }

    /** Parses a URL given by the user, naming the option or variable it came from when it is bad. */
    public static URI parseUrl(String source, String text) {
        try {
            return httpUrl(source, new URI(text.trim()));
        } catch (java.net.URISyntaxException e) {
            throw new ConfigException(source + ": '" + text + "' is not a URL (" + e.getReason() + ")");
        }
    }

    /** Mutable, single-threaded staging for a {@link RadioConfig}; validation happens in {@link #build()}. */
    public static final class Builder {
        private URI mastUrl = DEFAULT_MAST_URL;
        private URI resolverUrl = DEFAULT_RESOLVER_URL;
        private URI exoplanetArchiveUrl = DEFAULT_EXOPLANET_ARCHIVE_URL;
        private URI s3Endpoint;
        private String bucket = DEFAULT_BUCKET;
        private boolean signed;
        private String awsProfile;
        private String mastToken;
        private Path radioHome;
        private int mastConnections = DEFAULT_MAST_CONNECTIONS;
        private int jobs = DEFAULT_JOBS;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(120);
        private Duration queryDeadline = Duration.ofSeconds(600);
        private int maxAttempts = 5;
        private Duration retryBaseDelay = Duration.ofSeconds(1);
        /** AWS_PROFILE counts only when requests are signed (cli.md), so it is kept aside until build. */
        private String envAwsProfile;

        private Builder(Path userHome) {
            this.radioHome = Objects.requireNonNull(userHome, "userHome").resolve(".radio");
        }

        /** Applies the environment variables radio knows; call before applying flags. */
        public Builder environment(Map<String, String> env) {
            String v;
            if ((v = nonBlank(env.get(ENV_MAST_URL))) != null) mastUrl = parseUrl(ENV_MAST_URL, v);
            if ((v = nonBlank(env.get(ENV_RESOLVER_URL))) != null) resolverUrl = parseUrl(ENV_RESOLVER_URL, v);
            if ((v = nonBlank(env.get(ENV_EXOPLANET_ARCHIVE_URL))) != null) {
                exoplanetArchiveUrl = parseUrl(ENV_EXOPLANET_ARCHIVE_URL, v);
            }
            if ((v = nonBlank(env.get(ENV_S3_ENDPOINT))) != null) {
                s3Endpoint = parseUrl(ENV_S3_ENDPOINT, v);
            } else if ((v = nonBlank(env.get(ENV_ENDPOINT))) != null) {
                s3Endpoint = parseUrl(ENV_ENDPOINT, v);
            }
            if ((v = nonBlank(env.get(ENV_AWS_PROFILE))) != null) envAwsProfile = v;
            if ((v = nonBlank(env.get(ENV_MAST_TOKEN))) != null) mastToken = v;
            if ((v = nonBlank(env.get(ENV_RADIO_HOME))) != null) radioHome = Path.of(v);
            return this;
        }

        public Builder mastUrl(URI v) { mastUrl = v; return this; }
        public Builder resolverUrl(URI v) { resolverUrl = v; return this; }
        public Builder exoplanetArchiveUrl(URI v) { exoplanetArchiveUrl = v; return this; }
        public Builder s3Endpoint(URI v) { s3Endpoint = v; return this; }
        public Builder bucket(String v) { bucket = v; return this; }
        public Builder signed(boolean v) { signed = v; return this; }
        public Builder awsProfile(String v) { awsProfile = v; return this; }
        public Builder mastToken(String v) { mastToken = v; return this; }
        public Builder radioHome(Path v) { radioHome = v; return this; }
        public Builder mastConnections(int v) { mastConnections = v; return this; }
        public Builder jobs(int v) { jobs = v; return this; }
        public Builder connectTimeout(Duration v) { connectTimeout = v; return this; }
        public Builder requestTimeout(Duration v) { requestTimeout = v; return this; }
        public Builder queryDeadline(Duration v) { queryDeadline = v; return this; }
        public Builder maxAttempts(int v) { maxAttempts = v; return this; }
        public Builder retryBaseDelay(Duration v) { retryBaseDelay = v; return this; }

        public RadioConfig build() {
            // an explicit profile implies signing; AWS_PROFILE alone does not (cli.md)
            boolean sign = signed || awsProfile != null;
            String profile = awsProfile != null ? awsProfile : (sign ? envAwsProfile : null);
            return new RadioConfig(mastUrl, resolverUrl, exoplanetArchiveUrl, Optional.ofNullable(s3Endpoint),
                    bucket, sign, Optional.ofNullable(profile), Optional.ofNullable(mastToken), radioHome,
                    mastConnections, jobs, connectTimeout, requestTimeout, queryDeadline, maxAttempts,
                    retryBaseDelay);
        }

        private static String nonBlank(String s) {
            return s == null || s.isBlank() ? null : s.trim();
        }
    }
}
