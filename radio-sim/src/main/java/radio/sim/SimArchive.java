package radio.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import radio.sim.catalogue.Catalogue;
import radio.sim.catalogue.Damage;
import radio.sim.catalogue.CatalogueSpec;
import radio.sim.catalogue.Mission;
import radio.sim.catalogue.Product;
import radio.sim.catalogue.ProductFiles;
import radio.sim.catalogue.StarPopulation;
import radio.sim.content.ContentStore;
import radio.sim.content.LightCurveFits;
import radio.sim.mast.DownloadService;
import radio.sim.mast.InvokeService;
import radio.sim.mast.PathLookupService;
import radio.sim.mast.ResolverService;
import radio.sim.s3.S3Service;
import radio.sim.server.Dispatcher;
import radio.sim.server.Endpoint;
import radio.sim.server.FaultRule;
import radio.sim.server.NotFoundService;
import radio.sim.server.RecordedRequest;
import radio.sim.server.Service;
import radio.sim.server.Traffic;
import radio.sim.tap.TapService;

/**
 * The simulated archive: four loopback HTTP servers (JDK {@code com.sun.net.httpserver}) speaking, in the real
 * response shapes, the parts of MAST, SANTA, the NASA Exoplanet Archive TAP service and S3 that radio uses,
 * over a generated {@link Catalogue}.
 *
 * <pre>{@code
 * try (SimArchive sim = SimArchive.builder().extraK2Targets(100).latency(Duration.ofMillis(50)).start()) {
 *     URI mast = sim.mastUrl();                         // /api/v0/invoke, /api/v0.1/path_lookup/, /api/v0.1/Download/file
 *     URI santa = sim.resolverUrl();                    // /Santa-war/query
 *     URI tap = sim.exoplanetArchiveUrl();              // /TAP/sync
 *     URI s3 = sim.s3Endpoint();                        // path-style, bucket "stpubdata"
 *     List<Product> truth = sim.catalogue().lightCurves("K2-21");
 *     ... run the client ...
 *     assertThat(sim.requestCount(Endpoint.INVOKE)).isLessThan(10);
 * }
 * }</pre>
 *
 * <p>Servers bind to 127.0.0.1 on free ports unless the builder says otherwise. Counters, the request log,
 * latency, faults and {@code EXECUTING} polls can be changed while running. Thread-safe; {@link #close()} stops
 * the servers and releases stalled responses.
 */
public final class SimArchive implements AutoCloseable {
    private static final String NODELAY = "sun.net.httpserver.nodelay";
    private static final Logger LOG = LoggerFactory.getLogger(SimArchive.class);

    private final Catalogue catalogue;
    private final ProductFiles files;
    private final Traffic traffic;
    private final InvokeService invoke;
    private final long faultSeed;
    private final ExecutorService executor;
    private final List<HttpServer> servers = new ArrayList<>();
    private final URI mastUrl;
    private final URI resolverUrl;
    private final URI tapUrl;
    private final URI s3Url;

    private SimArchive(Builder b) throws IOException {
        this.catalogue = Catalogue.generate(b.catalogue);
        this.files = new ProductFiles(new ContentStore(new LightCurveFits(), b.lightCurveCacheBytes),
                b.catalogue.seed());
        this.faultSeed = b.faultSeed;
        this.traffic = new Traffic(b.latency, b.retryAfter, b.stallLimit, b.requestLogCapacity, b.faultSeed,
                b.faults, Clock.systemUTC());
        this.invoke = new InvokeService(catalogue);
        invoke.setExecutingPolls(b.executingPolls);
        this.executor = Executors.newCachedThreadPool(daemonThreads());
        boolean started = false;
        try {
            this.mastUrl = serve(b.host, b.mastPort, "/api/v0/invoke", invoke,
                    "/api/v0.1/path_lookup", new PathLookupService(catalogue),
                    "/api/v0.1/Download/file", new DownloadService(catalogue, files));
            this.resolverUrl = serve(b.host, b.resolverPort, "/Santa-war", new ResolverService(catalogue));
            this.tapUrl = serve(b.host, b.tapPort, "/TAP", new TapService(catalogue));
            this.s3Url = serve(b.host, b.s3Port, "/", new S3Service(catalogue, files));
            started = true;
        } finally {
            if (!started) {
                close();
            }
        }
        LOG.info("simulated archive up: MAST {}, SANTA {}, TAP {}, S3 {} ({} targets)", mastUrl, resolverUrl, tapUrl,
                s3Url, catalogue.targets().size());
    }

    private URI serve(String host, int port, Object... contexts) throws IOException {
        // The JDK server writes headers and body separately without TCP_NODELAY, so Nagle's algorithm against the
        // client's delayed ACK holds every response ~40 ms: an artefact no real archive has, which would swamp the
        // latency switch and flatter whichever client makes fewer requests. The server reads this property once,
        // when the first server of the JVM is made; an explicit -D setting wins.
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 256);
        boolean root = false;
        for (int i = 0; i < contexts.length; i += 2) {
            String path = (String) contexts[i];
            server.createContext(path, new Dispatcher((Service) contexts[i + 1], traffic));
            root |= path.equals("/");
        }
        if (!root) {
            server.createContext("/", new Dispatcher(new NotFoundService(), traffic));
        }
        server.setExecutor(executor);
        server.start();
        servers.add(server);
        InetSocketAddress address = server.getAddress();
        String hostText = address.getAddress().getHostAddress();
        if (hostText.contains(":")) {
            hostText = "[" + hostText + "]";
        }
        return URI.create("http://" + hostText + ":" + address.getPort());
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "radio-sim-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * A builder with the defaults: seed 1, 20 extra K2 hosts, 10 extra Kepler and 10 extra TESS stars, cloud gaps
     * on, no latency, no faults.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Base URL of the simulated {@code mast.stsci.edu} (invoke, path_lookup, Download/file). */
    public URI mastUrl() {
        return mastUrl;
    }

    /** Base URL of the simulated {@code mastresolver.stsci.edu} (SANTA at {@code /Santa-war/query}). */
    public URI resolverUrl() {
        return resolverUrl;
    }

    /** Base URL of the simulated {@code exoplanetarchive.ipac.caltech.edu} ({@code /TAP/sync}). */
    public URI exoplanetArchiveUrl() {
        return tapUrl;
    }

    /** The S3 endpoint; use path-style addressing, region {@code us-east-1}, bucket {@link #bucket()}. */
    public URI s3Endpoint() {
        return s3Url;
    }

    /**
     * The environment that points radio (and the AWS tools) at this archive: {@code RADIO_MAST_URL},
     * {@code RADIO_RESOLVER_URL}, {@code RADIO_EXOPLANET_ARCHIVE_URL}, {@code AWS_ENDPOINT_URL_S3}, in that order.
     */
    public Map<String, String> clientEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("RADIO_MAST_URL", mastUrl().toString());
        env.put("RADIO_RESOLVER_URL", resolverUrl().toString());
        env.put("RADIO_EXOPLANET_ARCHIVE_URL", exoplanetArchiveUrl().toString());
        env.put("AWS_ENDPOINT_URL_S3", s3Endpoint().toString());
        return Collections.unmodifiableMap(env);
    }

    /** The simulated public bucket, {@code stpubdata}. */
    public String bucket() {
        return S3Service.BUCKET;
    }

    /** The truth: targets, planets, observations, products, keys. */
    public Catalogue catalogue() {
        return catalogue;
    }

    /** The bytes, ETags and Last-Modified of every product, as served. */
    public ProductFiles files() {
        return files;
    }

    /** Requests received by an endpoint since start or the last {@link #resetCounters()}. */
    public long requestCount(Endpoint endpoint) {
        return traffic.requestCount(endpoint);
    }

    /** Responses of an endpoint that carried an injected fault. */
    public long faultCount(Endpoint endpoint) {
        return traffic.faultCount(endpoint);
    }

    /** The most recent requests (bounded by the builder's log capacity), oldest first. */
    public List<RecordedRequest> requests() {
        return traffic.log();
    }

    /** The logged requests of one endpoint, oldest first. */
    public List<RecordedRequest> requests(Endpoint endpoint) {
        return traffic.log().stream().filter(r -> r.endpoint() == endpoint).toList();
    }

    /** Zeroes all counters and empties the request log. */
    public void resetCounters() {
        traffic.reset();
    }

    /** Replaces the fault rules (their "first N" counters start again). An empty list removes all faults. */
    public void setFaults(List<FaultRule> rules) {
        traffic.setRules(List.copyOf(rules), faultSeed);
    }

    /** Changes the latency added to every response. */
    public void setLatency(Duration latency) {
        traffic.setLatency(requireNonNegative(latency, "latency"));
    }

    /** Makes MAST answer each distinct invoke request {@code n} times with {@code EXECUTING} first. */
    public void setExecutingPolls(int n) {
        invoke.setExecutingPolls(n);
    }

    /**
     * "Changes" a product on the servers: new bytes, ETag and Last-Modified, same size. Accepts a data URI or a
     * bucket key. Returns the new version number.
     *
     * @throws IllegalArgumentException when no product has that URI or key
     */
    public int changeObject(String uriOrKey) {
        Product p = catalogue.productByUri(uriOrKey).or(() -> catalogue.productByS3Key(uriOrKey))
                .orElseThrow(() -> new IllegalArgumentException("no simulated product with URI or key " + uriOrKey));
        return files.change(p);
    }

    /**
     * Damages a product in store (accepts a data URI or a bucket key): from now on MAST and S3 serve a truncated
     * or corrupted file, with a size, ETag and listing that match it — a bad file in the archive, not a transfer
     * fault.
     *
     * @throws IllegalArgumentException when no product has that URI or key
     */
    public void damageObject(String uriOrKey, Damage damage) {
        Product p = catalogue.productByUri(uriOrKey).or(() -> catalogue.productByS3Key(uriOrKey))
                .orElseThrow(() -> new IllegalArgumentException("no simulated product with URI or key " + uriOrKey));
        files.damage(p, Objects.requireNonNull(damage, "damage"));
    }

    @Override
    public void close() {
        traffic.close();
        for (HttpServer s : servers) {
            s.stop(0);
        }
        executor.shutdownNow();
    }

    private static Duration requireNonNegative(Duration d, String what) {
        Objects.requireNonNull(d, what);
        if (d.isNegative()) {
            throw new IllegalArgumentException(what + " must not be negative: " + d);
        }
        return d;
    }

    /** Configures and starts a {@link SimArchive}. Not thread-safe. */
    public static final class Builder {
        private CatalogueSpec catalogue = CatalogueSpec.defaults();
        private Duration latency = Duration.ZERO;
        private final List<FaultRule> faults = new ArrayList<>();
        private long faultSeed = 42;
        private int executingPolls;
        private Duration retryAfter = Duration.ofSeconds(1);
        private Duration stallLimit = Duration.ofSeconds(60);
        private int requestLogCapacity = 10_000;
        private String host = "127.0.0.1";
        private int mastPort;
        private int resolverPort;
        private int tapPort;
        private int s3Port;
        private long lightCurveCacheBytes = 256L << 20;

        private Builder() {
        }

        /** Catalogue seed (positions, planets, sizes, noise). Default 1. */
        public Builder seed(long seed) {
            catalogue = catalogue.withSeed(seed);
            return this;
        }

        /** Synthetic K2 hosts besides the 31 seed hosts ({@code K2-10001}, …). Default 20. */
        public Builder extraK2Targets(int n) {
            catalogue = catalogue.withExtraK2Targets(n);
            return this;
        }

        /** Synthetic Kepler stars besides Kepler-90 and Kepler-1 (half of them hosts {@code Kepler-10001}, …).
         * Default 10. */
        public Builder keplerTargets(int n) {
            catalogue = catalogue.withKeplerTargets(n);
            return this;
        }

        /** Synthetic TESS 2-minute targets besides the five named TESS stars (40 % TOI hosts). Default 10. */
        public Builder tessTargets(int n) {
            catalogue = catalogue.withTessTargets(n);
            return this;
        }

        /**
         * Whether some products are private (S3 403) or missing (S3 404) in the bucket. Default true: the
         * light curves of K2-65 (private) and K2-70 (missing), and 2 % + 2 % of other targets' pipeline products.
         */
        public Builder cloudGaps(boolean on) {
            catalogue = catalogue.withCloudGaps(on);
            return this;
        }

        /**
         * Moves one mission's pipeline products (K2, Kepler or TESS SPOC) to another bucket prefix, e.g.
         * {@code movedKeys(Mission.KEPLER, "kepler/moved/")}: {@code path_lookup} answers and S3 serves the moved
         * keys, so a client that builds keys by the documented layout gets them wrong. Default: the real layout.
         */
        public Builder movedKeys(Mission mission, String root) {
            catalogue = catalogue.withMovedKeys(mission, root);
            return this;
        }

        /**
         * Labelled K2 stars for machine learning (planet hosts, eclipsing binaries, variables, quiet stars; see
         * {@link Catalogue#labelledStars()}), drawn from {@code population}, after every other target. Default 0.
         */
        public Builder labelledStars(int n, StarPopulation population) {
            catalogue = catalogue.withLabelledStars(n, population);
            return this;
        }

        /** Delay added before every response. Default none. */
        public Builder latency(Duration latency) {
            this.latency = requireNonNegative(latency, "latency");
            return this;
        }

        /** Adds a fault rule (rules are tried in the order added). */
        public Builder fault(FaultRule rule) {
            faults.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /** Seed of the random fault choices. Default 42. */
        public Builder faultSeed(long seed) {
            this.faultSeed = seed;
            return this;
        }

        /** MAST answers each distinct invoke request {@code n} times with {@code EXECUTING} first. Default 0. */
        public Builder executingPolls(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("executingPolls must be >= 0: " + n);
            }
            this.executingPolls = n;
            return this;
        }

        /** {@code Retry-After} of injected 503s (whole seconds). Default 1 s. */
        public Builder retryAfter(Duration d) {
            this.retryAfter = requireNonNegative(d, "retryAfter");
            return this;
        }

        /** How long a stalled body hangs before the connection is dropped. Default 60 s. */
        public Builder stallLimit(Duration d) {
            this.stallLimit = requireNonNegative(d, "stallLimit");
            return this;
        }

        /** How many recent requests the log keeps. Default 10,000. */
        public Builder requestLogCapacity(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("requestLogCapacity must be >= 0: " + n);
            }
            this.requestLogCapacity = n;
            return this;
        }

        /** Address to bind. Default 127.0.0.1. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** Fixed ports (0 = any free port) for MAST, SANTA, TAP and S3. Default 0 for all. */
        public Builder ports(int mast, int resolver, int tap, int s3) {
            this.mastPort = mast;
            this.resolverPort = resolver;
            this.tapPort = tap;
            this.s3Port = s3;
            return this;
        }

        /** Memory for cached rendered light curves. Default 256 MiB. */
        public Builder lightCurveCacheBytes(long bytes) {
            this.lightCurveCacheBytes = bytes;
            return this;
        }

        /** Generates the catalogue and starts the servers. */
        public SimArchive start() {
            try {
                return new SimArchive(this);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the simulated archive on " + host, e);
            }
        }
    }
}
