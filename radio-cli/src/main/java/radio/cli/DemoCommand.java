package radio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import radio.api.DownloadedFile;
import radio.api.Downloads;
import radio.api.Radio;
import radio.api.SearchResults;
import radio.api.TargetResult;
import radio.config.RadioConfig;
import radio.lightcurve.FitsLightCurveReader;
import radio.lightcurve.FluxSource;
import radio.lightcurve.LightCurve;
import radio.lightcurve.LightCurveFileSummary;
import radio.lightcurve.LightCurveMeta;
import radio.lightcurve.ObservingPeriod;
import radio.output.OutputPaths;
import radio.periodogram.BlsPeak;
import radio.periodsearch.PeriodSearchException;
import radio.periodsearch.TransitSearch;
import radio.periodsearch.TransitSearchOptions;
import radio.periodsearch.TransitSearchResult;
import radio.plot.FoldedLightCurvePlot;
import radio.plot.LightCurvePlot;
import radio.search.Selection;
import radio.archive.Transport;
import radio.archive.exoplanets.TapQuery;
import radio.archive.exoplanets.TapRow;
import radio.archive.exoplanets.TapRows;
import radio.archive.exoplanets.TargetTable;

/**
 * {@code radio demo}: spacekit's workflow end to end, offline, against the simulated archive radio ships — targets,
 * search, download, then a transit search on two of the files, checked against the planets the simulator injected.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Run the whole workflow offline against radio's simulated archive, in a few seconds.",
        description = {
            "Starts radio's simulated archive (MAST, the name resolver, the Exoplanet Archive and the S3 bucket, on "
                    + "127.0.0.1), then does what spacekit's Radio post does for the 31 K2 planet hosts it lists: finds "
                    + "their K2 long-cadence light curves (1800 s, LLC), downloads them (from S3, from MAST for files "
                    + "the bucket lacks) into DIR/mastDownload/K2/, and runs a BLS transit search on two of them, "
                    + "comparing the period found with the one the simulator injected. Writes a light-curve and a "
                    + "folded PNG per searched file into DIR/plots.",
            "",
            "DIR gets its own catalog (DIR/.radio/catalog.db); your ~/.radio is never touched. Run it twice: the "
                    + "second run finds every file present and requests none."},
        sortOptions = false,
        footerHeading = "%nExamples:%n",
        footer = {
            "  radio demo                        into ./radio-demo",
            "  radio demo --out /tmp/demo -q     only errors printed",
            "",
            "Exit codes: 0 the workflow ran (K2-1, which has no long-cadence light",
            "curve, is expected) · 1 a search or download failed · 2 usage error"})
public final class DemoCommand implements Callable<Integer> {
    /** The target list of the spacekit post, in its order. */
    static final List<String> SPACEKIT_TARGETS = List.of("K2-1", "K2-21", "K2-28", "K2-39", "K2-54", "K2-55", "K2-57",
            "K2-58", "K2-59", "K2-60", "K2-61", "K2-62", "K2-63", "K2-64", "K2-65", "K2-66", "K2-68", "K2-70", "K2-71",
            "K2-72", "K2-73", "K2-74", "K2-75", "K2-76", "K2-116", "K2-167", "K2-168", "K2-169", "K2-170", "K2-171",
            "K2-172");
    /** How many downloaded light curves get a transit search and plots. */
    private static final int SEARCHED = 2;

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "radio-demo",
            description = "Folder for the files, plots and the demo's own catalog. Default: ./${DEFAULT-VALUE}.")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Option(names = "--ml", description = "Run the machine-learning workflow instead: labelled stars simulated, "
            + "downloaded, turned into a data set, a CNN trained and evaluated (a few minutes; DIR default radio-demo).")
    boolean ml;

    DemoCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        Path dir = context.workingDir().resolve(out).normalize();
        OutputPaths.checkFolder("--out", out.toString(), dir);
        Logging.logTo(dir.resolve(".radio"));
        PrintWriter say = quiet ? new PrintWriter(PrintWriter.nullWriter()) : spec.commandLine().getOut();
        if (ml) {
            return MlDemoRun.run(context, dir.resolve("ml"), say);
        }
        long t0 = System.nanoTime();
        say.println("radio demo: spacekit's K2 workflow against radio's simulated archive, offline");
        try (SimProcess sim = SimProcess.start(List.of("--extra-k2-targets", "0", "--kepler-targets", "0",
                "--tess-targets", "0"))) {
            say.printf(Locale.ROOT, "  archive   simulated MAST, resolver, Exoplanet Archive and S3 bucket on 127.0.0.1 "
                    + "(up in %s)%n", since(t0));
            RadioConfig config = RadioConfig.builder(context.userHome()).environment(sim.clientEnvironment())
                    .radioHome(dir.resolve(".radio")).build();
            CountingTransport counted = new CountingTransport(config);
            int failures;
            try (Radio radio = Radio.builder(config).transport(counted).build()) {
                failures = run(radio, counted, dir, say);
            }
            say.printf(Locale.ROOT, "done in %s. Light curves: %s  plots: %s%n", since(t0),
                    dir.resolve("mastDownload"), dir.resolve("plots"));
            say.flush();
            return failures == 0 ? 0 : 1;
        }
    }

    private int run(Radio radio, CountingTransport counted, Path dir, PrintWriter say) throws Exception {
        long t = System.nanoTime();
        List<String> hosts = radio.targets(TargetTable.K2NAMES);
        Map<String, List<Planet>> planets = planets(radio);
        say.printf(Locale.ROOT, "  targets   the %d K2 planet hosts of the spacekit post; the archive's k2names table "
                + "(TAP, %d hosts) gives their EPIC ids (%s)%n", SPACEKIT_TARGETS.size(), hosts.size(), since(t));

        counted.reset();
        t = System.nanoTime();
        Selection selection = Selection.k2LongCadenceLightCurves();
        SearchResults found = radio.search(SPACEKIT_TARGETS, selection);
        List<String> without = found.targets().stream().filter(r -> r.status() == TargetResult.Status.NO_PRODUCTS)
                .map(TargetResult::target).toList();
        long withProducts = found.targets().stream().filter(r -> r.status() == TargetResult.Status.FOUND).count();
        say.printf(Locale.ROOT, "  search    K2, 1800 s, LLC: %d light curves for %d of %d targets in %s, %d requests%s%n",
                found.size(), withProducts, SPACEKIT_TARGETS.size(), since(t), counted.queries(),
                without.isEmpty() ? "" : " (" + String.join(", ", without) + ": no long-cadence light curve)");
        found.failures().forEach((target, why) -> spec.commandLine().getErr().println("radio: " + target + ": " + why));

        counted.reset();
        t = System.nanoTime();
        Downloads d = radio.download(found, dir);
        long s3 = d.files().stream().filter(f -> f.source() == DownloadedFile.Source.S3).count();
        long mast = d.files().stream().filter(f -> f.source() == DownloadedFile.Source.MAST).count();
        String sources = d.downloadedCount() == 0 ? "" : String.format(Locale.ROOT, " (%s: %d from S3, %d from MAST, "
                + "which has the files the bucket lacks)", DownloadFeedback.megabytes(d.bytesDownloaded()), s3, mast);
        say.printf(Locale.ROOT, "  download  %d downloaded%s, %d already present; %d file requests, %s -> %s%n",
                d.downloadedCount(), sources, d.presentCount(), counted.files(), since(t),
                dir.resolve("mastDownload/K2"));
        d.failed().forEach(f -> spec.commandLine().getErr().println("radio: failed: " + f.message()));

        t = System.nanoTime();
        int searched = 0;
        for (DownloadedFile c : pickForSearch(d, planets)) {
            science(c, planets.get(c.target().orElseThrow()).get(0), dir.resolve("plots"), say);
            searched++;
        }
        say.printf(Locale.ROOT, "  science   %d light curves read, searched and plotted in %s%n", searched, since(t));
        say.printf(Locale.ROOT, "  catalog   %s (run the demo again: every file is present, no file request)%n",
                radio.config().catalogFile());
        return d.failed().size() + found.failures().size();
    }

    /**
     * A planet as the archive lists it ({@code pscomppars}); for the simulated archive, the transit it injected
     * into its host's light curves.
     */
    private record Planet(String name, double periodDays, double depthPercent) {
    }

    /** The archive's confirmed planets by host name: one TAP query, as a user would check a result. */
    private static Map<String, List<Planet>> planets(Radio radio) throws IOException, InterruptedException {
        Map<String, List<Planet>> byHost = new HashMap<>();
        try (TapRows rows = radio.query(TapQuery.json("select hostname,pl_name,pl_orbper,pl_trandep from pscomppars"))) {
            while (rows.next()) {
                TapRow r = rows.row();
                byHost.computeIfAbsent(r.text("hostname").orElse(""), h -> new ArrayList<>()).add(new Planet(
                        r.text("pl_name").orElse(""), r.number("pl_orbper").orElse(Double.NaN),
                        r.number("pl_trandep").orElse(Double.NaN)));
            }
        }
        return byHost;
    }

    /** Downloaded light curves of single-planet hosts whose planet transits at least three times, deepest first. */
    private static List<DownloadedFile> pickForSearch(Downloads d, Map<String, List<Planet>> planets) {
        return d.files().stream()
                .filter(c -> injected(c, planets).filter(p -> p.periodDays() < 20).isPresent())
                .sorted(Comparator.comparingDouble((DownloadedFile c) -> -injected(c, planets).orElseThrow()
                                .depthPercent())
                        .thenComparing(c -> c.path().toString()))
                .limit(SEARCHED).toList();
    }

    /** The planet of a file's host, when the host has exactly one. */
    private static Optional<Planet> injected(DownloadedFile c, Map<String, List<Planet>> planets) {
        return c.target().map(planets::get).filter(ps -> ps.size() == 1).map(ps -> ps.get(0));
    }

    private void science(DownloadedFile c, Planet planet, Path plots, PrintWriter say)
            throws IOException, PeriodSearchException {
        String host = c.target().orElseThrow();
        LightCurveFileSummary s = new FitsLightCurveReader().summarize(c.path(), FluxSource.PDCSAP);
        say.println("            " + infoLine(s));

        LightCurve read = s.defaultRead().removeNans();
        TransitSearchResult result = TransitSearch.run(List.of(read), TransitSearchOptions.DEFAULT);
        BlsPeak best = result.best();
        double ratio = best.period() / planet.periodDays();
        String verdict = Math.abs(ratio - 1) < 0.01 ? "match" : String.format(Locale.ROOT, "off by a factor %.3f", ratio);
        say.printf(Locale.ROOT, "              BLS: period %.4f d, depth %.0f ppm, SNR %.1f; injected %s: %.4f d, "
                        + "%.0f ppm -> %s%n", best.period(), best.depth() * 1e6, best.snr(), planet.name(),
                planet.periodDays(), planet.depthPercent() * 1e4, verdict);

        Files.createDirectories(plots);
        Path png = plots.resolve(host + ".png");
        Path folded = plots.resolve(host + "-folded.png");
        LightCurve lc = read.normalize();
        LightCurvePlot.of(lc).writePng(png);
        // fold what was searched: the light curve flattened with the search's own filter
        LightCurve flat = lc.flatten(result.lightCurve().flattenWindow().orElseThrow().filter());
        FoldedLightCurvePlot.of(flat.fold(best.period(), best.epoch())).writePng(folded);
        say.println("              plots: " + png + ", " + folded);
    }

    /** Counts the demo's requests as they leave: archive queries, and file requests (S3, MAST's Download/file). */
    private static final class CountingTransport implements Transport {
        private final Transport network;
        private final int s3Port;
        private final AtomicLong queries = new AtomicLong();
        private final AtomicLong files = new AtomicLong();

        CountingTransport(RadioConfig config) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(config.connectTimeout()).build();
            this.network = client::send;
            this.s3Port = config.s3Endpoint().map(URI::getPort).orElse(-1);
        }

        @Override
        public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
                throws IOException, InterruptedException {
            boolean file = request.uri().getPort() == s3Port || request.uri().getPath().endsWith("/Download/file");
            (file ? files : queries).incrementAndGet();
            return network.send(request, handler);
        }

        void reset() {
            queries.set(0);
            files.set(0);
        }

        long queries() {
            return queries.get();
        }

        long files() {
            return files.get();
        }
    }

    /** One line in the spirit of {@code radio info}. */
    private static String infoLine(LightCurveFileSummary s) {
        LightCurveMeta m = s.meta();
        LightCurve all = s.allRows();
        double span = all.size() == 0 ? 0 : all.timeAt(all.size() - 1) - all.timeAt(0);
        return String.format(Locale.ROOT, "%s: %s %s, %s, %s, %.1f min cadence, %d rows over %.1f d (%d kept)",
                s.file().getFileName(), m.mission().map(Object::toString).orElse("?"), m.product().description(),
                m.objectName(), String.join("+", m.periods().stream().map(ObservingPeriod::toString).toList()),
                m.cadenceDays().orElse(Double.NaN) * 1440, s.tableRows(), span, s.defaultRead().size());
    }

    private static String since(long t0) {
        return DownloadFeedback.duration(Duration.ofNanos(System.nanoTime() - t0));
    }
}
