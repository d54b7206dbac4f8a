package radio.transfer;

import radio.archive.Transport;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import radio.catalog.Catalog;
import radio.config.RadioConfig;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Downloads archive files to local disk from S3 or MAST, fast, verified, resumable, and never twice.
 *
 * <p><b>What it guarantees.</b>
 * <ul>
 *   <li>Placement: {@code OUT/mastDownload/<obs_collection>/<obs_id>/<productFilename>}, or {@code OUT/<key path>}
 *       for bare URIs; a name or key that would land elsewhere is refused as a failed item naming the culprit.</li>
 *   <li>Never a bad file: bytes go to {@code NAME.part} (with a {@code NAME.part.json} resume token once they have
 *       been arriving for a second, see {@link DeferredToken}) and are renamed
 *       atomically, after {@code fsync}, only when the size equals the expected size (product size /
 *       Content-Length, which must agree) and, where S3 gives a plain-MD5 ETag, the MD5 matches. Mismatches are
 *       discarded and retried. See {@link PartFile} for the on-disk invariants a {@code kill -9} leaves.</li>
 *   <li>Resume: an interrupted transfer continues with HTTP Range when the object is unchanged (S3
 *       {@code If-Match} on the ETag; MAST {@code If-Range}), else restarts.</li>
 *   <li>Retries with full-jitter backoff on 5xx, 429, S3 SlowDown, resets, timeouts, truncated and stalled bodies
 *       ({@link TransferSettings#stallTimeout()}); attempts that made progress do not count against
 *       {@link RadioConfig#maxAttempts()}.</li>
 *   <li>Never twice: a file the catalog records with the size and modification time it still has costs no request
 *       at all; a file on disk the catalog does not know is verified with at most one HEAD (size, plus MD5 against
 *       a plain S3 ETag) and then recorded instead of downloaded.</li>
 *   <li>Partial success is a value: {@link TransferSession#finish()} reports every item; nothing throws for a
 *       failed file.</li>
 * </ul>
 *
 * <p><b>Sources.</b> See {@link SourcePolicy}. MAST files come from
 * {@code GET {mastUrl}/api/v0.1/Download/file?uri=<dataURI>}; S3 objects by anonymous HTTP over the same shared
 * client ({@link PublicS3Fetcher}), or through the AWS SDK when {@link RadioConfig#signed()} ({@link S3Clients}
 * explains that client).
 *
 * <p><b>Concurrency.</b> Up to {@link RadioConfig#jobs()} items are checked and fetched from S3 at once; MAST
 * downloads run on their own {@link RadioConfig#mastConnections()} threads, so MAST never sees more connections
 * from this engine however many items wait. The engine is thread-safe; several sessions may run at once and
 * share these limits.
 *
 * <p><b>Resources.</b> The transport and catalog passed in stay the caller's (never closed here); the S3 client
 * (built on first S3 use) and the threads are the engine's and are released by {@link #close()}. A MAST token
 * from the config is sent only to the MAST host, as the {@code mast_token} cookie; with a token configured the
 * transport must not follow redirects itself (this engine follows MAST's redirects and drops the cookie when they
 * leave the host). Nothing here logs a credential.
 */
public final class TransferEngine implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TransferEngine.class);

    private final RadioConfig config;
    private final TransferSettings settings;
    private final Catalog catalog;
    private final MastFetcher mast;
    private final ObjectFetcher s3;
    private final ExecutorService s3Pool;
    private final ExecutorService mastPool;
    /** Stall checks and deferred resume tokens. */
    private final ScheduledExecutorService timer;
    private final StallWatchdog watchdog;
    private final Backoff backoff;
    private final CatalogRecorder recorder;
    private S3Client s3Client;
    private boolean closed;

    /**
     * @param config   endpoints, credentials, {@code jobs}, MAST connections, timeouts, attempts
     * @param settings stall timeout, backoff cap, AWS profile files
     * @param http     the shared client for MAST downloads (not closed here)
     * @param catalog  the catalog to consult and record files in (not closed here)
     * @throws IllegalArgumentException when a MAST token is configured and {@code http} follows redirects itself
     */
    public TransferEngine(RadioConfig config, TransferSettings settings, Transport http, Catalog catalog) {
        this.config = Objects.requireNonNull(config, "config");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.mast = new MastFetcher(http, config.mastUrl(), config.mastToken(), config.requestTimeout());
        this.s3 = config.signed() ? new S3Fetcher(this::s3Client)
                : new PublicS3Fetcher(http, config.s3Endpoint(), config.requestTimeout());
        this.s3Pool = Executors.newFixedThreadPool(config.jobs(), daemon("radio-transfer-"));
        this.mastPool = Executors.newFixedThreadPool(config.mastConnections(), daemon("radio-transfer-mast-"));
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon("radio-transfer-timer-"));
        this.watchdog = new StallWatchdog(settings.stallTimeout(), timer);
        this.backoff = new Backoff(config.retryBaseDelay(), settings.retryMaxDelay());
        this.recorder = new CatalogRecorder(catalog);
        timer.execute(TransferEngine::hashSomething);
    }

    /**
     * Hashes 256 KB once, so the JIT queues MD5 for compilation before the first bodies arrive: otherwise every
     * job hashes those in the interpreter, tens of times slower, until the compiler gets through the queue that
     * the first requests fill (~0.2 s of a 1,000-file download, bench/transfer-s3.sh).
     */
    private static void hashSomething() {
        MessageDigest md = Md5.digest();
        byte[] block = new byte[1 << 16];
        for (int i = 0; i < 4; i++) {
            md.update(block);
        }
        md.digest();
    }

    /** Starts a session that accepts items while it works. */
    public TransferSession start(DownloadOptions options, TransferEvents events) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(events, "events");
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("transfer engine closed");
            }
            if (config.signed() && s3Client == null && options.source() != SourcePolicy.MAST && !options.offline()) {
                // building the SDK client takes a second of class loading: do it while the caller is still
                // searching or checking local files, not when the first S3 download needs it
                CompletableFuture.runAsync(this::warmUpS3, s3Pool);
            }
        }
        return new TransferSession(this, options, events);
    }

    /** Downloads a known list of items: {@link #start}, submit all, {@link TransferSession#finish()}. */
    public TransferReport download(DownloadOptions options, List<TransferItem> items, TransferEvents events)
            throws InterruptedException {
        try (TransferSession session = start(options, events)) {
            session.submitAll(items);
            return session.finish();
        }
    }

    /**
     * What a download would do ({@code --dry-run}): for each item its destination, whether it is already present,
     * would be verified, resumed or fetched, and from where. Reads the catalog and the disk only; no network.
     */
    public TransferPlan plan(DownloadOptions options, List<TransferItem> items) {
        return TransferPlan.of(this, options, items);
    }

    /** Stops the engine's threads and closes its S3 client; sessions still running fail their remaining items. */
    @Override
    public void close() {
        S3Client client;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            client = s3Client;
        }
        s3Pool.shutdownNow();
        mastPool.shutdownNow();
        watchdog.close();
        timer.shutdownNow();
        recorder.close();
        if (client != null) {
            client.close();
        }
    }

    /** The services that may serve {@code item} under {@code policy}, in the order to try them. */
    List<ObjectFetcher> route(TransferItem item, SourcePolicy policy) throws NoSourceException {
        List<ObjectFetcher> route = new ArrayList<>(2);
        switch (policy) {
            case AUTO -> {
                if (s3.canFetch(item)) {
                    route.add(s3);
                }
                if (mast.canFetch(item)) {
                    route.add(mast);
                }
            }
            case S3 -> {
                if (!s3.canFetch(item)) {
                    throw new NoSourceException(item.uri(), item.uri() + ": no S3 key known for it and --source s3 "
                            + "forbids MAST; use --source auto");
                }
                route.add(s3);
            }
            case MAST -> {
                if (!mast.canFetch(item)) {
                    throw new NoSourceException(item.uri(), item.uri() + ": not a MAST data URI and --source mast "
                            + "forbids S3; use --source auto");
                }
                route.add(mast);
            }
        }
        return route;
    }

    RadioConfig config() {
        return config;
    }

    TransferSettings settings() {
        return settings;
    }

    Catalog catalog() {
        return catalog;
    }

    CatalogRecorder recorder() {
        return recorder;
    }

    ExecutorService s3Pool() {
        return s3Pool;
    }

    ExecutorService mastPool() {
        return mastPool;
    }

    StallWatchdog watchdog() {
        return watchdog;
    }

    ScheduledExecutorService timer() {
        return timer;
    }

    Backoff backoff() {
        return backoff;
    }

    private void warmUpS3() {
        try {
            long t0 = System.nanoTime();
            s3Client();
            log.debug("S3 client ready in {} ms", (System.nanoTime() - t0) / 1_000_000);
        } catch (RuntimeException e) {
            // the first S3 request will meet the same problem and report it against its item
            log.debug("building the S3 client failed: {}", e.toString());
        }
    }

    private synchronized S3Client s3Client() {
        if (closed) {
            throw new IllegalStateException("transfer engine closed");
        }
        if (s3Client == null) {
            s3Client = S3Clients.create(config, settings);
        }
        return s3Client;
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
