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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import radio.api.DownloadJob;
import radio.api.DownloadListener;
import radio.api.DownloadRequest;
import radio.api.Downloads;
import radio.api.FileFailure;
import radio.api.Radio;
import radio.api.TargetResult;
import radio.config.RadioConfig;
import radio.output.IoReasons;
import radio.output.OutputPathException;
import radio.output.OutputPaths;
import radio.transfer.ManifestWriter;
import radio.transfer.PlannedTransfer;
import radio.transfer.SourcePolicy;
import radio.transfer.TransferItem;
import radio.transfer.TransferSettings;
import radio.transfer.UriFile;
import radio.transfer.UriFileException;

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

    DownloadCommand(CliContext context) {
        this.context = context;
    }

    /** Everything the command will do, validated. */
    record Plan(RadioConfig config, TransferSettings transferSettings, SelectionOptions.Plan selection,
                DownloadRequest request, Optional<Path> manifest, Duration progressInterval) {
    }

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        Plan plan = plan();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        plan.selection().warnings().forEach(w -> err.println("radio: warning: " + w));
        if (dryRun) {
            try (Radio radio = radio(plan, DownloadListener.NONE)) {
                return dryRun(radio.plan(plan.request()), out, err);
            }
        }
        DownloadFeedback.Mode mode = quiet ? DownloadFeedback.Mode.QUIET
                : context.interactive() ? DownloadFeedback.Mode.BAR : DownloadFeedback.Mode.LINES;
        Downloads done;
        try (DownloadFeedback feedback = new DownloadFeedback(mode, err, plan.progressInterval(), columns());
             Radio radio = radio(plan, new DownloadListener() {
                 @Override
                 public void fileFailed(FileFailure failure) {
                     feedback.error("radio: failed: " + failure.message());
                 }
             })) {
            DownloadJob job = radio.startDownload(plan.request(), r -> {
                if (r.status() != TargetResult.Status.FOUND) {
                    feedback.error(Failures.targetLine(r));
                }
            });
            feedback.start(job::progress, plan.request().search().isPresent());
            job.searched().thenRun(feedback::searchDone);
            try {
                done = job.await();
            } finally {
                job.cancel(); // a no-op once done; stops the transfers when the wait was interrupted
            }
        }
        if (plan.manifest().isPresent()) {
            writeManifest(done, plan.manifest().get());
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);
        // looked up here, not in a static field: commands are built before -v configures logging
        Logger log = LoggerFactory.getLogger(DownloadCommand.class);
        if (log.isDebugEnabled()) {
            log.debug("download command took {} ms; the JVM started {} ms ago", elapsed.toMillis(),
                    ManagementFactory.getRuntimeMXBean().getUptime());
        }
        if (!quiet) {
            err.println(summary(done, elapsed, plan.request().out()));
        }
        err.flush();
        return done.complete() ? 0 : 1;
    }

    private Radio radio(Plan plan, DownloadListener listener) {
        return plan.selection().radio(plan.config()).transferSettings(plan.transferSettings()).listener(listener)
                .build();
    }

    /** A manifest that cannot be written is named with the reason; the downloaded files stay. */
    private void writeManifest(Downloads done, Path file) {
        try {
            done.writeManifest(file);
        } catch (IOException e) {
            throw new OutputFailure("--manifest " + manifest + ": cannot write: " + IoReasons.of(e));
        }
    }

    private int dryRun(Radio.DryRun dry, PrintWriter out, PrintWriter err) {
        List<TargetResult> empty = dry.targets().stream().filter(t -> t.status() != TargetResult.Status.FOUND)
                .toList();
        empty.forEach(t -> err.println(Failures.targetLine(t)));
        DryRunTable.print(dry.plan(), context.workingDir(), out);
        long failing = dry.plan().count(PlannedTransfer.Action.FAIL);
        out.println(DryRunTable.summary(dry.plan()) + (empty.isEmpty() ? "" : "; " + Failures.targets(empty.size())
                + " without files") + "; nothing was downloaded (dry run)");
        out.flush();
        err.flush();
        return failing == 0 && empty.isEmpty() ? 0 : 1;
    }

    /** {@code 29 downloaded, 2 present, 0 failed; 10.7 MB in 2.3 s (4.6 MB/s) into DIR}. */
    static String summary(Downloads done, Duration elapsed, Path out) {
        double seconds = Math.max(1e-9, elapsed.toNanos() / 1e9);
        int empty = done.targetsWithoutFiles().size();
        String s = done.downloadedCount() + " downloaded, " + done.presentCount() + " present, "
                + done.failed().size() + " failed" + (empty > 0 ? " (and " + Failures.targets(empty)
                + " without files)" : "")
                + "; " + DownloadFeedback.megabytes(done.bytesDownloaded()) + " in "
                + DownloadFeedback.duration(elapsed) + " ("
                + DownloadFeedback.rate(done.bytesDownloaded() / seconds) + ") into " + out;
        return "radio: " + s;
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
        Optional<Path> manifestFile = Optional.empty();
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
            manifestFile = Optional.of(file);
        }

        RadioConfig.Builder b = archive.config(context, s3).toBuilder();
        if (jobs != null) {
            b.jobs(jobs);
        }
        TransferSettings transferSettings = TransferSettings.defaults();
        if (stallTimeout != null) {
            transferSettings = transferSettings.withStallTimeout(Duration.ofMillis(Math.round(stallTimeout * 1000)));
        }
        Duration interval = Duration.ofMillis(progressInterval == null ? 5000 : Math.round(progressInterval * 1000));
        DownloadRequest request = new DownloadRequest(outDir, policy, offline,
                searching ? Optional.of(searchPlan.search()) : Optional.empty(), uriItems);
        return new Plan(b.build(), transferSettings, searchPlan, request, manifestFile, interval);
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
