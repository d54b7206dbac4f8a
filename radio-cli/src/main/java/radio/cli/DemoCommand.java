package radio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import radio.api.Downloads;
import radio.api.Radio;
import radio.api.SearchResults;
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
import radio.sim.SimArchive;
import radio.sim.catalogue.Planet;
import radio.sim.catalogue.Target;
import radio.sim.server.Endpoint;
import radio.transfer.CompletedTransfer;
import radio.transfer.TransferSource;
import radio.workflow.TargetTable;

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

    DemoCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        Path dir = context.workingDir().resolve(out).normalize();
        OutputPaths.checkFolder("--out", out.toString(), dir);
        Logging.logTo(dir.resolve(".radio"));
        PrintWriter say = quiet ? new PrintWriter(PrintWriter.nullWriter()) : spec.commandLine().getOut();
        long t0 = System.nanoTime();
        say.println("radio demo: spacekit's K2 workflow against radio's simulated archive, offline");
        try (SimArchive sim = SimArchive.builder().extraK2Targets(0).keplerTargets(0).tessTargets(0).start()) {
            say.printf(Locale.ROOT, "  archive   simulated MAST, resolver, Exoplanet Archive and S3 bucket on 127.0.0.1 "
                    + "(up in %s)%n", since(t0));
            RadioConfig config = RadioConfig.builder(context.userHome())
                    .mastUrl(sim.mastUrl()).resolverUrl(sim.resolverUrl())
                    .exoplanetArchiveUrl(sim.exoplanetArchiveUrl()).s3Endpoint(sim.s3Endpoint())
                    .bucket(sim.bucket()).radioHome(dir.resolve(".radio")).build();
            int failures;
            try (Radio radio = Radio.create(config)) {
                failures = run(radio, sim, dir, say);
            }
            say.printf(Locale.ROOT, "done in %s. Light curves: %s  plots: %s%n", since(t0),
                    dir.resolve("mastDownload"), dir.resolve("plots"));
            say.flush();
            return failures == 0 ? 0 : 1;
        }
    }

    private int run(Radio radio, SimArchive sim, Path dir, PrintWriter say) throws Exception {
        long t = System.nanoTime();
        List<String> hosts = radio.targets(TargetTable.K2NAMES);
        say.printf(Locale.ROOT, "  targets   the %d K2 planet hosts of the spacekit post; the archive's k2names table "
                + "(TAP, %d hosts) gives their EPIC ids (%s)%n", SPACEKIT_TARGETS.size(), hosts.size(), since(t));

        sim.resetCounters();
        t = System.nanoTime();
        Selection selection = Selection.k2LongCadenceLightCurves();
        SearchResults found = radio.search(SPACEKIT_TARGETS, selection);
        long queries = sim.requestCount(Endpoint.INVOKE) + sim.requestCount(Endpoint.PATH_LOOKUP)
                + sim.requestCount(Endpoint.RESOLVER) + sim.requestCount(Endpoint.TAP);
        List<String> without = SPACEKIT_TARGETS.stream().filter(n -> found.of(n).isEmpty()
                && !found.failures().containsKey(n)).toList();
        say.printf(Locale.ROOT, "  search    K2, 1800 s, LLC: %d light curves for %d of %d targets in %s, %d requests%s%n",
                found.size(), found.targets().size(), SPACEKIT_TARGETS.size(), since(t), queries,
                without.isEmpty() ? "" : " (" + String.join(", ", without) + ": no long-cadence light curve)");
        found.failures().forEach((target, why) -> spec.commandLine().getErr().println("radio: " + target + ": " + why));

        sim.resetCounters();
        t = System.nanoTime();
        Downloads d = radio.download(found, dir);
        long s3 = d.report().downloaded().stream().filter(c -> c.source() == TransferSource.S3).count();
        long mast = d.report().downloaded().stream().filter(c -> c.source() == TransferSource.MAST).count();
        long fileRequests = sim.requestCount(Endpoint.S3_GET) + sim.requestCount(Endpoint.S3_HEAD)
                + sim.requestCount(Endpoint.DOWNLOAD_GET) + sim.requestCount(Endpoint.DOWNLOAD_HEAD);
        String sources = d.downloadedCount() == 0 ? "" : String.format(Locale.ROOT, " (%s: %d from S3, %d from MAST, "
                + "which has the files the bucket lacks)", DownloadFeedback.megabytes(d.report().bytesDownloaded()), s3, mast);
        say.printf(Locale.ROOT, "  download  %d downloaded%s, %d already present; %d file requests, %s -> %s%n",
                d.downloadedCount(), sources, d.presentCount(), fileRequests, since(t), dir.resolve("mastDownload/K2"));
        d.failed().forEach(f -> spec.commandLine().getErr().println("radio: failed: " + DownloadCommand.describe(f)));

        t = System.nanoTime();
        int searched = 0;
        for (CompletedTransfer c : pickForSearch(d, sim)) {
            science(c, sim, dir.resolve("plots"), say);
            searched++;
        }
        say.printf(Locale.ROOT, "  science   %d light curves read, searched and plotted in %s%n", searched, since(t));
        say.printf(Locale.ROOT, "  catalog   %s (run the demo again: every file is present, no file request)%n",
                radio.config().catalogFile());
        return d.failed().size() + found.failures().size();
    }

    /** Downloaded light curves of single-planet hosts whose planet transits at least three times, deepest first. */
    private static List<CompletedTransfer> pickForSearch(Downloads d, SimArchive sim) {
        List<CompletedTransfer> files = new ArrayList<>(d.report().downloaded());
        files.addAll(d.report().present());
        return files.stream()
                .filter(c -> injected(c, sim).filter(p -> p.periodDays() < 20).isPresent())
                .sorted(Comparator.comparingDouble((CompletedTransfer c) -> -injected(c, sim).orElseThrow().depthPercent())
                        .thenComparing(c -> c.file().toString()))
                .limit(SEARCHED).toList();
    }

    /** The planet the simulator put into a host's light curves, when the host has exactly one. */
    private static Optional<Planet> injected(CompletedTransfer c, SimArchive sim) {
        return c.item().target().flatMap(t -> sim.catalogue().target(t)).map(Target::planets)
                .filter(ps -> ps.size() == 1).map(ps -> ps.get(0));
    }

    private void science(CompletedTransfer c, SimArchive sim, Path plots, PrintWriter say)
            throws IOException, PeriodSearchException {
        String host = c.item().target().orElseThrow();
        Planet planet = injected(c, sim).orElseThrow();
        LightCurveFileSummary s = new FitsLightCurveReader().summarize(c.file(), FluxSource.PDCSAP);
        say.println("            " + infoLine(s));

        LightCurve read = s.defaultRead().removeNans();
        TransitSearchResult result = TransitSearch.run(List.of(read), TransitSearchOptions.DEFAULT);
        BlsPeak best = result.best();
        double ratio = best.period() / planet.periodDays();
        String verdict = Math.abs(ratio - 1) < 0.01 ? "match" : String.format(Locale.ROOT, "off by a factor %.3f", ratio);
        say.printf(Locale.ROOT, "              BLS: period %.4f d, depth %.0f ppm, SNR %.1f; injected %s: %.4f d, "
                        + "%.0f ppm -> %s%n", best.period(), best.depth() * 1e6, best.snr(), planet.name(),
                planet.periodDays(), planet.depthFraction() * 1e6, verdict);

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
