package radio.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import radio.archive.Transport;
import radio.archive.exoplanets.TapQuery;
import radio.archive.exoplanets.TapRows;
import radio.catalog.Catalog;
import radio.config.RadioConfig;
import radio.search.Angle;
import radio.search.SearchSettings;
import radio.search.Selection;
import radio.transfer.DownloadOptions;
import radio.transfer.S3Location;
import radio.transfer.TransferItem;
import radio.transfer.TransferPlan;
import radio.transfer.TransferSettings;
import radio.vetting.PlanetSearch;
import radio.vetting.PlanetSearchOptions;
import radio.workflow.DownloadRun;
import radio.workflow.SearchRequest;
import radio.workflow.Services;
import radio.archive.exoplanets.TargetTable;

/**
 * radio as a library: spacekit's {@code Radio} (target list → search → download) for many targets at once,
 * verified and resumable, with the same services and guarantees as the command line, which is built on it.
 *
 * <pre>{@code
 * RadioConfig config = RadioConfig.builder(Path.of(System.getProperty("user.home"))).build();
 * try (Radio radio = Radio.builder(config).listener(myListener).build()) {
 *     List<String> targets = radio.targets(TargetTable.K2NAMES);                  // EPIC ids of K2 planet hosts
 *     SearchResults found = radio.search(targets, Selection.k2LongCadenceLightCurves());
 *     Downloads d = radio.download(found, Path.of("data"));                       // S3, MAST when S3 lacks a file
 *     List<Path> files = d.paths();                                               // data/mastDownload/K2/...
 * }
 * }</pre>
 *
 * <p>Search answers and downloaded files are recorded in the catalog: a second download of the same files makes no
 * request, and {@link #searchOffline} answers without the network. A target that cannot be searched, or a file that
 * cannot be downloaded, is reported in the result, never thrown.
 *
 * <p>Thread-safe; several searches and downloads may run at once and share the instance's limits
 * ({@link RadioConfig#jobs()} files at a time, {@link RadioConfig#mastConnections()} requests to MAST). Built once
 * by {@link Builder}, the one place radio is wired. {@link #close()} releases what the instance made (threads, the
 * catalog it opened, the S3 client); a transport or catalog given to the builder stays the caller's.
 */
public final class Radio implements AutoCloseable {
    private final Services services;
    private final SearchSettings searchSettings;
    private final DownloadListener listener;
    private final ExecutorService runs;

    private Radio(Builder b) {
        RadioConfig config = b.config.build();
        this.services = new Services(config, b.transferSettings, b.transport, b.catalog);
        this.searchSettings = b.searchSettings.orElseGet(() -> SearchSettings.concurrent(config.mastConnections()));
        this.listener = b.listener;
        AtomicInteger n = new AtomicInteger();
        this.runs = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "radio-download-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** A radio wired from {@code config}, with what the builder may plug in left at radio's own. */
    public static Builder builder(RadioConfig config) {
        return new Builder(config);
    }

    /** A radio talking to the endpoints of {@code config}, with radio's own transport and catalog. */
    public static Radio create(RadioConfig config) {
        return builder(config).build();
    }

    /** The configuration in effect (the builder's limits applied). */
    public RadioConfig config() {
        return services.config();
    }

    /**
     * The targets listed in an Exoplanet Archive table, as designations {@link #search} understands
     * ({@code EPIC n}, {@code KIC n}, {@code TIC n}, host names), duplicates removed: one TAP query.
     *
     * @throws IOException when the archive cannot be queried (its message inside)
     */
    public List<String> targets(TargetTable table) throws IOException, InterruptedException {
        return table.designations(services.exoplanetArchive());
    }

    /**
     * The rows of any Exoplanet Archive TAP query, read one at a time as they arrive (close the cursor).
     *
     * @throws IOException when the archive refuses the query (its message inside) or cannot be reached
     */
    public TapRows query(TapQuery query) throws IOException, InterruptedException {
        return services.exoplanetArchive().query(query);
    }

    /**
     * The products of each target that match {@code selection}, with their S3 keys: mission designations and
     * catalogue names ({@code K2-18}) by exact MAST target name, other names through the name resolver. Batched and
     * concurrent.
     */
    public SearchResults search(List<String> targets, Selection selection) throws InterruptedException {
        return search(Search.of(targets, selection), false, r -> { });
    }

    /** As {@link #search(List, Selection)}, but every target is resolved to a position and searched within {@code radius}. */
    public SearchResults search(List<String> targets, Selection selection, Angle radius) throws InterruptedException {
        return search(new Search(targets, selection, Optional.of(radius)), false, r -> { });
    }

    /**
     * spacekit's {@code cone_search(radius, collection, exptime, product)}: each target resolved to a position and
     * searched within {@code radius} ({@code "0s"} = observations whose footprint contains it), keeping observations
     * of {@code collection} with cadence {@code exptime} seconds and their {@code product} files; e.g.
     * {@code coneSearch(targets, "0s", "K2", 1800.0, "LLC")}.
     *
     * @throws IllegalArgumentException for a radius that is not an angle ({@link Angle#ACCEPTED_FORMS})
     */
    public SearchResults coneSearch(List<String> targets, String radius, String collection, double exptime,
                                    String product) throws InterruptedException {
        Selection s = new Selection(Optional.of(collection), OptionalDouble.of(exptime), Set.of(product));
        return search(targets, s, Angle.parse(radius));
    }

    /**
     * What earlier searches with the same selection found, from the catalog alone: no network at all. Targets it
     * cannot answer for are {@link TargetResult.Status#FAILED}, with the reason.
     */
    public SearchResults searchOffline(List<String> targets, Selection selection) throws InterruptedException {
        return search(Search.of(targets, selection), true, r -> { });
    }

    /**
     * Searches (or, {@code offline}, answers from the catalog) and hands each target's result to {@code each} as
     * soon as it is known, in completion order, one call at a time; returns all of them in input order.
     */
    public SearchResults search(Search search, boolean offline, Consumer<TargetResult> each)
            throws InterruptedException {
        services.openCatalogInBackground();
        List<TargetResult> all = Collections.synchronizedList(new ArrayList<>());
        services.recordedSearch(searchSettings).run(request(search), offline, o -> {
            TargetResult r = ApiRecords.target(o);
            all.add(r);
            each.accept(r);
        });
        List<TargetResult> ordered = new ArrayList<>(all);
        ordered.sort(java.util.Comparator.comparingInt(TargetResult::index));
        return new SearchResults(ordered);
    }

    /**
     * Starts a download and returns at once: the given items, and the products of the request's search, each
     * target's files starting as soon as that target is found. Every file's events go to the builder's listener;
     * each searched target's result goes to {@code eachTarget} as soon as it is known.
     */
    public DownloadJob startDownload(DownloadRequest request, Consumer<TargetResult> eachTarget) {
        Objects.requireNonNull(eachTarget, "eachTarget");
        DownloadRun run = DownloadRun.start(services, searchSettings, options(request), request.items(),
                request.search().map(Radio::request), ApiRecords.events(listener),
                o -> eachTarget.accept(ApiRecords.target(o)), runs);
        return new DownloadJob(run);
    }

    /** As {@link #startDownload(DownloadRequest, Consumer)}, waiting for the result. */
    public Downloads download(DownloadRequest request) throws InterruptedException {
        return startDownload(request, r -> { }).await();
    }

    /**
     * Downloads every product found into {@code out} ({@code out/mastDownload/<obs_collection>/<obs_id>/<file>}):
     * from S3 when it has the file, else from MAST. Files already there and known to the catalog cost nothing.
     */
    public Downloads download(SearchResults found, Path out) throws InterruptedException {
        return download(new DownloadRequest(out, radio.transfer.SourcePolicy.AUTO, false, Optional.empty(),
                items(found)));
    }

    /**
     * Searches and downloads in one go, the fast way: each target's files start downloading as soon as that target
     * is found, while the others are still being searched.
     */
    public Downloads download(List<String> targets, Selection selection, Path out) throws InterruptedException {
        return download(DownloadRequest.of(Search.of(targets, selection), out));
    }

    /**
     * From target names to vetted planet candidates, lightkurve's notebook path in one call: finds and downloads each
     * target's light curves as {@link #download(DownloadRequest)} does (so the catalog makes a rerun free), stitches
     * them, and runs a {@link PlanetSearch} (BLS, mask the transits found, search again, until the SNR falls below
     * the minimum or enough candidates are found); each candidate is judged ({@code likely planet},
     * {@code likely eclipsing binary: odd/even differ by 5.2σ}, ...) and, when the request names a folder, gets a
     * one-page {@link radio.plot.VettingSheet}. Targets are searched one after the other, in input order, each search
     * on every core; each target's result goes to {@code eachTarget} as soon as it is known. A target that cannot
     * be downloaded, read or searched is reported in its result, never thrown.
     *
     * <pre>{@code
     * HuntReport r = radio.hunt(new HuntRequest(Search.of(List.of("TIC 25155310"), selection), Path.of("data"),
     *         Optional.of(Path.of("sheets")), false, PlanetSearchOptions.DEFAULT), t -> { });
     * r.targets().get(0).candidates().get(0).verdict().text();      // likely planet
     * }</pre>
     */
    public HuntReport hunt(HuntRequest request, Consumer<TargetHunt> eachTarget) throws InterruptedException {
        long t0 = System.nanoTime();
        Downloads d = download(new DownloadRequest(request.out(), radio.transfer.SourcePolicy.AUTO, request.offline(),
                Optional.of(request.search()), List.of()));
        PlanetSearchOptions options = Hunting.options(request);
        List<TargetHunt> targets = new ArrayList<>();
        for (TargetResult t : d.targets()) {
            if (Thread.interrupted()) {
                throw new InterruptedException("hunt interrupted");
            }
            TargetHunt h = Hunting.target(t, d, request, options);
            eachTarget.accept(h);
            targets.add(h);
        }
        return new HuntReport(targets, d.downloadedCount(), d.presentCount(), d.bytesDownloaded(), d.failed(),
                java.time.Duration.ofNanos(System.nanoTime() - t0));
    }

    /**
     * The files the catalog vouches for, by path: what radio has downloaded (or verified) into any folder, with the
     * target, mission, season and product of the search that found each. No network.
     */
    public List<CatalogFile> files() {
        return files(Optional.empty(), Optional.empty());
    }

    /** As {@link #files()}, of one mission ({@code K2}, any case) and one target (however spelled), when given. */
    public List<CatalogFile> files(Optional<String> mission, Optional<String> target) {
        return services.storedFiles(mission, target).stream().map(ApiRecords::catalogFile).toList();
    }

    /**
     * What {@link #download(DownloadRequest)} would fetch and from where, without requesting any file: the search
     * is made (and recorded), the disk and catalog are consulted.
     */
    public DryRun plan(DownloadRequest request) throws InterruptedException {
        List<TransferItem> items = new ArrayList<>(request.items());
        List<TargetResult> targets = List.of();
        if (request.search().isPresent()) {
            SearchResults found = search(request.search().get(), request.offline(), r -> { });
            items.addAll(items(found));
            targets = found.targets();
        }
        return new DryRun(targets, services.transfers().plan(options(request), items));
    }

    /**
     * A download that was not made.
     *
     * @param targets every searched target's result
     * @param plan    each file, where it would go and what would happen to it
     */
    public record DryRun(List<TargetResult> targets, TransferPlan plan) {
        public DryRun {
            targets = List.copyOf(targets);
            Objects.requireNonNull(plan, "plan");
        }
    }

    @Override
    public void close() {
        runs.shutdownNow();
        services.close();
    }

    private List<TransferItem> items(SearchResults found) {
        String bucket = services.config().bucket();
        return found.products().stream().map(p -> TransferItem.product(p.target(), p.obsCollection(), p.obsId(),
                p.productCode(), p.fileName(), p.dataUri(), p.s3Key().map(k -> new S3Location(bucket, k)),
                p.sizeBytes())).toList();
    }

    private static SearchRequest request(Search s) {
        return new SearchRequest(s.targets(), s.selection(), s.radius());
    }

    private static DownloadOptions options(DownloadRequest r) {
        return new DownloadOptions(r.out(), r.source(), r.offline());
    }

    /**
     * Wires a {@link Radio}. Everything has radio's own default; set only what you need to plug in.
     *
     * <p>The transport and catalog given here are the caller's: the radio uses them and never closes them.
     */
    public static final class Builder {
        private final RadioConfig.Builder config;
        private Optional<Transport> transport = Optional.empty();
        private Optional<Catalog> catalog = Optional.empty();
        private DownloadListener listener = DownloadListener.NONE;
        private TransferSettings transferSettings = TransferSettings.defaults();
        private Optional<SearchSettings> searchSettings = Optional.empty();

        private Builder(RadioConfig config) {
            this.config = Objects.requireNonNull(config, "config").toBuilder();
        }

        /**
         * Where every request goes (archive queries, MAST and public-S3 downloads; see {@link Transport}'s
         * contract). Default: one JDK {@code HttpClient} built from the config.
         */
        public Builder transport(Transport transport) {
            this.transport = Optional.of(Objects.requireNonNull(transport, "transport"));
            return this;
        }

        /**
         * What radio remembers searches and files in ({@link Catalog#inMemory()} to leave nothing on disk). Default:
         * the SQLite catalog at {@link RadioConfig#catalogFile()}.
         */
        public Builder catalog(Catalog catalog) {
            this.catalog = Optional.of(Objects.requireNonNull(catalog, "catalog"));
            return this;
        }

        /** Hears about every file of every download (rules of {@link DownloadListener}). Default: none. */
        public Builder listener(DownloadListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** Most files downloading at once (S3; MAST gets at most {@link #mastConnections}). */
        public Builder jobs(int jobs) {
            config.jobs(jobs);
            return this;
        }

        /** Most requests in flight to MAST (and its resolver) at once. */
        public Builder mastConnections(int connections) {
            config.mastConnections(connections);
            return this;
        }

        /** Stall timeout, backoff cap, AWS profile files. Default: {@link TransferSettings#defaults()}. */
        public Builder transferSettings(TransferSettings settings) {
            this.transferSettings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /**
         * How searches are batched and scheduled ({@link SearchSettings#sequential()} for one target at a time).
         * Default: {@link SearchSettings#concurrent} over the MAST connections.
         */
        public Builder searchSettings(SearchSettings settings) {
            this.searchSettings = Optional.of(Objects.requireNonNull(settings, "settings"));
            return this;
        }

        /**
         * The radio. Touches neither the network nor the disk.
         *
         * @throws radio.config.ConfigException when a limit set here is out of range
         */
        public Radio build() {
            return new Radio(this);
        }
    }
}
