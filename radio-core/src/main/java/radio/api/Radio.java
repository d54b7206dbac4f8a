package radio.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import radio.config.RadioConfig;
import radio.search.Angle;
import radio.search.SearchSettings;
import radio.search.Selection;
import radio.search.TargetOutcome;
import radio.transfer.DownloadOptions;
import radio.transfer.SourcePolicy;
import radio.transfer.TransferEvents;
import radio.transfer.TransferItem;
import radio.transfer.TransferReport;
import radio.transfer.TransferSession;
import radio.transfer.TransferSettings;
import radio.workflow.ProductRecords;
import radio.workflow.RecordedSearch;
import radio.workflow.SearchRequest;
import radio.workflow.Services;
import radio.workflow.TargetTable;

/**
 * radio for a notebook: spacekit's {@code Radio} (target list → {@code cone_search} → {@code s3_download}) as a
 * small Java API over the same services as the command line, many targets at once, verified and resumable.
 *
 * <pre>{@code
 * RadioConfig config = RadioConfig.builder(Path.of(System.getProperty("user.home"))).build();
 * try (Radio radio = Radio.create(config)) {
 *     List<String> targets = radio.targets(TargetTable.K2NAMES);                  // EPIC ids of K2 planet hosts
 *     SearchResults found = radio.search(targets, Selection.k2LongCadenceLightCurves());
 *     Downloads d = radio.download(found, Path.of("data"));                       // S3, MAST when S3 lacks a file
 *     List<Path> files = d.files();                                               // data/mastDownload/K2/...
 * }
 * }</pre>
 *
 * <p>Search answers and downloaded files are recorded in the catalog ({@link RadioConfig#catalogFile()}): a second
 * download of the same files makes no request, and {@link #searchOffline} answers without the network. A target
 * that cannot be searched, or a file that cannot be downloaded, is reported in the result, never thrown.
 *
 * <p>Thread-safe. {@link #close()} releases the catalog, the transfer threads and the S3 client.
 */
public final class Radio implements AutoCloseable {
    private final Services services;
    private final SearchSettings searchSettings;

    private Radio(Services services) {
        this.services = services;
        this.searchSettings = SearchSettings.concurrent(services.config().mastConnections());
    }

    /** A radio talking to the endpoints of {@code config} (see {@link RadioConfig#builder}). */
    public static Radio create(RadioConfig config) {
        return new Radio(Services.open(config));
    }

    /** As {@link #create(RadioConfig)}, with other transfer settings (stall timeout, backoff cap, AWS profile files). */
    public static Radio create(RadioConfig config, TransferSettings transferSettings) {
        return new Radio(Services.open(config, transferSettings));
    }

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
     * The products of each target that match {@code selection}, with their S3 keys: mission designations and
     * catalogue names ({@code K2-18}) by exact MAST target name, other names through the name resolver. Batched and
     * concurrent; see {@link radio.search.ProductSearch}.
     */
    public SearchResults search(List<String> targets, Selection selection) throws InterruptedException {
        return search(new SearchRequest(targets, selection, Optional.empty()), false);
    }

    /** As {@link #search(List, Selection)}, but every target is resolved to a position and searched within {@code radius}. */
    public SearchResults search(List<String> targets, Selection selection, Angle radius) throws InterruptedException {
        return search(new SearchRequest(targets, selection, Optional.of(radius)), false);
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
     * cannot answer for are in {@link SearchResults#failures()}, with the reason.
     */
    public SearchResults searchOffline(List<String> targets, Selection selection) throws InterruptedException {
        return search(new SearchRequest(targets, selection, Optional.empty()), true);
    }

    /**
     * Downloads every product found into {@code out} ({@code out/mastDownload/<obs_collection>/<obs_id>/<file>}): from
     * S3 when it has the file, else from MAST. Files already there and known to the catalog cost nothing.
     */
    public Downloads download(SearchResults found, Path out) throws InterruptedException {
        return download(found, out, SourcePolicy.AUTO);
    }

    /** As {@link #download(SearchResults, Path)}, from the given sources only. */
    public Downloads download(SearchResults found, Path out, SourcePolicy source) throws InterruptedException {
        Objects.requireNonNull(found, "found");
        List<TransferItem> items = new ArrayList<>(found.size());
        found.products().forEach(p -> items.add(ProductRecords.transferItem(p, services.config().bucket())));
        TransferReport report = services.transfers().download(new DownloadOptions(out, source, false), items,
                TransferEvents.NONE);
        return new Downloads(report, Map.of());
    }

    /**
     * Searches and downloads in one go, the fast way: each target's files start downloading as soon as that target
     * is found, while the others are still being searched.
     */
    public Downloads download(List<String> targets, Selection selection, Path out) throws InterruptedException {
        RecordedSearch search = services.recordedSearch(searchSettings);
        Map<String, String> failures = Collections.synchronizedMap(new LinkedHashMap<>());
        CompletableFuture<TransferSession> starting = services.transfersAsync()
                .thenApply(engine -> engine.start(DownloadOptions.to(out), TransferEvents.NONE));
        try {
            search.feed(new SearchRequest(targets, selection, Optional.empty()), false, starting,
                    services.config().bucket(), o -> o.failure().ifPresent(f -> failures.put(o.target(), f)));
            return new Downloads(Services.join(starting).finish(), failures);
        } finally {
            starting.thenAccept(TransferSession::close);
        }
    }

    @Override
    public void close() {
        services.close();
    }

    private SearchResults search(SearchRequest request, boolean offline) throws InterruptedException {
        services.openCatalogInBackground();
        List<TargetOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        services.recordedSearch(searchSettings).run(request, offline, outcomes::add);
        return SearchResults.of(outcomes);
    }
}
