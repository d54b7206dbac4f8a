package radio.workflow;

import java.net.http.HttpClient;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import radio.archive.HostLimits;
import radio.archive.Http;
import radio.archive.JdkHttp;
import radio.archive.LoggingHttp;
import radio.archive.RetryPolicy;
import radio.archive.exoplanets.ExoplanetArchiveClient;
import radio.archive.mast.MastClient;
import radio.archive.mast.SantaResolver;
import radio.catalog.CatalogException;
import radio.catalog.CatalogStore;
import radio.config.RadioConfig;
import radio.search.ProductSearch;
import radio.search.SearchExecutors;
import radio.search.SearchSettings;
import radio.transfer.TransferEngine;
import radio.transfer.TransferSettings;

/**
 * Everything one radio session talks to, wired once from a {@link RadioConfig}: the archive clients around ONE
 * shared {@link HttpClient} (also used for MAST downloads), with retries per the config, at most
 * {@code mastConnections} requests in flight to MAST (and to the resolver, also STScI), every request logged at
 * debug with the MAST token redacted; the catalog ({@link RadioConfig#catalogFile()}); the transfer engine. The
 * command line builds one per command, the {@code radio.api.Radio} facade one per instance.
 *
 * <p>Nothing here touches the network or the disk when built. The catalog is opened on first use, or earlier in the
 * background after {@link #openCatalogInBackground()} (SQLite's native library takes a few hundred milliseconds to
 * load: better spent while the first queries are on the wire). The transfer engine is built on first use.
 *
 * <p>Thread-safe. {@link #close()} stops the search threads (started by the first search), closes the transfer engine
 * and the catalog; the JDK 17 HTTP client has no close (its threads are daemons).
 */
public final class Services implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Services.class);

    private final RadioConfig config;
    private final TransferSettings transferSettings;
    private final HttpClient client;
    private final Http http;
    private final MastClient mast;
    private final SantaResolver resolver;
    private final ExoplanetArchiveClient exoplanetArchive;
    private final SearchExecutors searchThreads;
    private CompletableFuture<CatalogStore> catalog;
    private CompletableFuture<TransferEngine> transfers;
    private boolean closed;

    private Services(RadioConfig config, TransferSettings transferSettings) {
        this.config = Objects.requireNonNull(config, "config");
        this.transferSettings = Objects.requireNonNull(transferSettings, "transferSettings");
        this.client = JdkHttp.newClient(config);
        HostLimits limits = HostLimits.none()
                .with(config.mastUrl(), config.mastConnections())
                .with(config.resolverUrl(), config.mastConnections());
        this.http = Http.standard(new JdkHttp(client, config.requestTimeout()), RetryPolicy.from(config), limits,
                new LoggingHttp.Secrets(config.mastToken().stream().toList()));
        this.mast = MastClient.create(http, config);
        this.resolver = new SantaResolver(http, config.resolverUrl());
        this.exoplanetArchive = new ExoplanetArchiveClient(http, config.exoplanetArchiveUrl());
        this.searchThreads = new SearchExecutors(SearchSettings.concurrent(config.mastConnections()).workers());
    }

    /** Services with the default transfer settings. */
    public static Services open(RadioConfig config) {
        return open(config, TransferSettings.defaults());
    }

    public static Services open(RadioConfig config, TransferSettings transferSettings) {
        return new Services(config, transferSettings);
    }

    public RadioConfig config() {
        return config;
    }

    /** The one HTTP client (owned here; never close or reconfigure it). */
    public HttpClient httpClient() {
        return client;
    }

    /** The request stack over {@link #httpClient()}: retries, per-host limits, logging. */
    public Http http() {
        return http;
    }

    public MastClient mast() {
        return mast;
    }

    public SantaResolver resolver() {
        return resolver;
    }

    public ExoplanetArchiveClient exoplanetArchive() {
        return exoplanetArchive;
    }

    /** A product search over these clients, on this session's search threads. */
    public ProductSearch productSearch(SearchSettings settings) {
        return new ProductSearch(mast, resolver, exoplanetArchive, settings, searchThreads);
    }

    /** A search that records its answers in the catalog, or answers from it alone. */
    public RecordedSearch recordedSearch(SearchSettings settings) {
        return new RecordedSearch(productSearch(settings), this::catalog);
    }

    /** Starts opening the catalog on a background thread, if it is not open or opening already. */
    public synchronized void openCatalogInBackground() {
        checkOpen();
        if (catalog == null) {
            catalog = CompletableFuture.supplyAsync(() -> {
                long t0 = System.nanoTime();
                CatalogStore store = CatalogStore.open(config.catalogFile());
                LOG.debug("catalog {} open in {} ms", store.database(), (System.nanoTime() - t0) / 1_000_000);
                return store;
            }, Services::daemon);
        }
    }

    /**
     * The catalog, opened now if {@link #openCatalogInBackground()} was not called (waits for it if it was).
     *
     * @throws CatalogException when it cannot be opened (the message names the file)
     */
    public CatalogStore catalog() {
        CompletableFuture<CatalogStore> c;
        synchronized (this) {
            checkOpen();
            if (catalog == null) {
                catalog = CompletableFuture.completedFuture(null).thenApply(x -> CatalogStore.open(config.catalogFile()));
            }
            c = catalog;
        }
        return join(c);
    }

    /**
     * The transfer engine (built on first use, over {@link #httpClient()} and {@link #catalog()}; waits for the
     * catalog to open).
     *
     * @throws CatalogException when the catalog cannot be opened
     */
    public TransferEngine transfers() {
        return join(transfersAsync());
    }

    /**
     * Waits for {@code future} and returns its value; when it failed with an unchecked exception (such as a
     * {@link CatalogException} naming the file), throws that exception itself rather than a wrapper.
     */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /**
     * The transfer engine, built on a background thread once the catalog is open, so that a search can start at
     * once instead of waiting for SQLite to load. Fails with {@link CatalogException} when the catalog cannot open.
     */
    public synchronized CompletableFuture<TransferEngine> transfersAsync() {
        checkOpen();
        if (transfers == null) {
            openCatalogInBackground();
            transfers = catalog.thenApply(store -> new TransferEngine(config, transferSettings, client, store));
        }
        return transfers;
    }

    /** Stops the search threads; closes the transfer engine, then the catalog (waiting for background openings). */
    @Override
    public void close() {
        CompletableFuture<TransferEngine> engine;
        CompletableFuture<CatalogStore> store;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            searchThreads.close();
            engine = transfers;
            store = catalog;
        }
        try {
            if (engine != null) {
                try {
                    engine.join().close();
                } catch (CompletionException e) {
                    // it was never built: nothing to close
                }
            }
        } finally {
            if (store != null) {
                try {
                    store.join().close();
                } catch (CompletionException e) {
                    // it never opened: nothing to close
                }
            }
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("radio services closed");
        }
    }

    private static void daemon(Runnable r) {
        Thread t = new Thread(r, "radio-catalog-open");
        t.setDaemon(true);
        t.start();
    }
}
