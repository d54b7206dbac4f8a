package radio.workflow;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import radio.archive.HostLimits;
import radio.archive.Http;
import radio.archive.JdkHttp;
import radio.archive.LoggingHttp;
import radio.archive.RetryPolicy;
import radio.archive.Transport;
import radio.archive.exoplanets.ExoplanetArchiveClient;
import radio.archive.mast.MastClient;
import radio.archive.mast.SantaResolver;
import radio.catalog.Catalog;
import radio.catalog.CatalogedFile;
import radio.catalog.ObservationRow;
import radio.catalog.CatalogException;
import radio.catalog.CatalogStore;
import radio.config.RadioConfig;
import radio.search.FoundProduct;
import radio.search.ProductSearch;
import radio.search.SearchExecutors;
import radio.search.SearchSettings;
import radio.transfer.TransferEngine;
import radio.transfer.TransferSettings;

/**
 * Everything one radio instance talks to, wired once: the archive clients over ONE {@link Transport} (also used for
 * MAST and public-S3 downloads), with retries per the config, at most {@code mastConnections} requests in flight to
 * MAST (and to the resolver, also STScI), every request logged at debug with the MAST token redacted; the catalog;
 * the transfer engine. Built by {@code radio.api.Radio.Builder}, the one place radio is wired.
 *
 * <p>Nothing here touches the network or the disk when built. A catalog radio opens itself
 * ({@link RadioConfig#catalogFile()}) is opened on first use, or earlier in the background after
 * {@link #openCatalogInBackground()} (SQLite's native library takes a few hundred milliseconds to load: better spent
 * while the first queries are on the wire). The transfer engine is built on first use.
 *
 * <p>Thread-safe. {@link #close()} stops the search threads (started by the first search), closes the transfer engine
 * and a catalog opened here; a transport or catalog given by the caller stays the caller's. The JDK 17 HTTP client
 * radio builds itself has no close (its threads are daemons).
 */
public final class Services implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Services.class);

    private final RadioConfig config;
    private final TransferSettings transferSettings;
    private final Transport transport;
    private final Http http;
    private final MastClient mast;
    private final SantaResolver resolver;
    private final ExoplanetArchiveClient exoplanetArchive;
    private final SearchExecutors searchThreads;
    /** The caller's catalog, never closed here; else null and {@link #catalog} is opened from the config. */
    private final Catalog given;
    private CompletableFuture<Catalog> catalog;
    private CompletableFuture<TransferEngine> transfers;
    private boolean closed;

    /**
     * @param transport where requests go; empty for a JDK client built from the config ({@link JdkHttp#newClient})
     * @param catalog   the catalog to use; empty for the SQLite catalog at {@link RadioConfig#catalogFile()}
     */
    public Services(RadioConfig config, TransferSettings transferSettings, Optional<Transport> transport,
                    Optional<Catalog> catalog) {
        this.config = Objects.requireNonNull(config, "config");
        this.transferSettings = Objects.requireNonNull(transferSettings, "transferSettings");
        this.transport = transport.orElseGet(() -> JdkHttp.newClient(config)::send);
        this.given = catalog.orElse(null);
        if (given != null) {
            this.catalog = CompletableFuture.completedFuture(given);
        }
        HostLimits limits = HostLimits.none()
                .with(config.mastUrl(), config.mastConnections())
                .with(config.resolverUrl(), config.mastConnections());
        this.http = Http.standard(new JdkHttp(this.transport, config.requestTimeout()), RetryPolicy.from(config),
                limits, new LoggingHttp.Secrets(config.mastToken().stream().toList()));
        this.mast = MastClient.create(http, config);
        this.resolver = new SantaResolver(http, config.resolverUrl());
        this.exoplanetArchive = new ExoplanetArchiveClient(http, config.exoplanetArchiveUrl());
        this.searchThreads = new SearchExecutors(SearchSettings.concurrent(config.mastConnections()).workers());
    }

    public RadioConfig config() {
        return config;
    }

    /** The request stack over the transport: retries, per-host limits, logging. */
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

    /**
     * A file the catalog vouches for, and the product it is a copy of when a search found it.
     *
     * @param file    the catalog's record, with the answer's rows
     * @param product the product, rebuilt from those rows
     */
    public record StoredFile(CatalogedFile file, Optional<FoundProduct> product) {
    }

    /**
     * The files the catalog vouches for, by path, of a mission ({@code obs_collection}, any case) and a target
     * (however spelled: {@code EPIC 206011691} finds what {@code ktwo206011691} was searched as) when given.
     */
    public List<StoredFile> storedFiles(Optional<String> mission, Optional<String> target) {
        Optional<String> key = target.map(CatalogKeys::target);
        // a star searched by name (K2-21) is also found by its designation (EPIC 206011691): MAST's target_name
        Optional<String> mastName = key.map(k -> k.startsWith("TIC ") ? k.substring(4) : k);
        return catalog().files().stream()
                .filter(f -> key.isEmpty() || f.target().equals(key)
                        || f.observation().flatMap(ObservationRow::targetName).equals(mastName))
                .filter(f -> mission.isEmpty() || f.product().map(p -> p.obsCollection().equalsIgnoreCase(
                        mission.get().strip())).orElse(false))
                .map(f -> new StoredFile(f, f.product().map(p ->
                        ProductRecords.foundProduct(f.target().orElse(""), p, f.observation())))).toList();
    }

    /** Starts opening the catalog on a background thread, if it is not open or opening already. */
    public synchronized void openCatalogInBackground() {
        checkOpen();
        if (catalog == null) {
            catalog = CompletableFuture.<Catalog>supplyAsync(() -> {
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
    public Catalog catalog() {
        CompletableFuture<Catalog> c;
        synchronized (this) {
            checkOpen();
            if (catalog == null) {
                catalog = CompletableFuture.<Catalog>completedFuture(null)
                        .thenApply(x -> CatalogStore.open(config.catalogFile()));
            }
            c = catalog;
        }
        return join(c);
    }

    /**
     * The transfer engine (built on first use, over the transport and {@link #catalog()}; waits for the catalog to
     * open).
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
            transfers = catalog.thenApply(store -> new TransferEngine(config, transferSettings, transport, store));
        }
        return transfers;
    }

    /** Stops the search threads; closes the transfer engine, then the catalog (waiting for background openings). */
    @Override
    public void close() {
        CompletableFuture<TransferEngine> engine;
        CompletableFuture<Catalog> store;
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
            if (store != null && given == null) {
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
