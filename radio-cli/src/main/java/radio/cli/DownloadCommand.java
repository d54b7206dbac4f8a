package radio.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import radio.config.RadioConfig;
import radio.output.IoReasons;
import radio.output.OutputPathException;
import radio.output.OutputPaths;
import radio.search.SearchSettings;
import radio.search.TargetOutcome;
import radio.transfer.CompletedTransfer;
import radio.transfer.DownloadOptions;
import radio.transfer.FailedTransfer;
import radio.transfer.ManifestWriter;
import radio.transfer.PlannedTransfer;
import radio.transfer.SessionProgress;
import radio.transfer.SourcePolicy;
import radio.transfer.TransferEvents;
import radio.transfer.TransferItem;
import radio.transfer.TransferPlan;
import radio.transfer.TransferReport;
import radio.transfer.TransferSession;
import radio.transfer.TransferSettings;
import radio.transfer.UriFile;
import radio.transfer.UriFileException;
import radio.workflow.ProductRecords;
import radio.workflow.RecordedSearch;
import radio.workflow.SearchRequest;
import radio.workflow.Services;

/**
 * {@code radio download}: the products of a search (same selection as {@code radio search}) or the URIs of a file,
 * from S3 or MAST, verified, resumable, never twice. Everything is validated before any network or disk work.
 */
@Command(name = "download", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Download targets' light-curve files from the public S3 bucket or MAST, verified and resumable.",
        description = {
            "Searches like 'radio search' and downloads each target's products as soon as that target is found "
                    + "(downloads start while other targets are still being searched), or downloads the s3:// and "
                    + "mast: URIs of --uri-file without any search. Files land at OUT/mastDownload/<obs_collection>/"
                    + "<obs_id>/<productFilename> (astroquery's and lightkurve's layout); URIs given without metadata "
                    + "at OUT/<key path>.",
            "",
            "Each file is written to NAME.part and renamed only when its size (and, where S3 gives one, its MD5) "
                    + "is right, so an interrupted run leaves complete files and resumable parts, never a bad file. "
                    + "Failed requests are retried with backoff; a re-run resumes parts with HTTP Range. Files the "
                    + "catalog (RADIO_HOME/catalog.db) recorded and the disk still confirms cost no request at all. "
                    + "Search answers are recorded too, so --offline can answer without the network.",
            "",
            "Progress goes to stderr (a bar on a terminal, a status line every few seconds otherwise), then one "
                    + "summary line; each failure is named on stderr and in the --manifest."},
        sortOptions = false,
        footerHeading = "%nExamples:%n",
        footer = {
            "  radio download K2-18 K2-21 --mission K2 --exptime 1800 --product LLC",
            "  radio targets --table k2names --format text \\",
            "      | radio download --targets-file - --product LLC --out data --manifest data/manifest.csv",
            "  radio download --uri-file uris.txt --source s3 --jobs 32",
            "  radio download K2-18 --product LLC --dry-run     what would be fetched, from where",
            "  radio download K2-18 --product LLC --offline     only what the catalog and disk already hold",
            "",
            "Exit codes: 0 every file is there · 1 some files or targets failed (each",
            "named on stderr and in the manifest; the rest was done) · 2 usage error,",
            "nothing attempted"})
public final class DownloadCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    SelectionOptions selection;

    @Option(names = "--uri-file", paramLabel = "FILE|-",
            description = "Download these URIs, one per line: s3://bucket/key or a mast: data URI ('-' = standard "
                    + "input; blank lines and '#' comments ignored). No search is made for them.")
    String uriFile;

    @Option(names = "--source", paramLabel = "auto|s3|mast", defaultValue = "auto",
            description = "auto: S3 when the file has a cloud key, else MAST; an S3 miss or refusal falls back to MAST "
                    + "for that file. s3 or mast: only that service. Default: ${DEFAULT-VALUE}.")
    String source;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".",
            description = "Folder to download into. Default: the current folder.")
    Path out;

    @Option(names = "--jobs", paramLabel = "N",
            description = "Most files in flight at once (S3; MAST gets at most --mast-connections). Default: "
                    + RadioConfig.DEFAULT_JOBS + ".")
    Integer jobs;

    @Option(names = "--manifest", paramLabel = "FILE.csv|FILE.json",
            description = "Write one row per file (and per failed target): target, obs_id, obs_collection, product, "
                    + "uri, s3_key, source (s3, mast, local), status (downloaded, present, failed), bytes, path, error.")
    Path manifest;

    @Option(names = "--dry-run",
            description = "Search, then list what would be fetched and from where, without requesting any file.")
    boolean dryRun;

    @Option(names = "--offline",
            description = "No network at all: targets are answered from the catalog, and files the catalog and disk "
                    + "confirm are reported present; anything else fails, saying why.")
    boolean offline;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Option(names = "--stall-timeout", paramLabel = "SECONDS",
            description = "Drop and resume a download that receives nothing for this long. Default: "
                    + "30.")
    Double stallTimeout;

    @Option(names = "--progress-interval", paramLabel = "SECONDS",
            description = "Seconds between status lines when stderr is not a terminal. Default: 5.")
    Double progressInterval;

    @Mixin
    ArchiveOptions archive;

    @Mixin
    S3Options s3;

    /** Progress before the transfer session has started. */
    private static final SessionProgress NOTHING_YET = new SessionProgress(0, 0, 0, 0, 0, OptionalLong.of(0), 0,
            Duration.ZERO);

    DownloadCommand(CliContext context) {
        this.context = context;
    }

    /** Everything the command will do, validated. */
    record Plan(RadioConfig config, TransferSettings transferSettings, Optional<SearchRequest> search,
                SearchSettings searchSettings, List<TransferItem> uriItems, DownloadOptions options,
                Optional<ManifestWriter> manifest, Duration progressInterval, List<String> warnings) {
    }

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        Plan plan = plan();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        plan.warnings().forEach(w -> err.println("radio: warning: " + w));
        try (Services services = Services.open(plan.config(), plan.transferSettings())) {
            services.openCatalogInBackground();
            RecordedSearch search = services.recordedSearch(plan.searchSettings());
            return dryRun ? dryRun(plan, services, search, out, err) : download(plan, services, search, err, t0);
        }
    }

    private int download(Plan plan, Services services, RecordedSearch search, PrintWriter err, long t0)
            throws InterruptedException, IOException {
        DownloadFeedback.Mode mode = quiet ? DownloadFeedback.Mode.QUIET
                : context.interactive() ? DownloadFeedback.Mode.BAR : DownloadFeedback.Mode.LINES;
        List<ManifestWriter.TargetRow> emptyTargets = Collections.synchronizedList(new ArrayList<>());
        TransferReport report;
        try (DownloadFeedback feedback = new DownloadFeedback(mode, err, plan.progressInterval(), columns())) {
            TransferEvents failures = new TransferEvents() {
                @Override
                public void transferFailed(FailedTransfer failed) {
                    feedback.error("radio: failed: " + describe(failed));
                }
            };
            // the engine waits for the catalog (SQLite's native library) to open; the search does not wait for it
            CompletableFuture<TransferSession> starting = services.transfersAsync().thenApply(engine -> {
                TransferSession s = engine.start(plan.options(), failures);
                s.submitAll(plan.uriItems());
                return s;
            });
            try {
                feedback.start(() -> starting.isDone() && !starting.isCompletedExceptionally()
                        ? starting.join().progress() : NOTHING_YET, plan.search().isPresent());
                if (plan.search().isPresent()) {
                    search.feed(plan.search().get(), plan.options().offline(), starting, plan.config().bucket(),
                            outcome -> targetDone(outcome, emptyTargets, feedback));
                    feedback.searchDone();
                }
                report = Services.join(starting).finish();
            } finally {
                starting.thenAccept(TransferSession::close);
            }
        }
        if (plan.manifest().isPresent()) {
            writeManifest(plan.manifest().get(), report, emptyTargets);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);
        // looked up here, not in a static field: commands are built before -v configures logging
        Logger log = LoggerFactory.getLogger(DownloadCommand.class);
        if (log.isDebugEnabled()) {
            log.debug("download command took {} ms; the JVM started {} ms ago", elapsed.toMillis(),
                    ManagementFactory.getRuntimeMXBean().getUptime());
        }
        if (!quiet) {
            err.println(summary(report, emptyTargets.size(), elapsed, plan.options().out()));
        }
        err.flush();
        return report.failed().isEmpty() && emptyTargets.isEmpty() ? 0 : 1;
    }

    /** A manifest that cannot be written is named with the reason; the downloaded files stay. */
    private void writeManifest(ManifestWriter writer, TransferReport report, List<ManifestWriter.TargetRow> targets) {
        try {
            writer.write(report, targets);
        } catch (IOException e) {
            throw new OutputFailure("--manifest " + manifest + ": cannot write: " + IoReasons.of(e));
        }
    }

    private static void targetDone(TargetOutcome outcome, List<ManifestWriter.TargetRow> emptyTargets,
                                   DownloadFeedback feedback) {
        if (outcome.yieldsNothing()) {
            emptyTargets.add(new ManifestWriter.TargetRow(outcome.target(), outcome.status().word(),
                    outcome.reason().orElse(Failures.NO_PRODUCTS)));
            feedback.error(Failures.targetLine(outcome));
        }
    }

    private int dryRun(Plan plan, Services services, RecordedSearch search, PrintWriter out, PrintWriter err)
            throws InterruptedException {
        List<TransferItem> items = new ArrayList<>(plan.uriItems());
        List<TargetOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        int emptyTargets = 0;
        if (plan.search().isPresent()) {
            search.run(plan.search().get(), plan.options().offline(), outcomes::add);
            List<TargetOutcome> ordered = new ArrayList<>(outcomes);
            ordered.sort(java.util.Comparator.comparingInt(TargetOutcome::index));
            for (TargetOutcome o : ordered) {
                if (o.yieldsNothing()) {
                    emptyTargets++;
                    err.println(Failures.targetLine(o));
                }
                o.products().forEach(p -> items.add(ProductRecords.transferItem(p, plan.config().bucket())));
            }
        }
        TransferPlan transferPlan = services.transfers().plan(plan.options(), items);
        DryRunTable.print(transferPlan, context.workingDir(), out);
        long failing = transferPlan.count(PlannedTransfer.Action.FAIL);
        out.println(DryRunTable.summary(transferPlan) + (emptyTargets > 0 ? "; " + Failures.targets(emptyTargets)
                + " without files" : "") + "; nothing was downloaded (dry run)");
        out.flush();
        err.flush();
        return failing == 0 && emptyTargets == 0 ? 0 : 1;
    }

    /** {@code 29 downloaded, 2 present, 0 failed; 10.7 MB in 2.3 s (4.6 MB/s) into DIR}. */
    static String summary(TransferReport report, int emptyTargets, Duration elapsed, Path out) {
        double seconds = Math.max(1e-9, elapsed.toNanos() / 1e9);
        String s = report.downloaded().size() + " downloaded, " + report.present().size() + " present, "
                + report.failed().size() + " failed" + (emptyTargets > 0 ? " (and " + Failures.targets(emptyTargets)
                + " without files)" : "")
                + "; " + DownloadFeedback.megabytes(report.bytesDownloaded()) + " in "
                + DownloadFeedback.duration(elapsed) + " ("
                + DownloadFeedback.rate(report.bytesDownloaded() / seconds) + ") into " + out;
        return "radio: " + s;
    }

    /** One line naming the file, its target when known, and what went wrong. */
    static String describe(FailedTransfer f) {
        TransferItem item = f.item();
        String who = item.displayName() + item.target().map(t -> " (" + t + ")").orElse("");
        String msg = f.message();
        return msg.startsWith(item.uri()) || msg.startsWith(who) ? msg : who + ": " + msg;
    }

    private int columns() {
        try {
            return Integer.parseInt(context.env().getOrDefault("COLUMNS", "100").strip());
        } catch (NumberFormatException e) {
            return 100;
        }
    }

    // ---- validation: everything is checked here, before any network or disk work (exit 2 = nothing attempted)

    private Plan plan() throws OutputPathException {
        SourcePolicy policy;
        try {
            policy = SourcePolicy.parse(source);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        Path outDir = context.workingDir().resolve(out).normalize();
        Optional<ManifestWriter> manifestWriter = Optional.empty();
        if (manifest != null && dryRun) {
            throw usage("--manifest records what was downloaded; --dry-run downloads nothing");
        }
        if (stallTimeout != null && !(stallTimeout > 0 && stallTimeout < 1e6)) {
            throw usage("--stall-timeout: " + stallTimeout + " is not a positive number of seconds");
        }
        if (progressInterval != null && !(progressInterval > 0 && progressInterval < 1e6)) {
            throw usage("--progress-interval: " + progressInterval + " is not a positive number of seconds");
        }
        if (uriFile != null && uriFile.equals("-") && selection.targetsFromStdin()) {
            throw usage("--uri-file - and --targets-file - cannot both read standard input");
        }
        SelectionOptions.Plan searchPlan = selection.plan(context, false);
        boolean searching = !searchPlan.targets().isEmpty() || selection.hasCriteria();
        if (!searching && uriFile == null) {
            throw usage("nothing to download: give TARGETs, --targets-file FILE or --uri-file FILE");
        }
        if (!searching && selection.criterionGiven().isPresent()) {
            throw usage(selection.criterionGiven().get() + " selects targets' products, but no target was given "
                    + "(--uri-file lines are downloaded as they are)");
        }
        List<TransferItem> uriItems = uriFile == null ? List.of() : readUriFile();
        // outputs last: every other mistake is reported without touching the disk
        if (!dryRun) {
            OutputPaths.checkFolder("--out", out.toString(), outDir);
        }
        if (manifest != null) {
            Path file = context.workingDir().resolve(manifest).normalize();
            OutputPaths.checkFile("--manifest", manifest.toString(), file, ManifestWriter.KIND, inputFiles());
            manifestWriter = Optional.of(ManifestWriter.forFile(file));
        }

        RadioConfig.Builder b = archive.config(context, s3).toBuilder();
        if (jobs != null) {
            b.jobs(jobs);
        }
        if (searchPlan.sequential()) {
            b.mastConnections(1);
        }
        RadioConfig config = b.build();
        TransferSettings transferSettings = TransferSettings.defaults();
        if (stallTimeout != null) {
            transferSettings = transferSettings.withStallTimeout(Duration.ofMillis(Math.round(stallTimeout * 1000)));
        }
        Duration interval = Duration.ofMillis(progressInterval == null ? 5000 : Math.round(progressInterval * 1000));
        return new Plan(config, transferSettings, searching ? Optional.of(searchPlan.request()) : Optional.empty(),
                searchPlan.settings(config.mastConnections()), uriItems,
                new DownloadOptions(outDir, policy, offline), manifestWriter, interval, searchPlan.warnings());
    }

    /** The files this command reads, which it must never write. */
    private List<Path> inputFiles() {
        List<Path> in = new ArrayList<>();
        selection.targetsFile(context).ifPresent(in::add);
        if (uriFile != null && !uriFile.equals("-")) {
            in.add(context.workingDir().resolve(uriFile));
        }
        return in;
    }

    private List<TransferItem> readUriFile() {
        try {
            if (uriFile.equals("-")) {
                return nonEmpty(UriFile.parse(new InputStreamReader(context.stdin(), StandardCharsets.UTF_8), "-"));
            }
            Path file = context.workingDir().resolve(uriFile);
            if (!Files.isRegularFile(file)) {
                throw usage("--uri-file: " + file + " does not exist or is not a file");
            }
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return nonEmpty(UriFile.parse(r, uriFile));
            }
        } catch (UriFileException e) {
            throw usage(e.getMessage());
        } catch (IOException e) {
            throw usage("--uri-file: cannot read " + uriFile + ": " + e.getMessage());
        }
    }

    private List<TransferItem> nonEmpty(List<TransferItem> items) {
        if (items.isEmpty()) {
            throw usage("--uri-file " + uriFile + ": no URIs in it");
        }
        return items;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
