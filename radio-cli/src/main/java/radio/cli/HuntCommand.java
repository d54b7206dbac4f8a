package radio.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import radio.api.HuntReport;
import radio.api.HuntRequest;
import radio.api.Radio;
import radio.api.Search;
import radio.api.TargetHunt;
import radio.config.RadioConfig;
import radio.output.Csv;
import radio.output.OutputKind;
import radio.output.OutputPathException;
import radio.output.OutputPaths;
import radio.periodogram.DepthEstimate;
import radio.search.Selection;
import radio.vetting.Candidate;
import radio.vetting.PlanetSearchOptions;

/**
 * {@code radio hunt TARGET... [--targets-file F] [selection] [--max-planets N] [--out DIR] [--format ...]}: from
 * target names to vetted planet candidates ({@link Radio#hunt}). Parses, calls, formats.
 */
@Command(name = "hunt", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "From target names to vetted transiting-planet candidates, with a vetting sheet each.",
        description = {
            "For each target: finds and downloads its light curves like 'radio download' (files the catalog "
                    + "already vouches for cost nothing), stitches them (each normalised), flattens, runs BLS, "
                    + "then masks the transits found and searches again for further planets (as TLS and the Kepler "
                    + "pipeline do), until the strongest remaining signal has SNR below --min-snr or --max-planets "
                    + "candidates were found. Periods searched: lightkurve's grid up to half the baseline.",
            "",
            "Each candidate gets period, epoch, duration, depth ± error, SNR, transits with data, the odd/even depth "
                    + "difference in sigma, the depth at phase 0.5 (secondary eclipse), and a verdict with reasons: "
                    + "likely planet; likely eclipsing binary (odd/even differ, secondary eclipse, deeper than 5 %%); "
                    + "too few transits (under 3, or one transit carries most of the signal); likely stellar "
                    + "variability (a sinusoid fits better). A one-page vetting sheet (PNG) per candidate lands in "
                    + "OUT/vetting/<target>-<n>.png: the light curve with transits marked, the periodogram, the fold "
                    + "with binned data and box model, odd and even transits, the phase-0.5 window, the depth of each "
                    + "transit and a parameter table.",
            "",
            "Without --product or --extension the pipeline light curves are hunted (--product LLC,LC). Results go "
                    + "to stdout (text, csv: one row per candidate, json), progress and failures to stderr. Every "
                    + "output path is checked before any work starts."},
        sortOptions = false,
        footerHeading = "%nExamples:%n",
        footer = {
            "  radio hunt \"TIC 25155310\" --out hunt        WASP-126: one likely planet",
            "  radio hunt Kepler-90 --quarter 3-5 --max-planets 5 --format csv",
            "  radio targets --table k2names --format text \\",
            "      | radio hunt --targets-file - --mission K2 --out hunt --format json",
            "  radio hunt K2-18 --offline --no-sheets      from what is already downloaded",
            "",
            "Exit codes: 0 every target searched (finding nothing is fine) · 1 some",
            "targets could not be downloaded, read or searched (each named on stderr;",
            "the rest was done) · 2 usage error, nothing attempted"})
public final class HuntCommand implements Callable<Integer> {
    enum Format { text, csv, json }

    static final List<String> CSV_COLUMNS = List.of("target", "status", "candidate", "period_days", "epoch",
            "time_system", "epoch_bjd", "duration_hours", "depth_ppm", "depth_err_ppm", "snr", "transits",
            "odd_even_sigma", "secondary_depth_ppm", "secondary_err_ppm", "verdict", "reasons", "sheet");

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    SelectionOptions selection;

    @Option(names = "--max-planets", paramLabel = "N", defaultValue = "3",
            description = "Most candidates per target. Default: ${DEFAULT-VALUE}.")
    int maxPlanets;

    @Option(names = "--min-snr", paramLabel = "X", defaultValue = "7",
            description = "Stop searching a target when its strongest remaining signal has a lower SNR "
                    + "(depth over its error). Default: ${DEFAULT-VALUE}.")
    double minSnr;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".",
            description = "Folder light curves are downloaded into (OUT/mastDownload/...) and vetting sheets "
                    + "written to (OUT/vetting/). Default: the current folder.")
    Path out;

    @Option(names = "--no-sheets", description = "Write no vetting sheets (faster).")
    boolean noSheets;

    @Option(names = "--format", paramLabel = "text|csv|json", defaultValue = "text",
            description = "text (default), csv (one row per candidate; a target without any gets one row with its "
                    + "status) or json (one object per target with its candidates).")
    Format format;

    @Option(names = "--offline",
            description = "No network: targets are answered from the catalog and only files already downloaded are "
                    + "searched.")
    boolean offline;

    @Mixin
    ArchiveOptions archive;

    @Mixin
    S3Options s3;

    HuntCommand(CliContext context) {
        this.context = context;
    }

    /** Everything the command will do, validated. */
    record Plan(RadioConfig config, SelectionOptions.Plan selection, HuntRequest request) {
    }

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        Plan plan = plan();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        plan.selection().warnings().forEach(w -> err.println("radio: warning: " + w));
        if (format == Format.csv) {
            out.println(Csv.line(CSV_COLUMNS));
        }
        HuntReport report;
        try (Radio radio = plan.selection().radio(plan.config()).build()) {
            report = radio.hunt(plan.request(), t -> {
                if (t.status() != TargetHunt.Status.SEARCHED) {
                    err.println("radio: " + t.target() + ": " + t.status().word() + ": " + t.reason().orElse(""));
                }
                t.notes().forEach(n -> err.println("radio: " + t.target() + ": " + n));
                err.flush();
                switch (format) {
                    case text -> text(t, out);
                    case csv -> csv(t, out);
                    case json -> { } // one document at the end
                }
                out.flush();
            });
        }
        if (format == Format.json) {
            json(report, out);
        }
        out.flush();
        err.println(summary(report, Duration.ofNanos(System.nanoTime() - t0)));
        err.flush();
        return report.complete() ? 0 : 1;
    }

    // ---- validation: everything is checked here, before any network or disk work (exit 2 = nothing attempted)

    private Plan plan() throws OutputPathException {
        if (maxPlanets < 1) {
            throw usage("--max-planets: " + maxPlanets + " must be at least 1");
        }
        if (!(minSnr > 0) || Double.isInfinite(minSnr)) {
            throw usage("--min-snr: " + minSnr + " must be a positive number");
        }
        SelectionOptions.Plan searchPlan = selection.plan(context, true);
        if (searchPlan.targets().isEmpty()) {
            throw usage("no targets: give at least one TARGET or --targets-file FILE");
        }
        Selection chosen = searchPlan.selection();
        if (chosen.productCodes().isEmpty() && chosen.extensions().isEmpty()) {
            chosen = chosen.withProducts(Set.of("LLC", "LC"));
        }
        Path outDir = context.workingDir().resolve(out).normalize();
        OutputPaths.checkFolder("--out", out.toString(), outDir);
        Optional<Path> sheets = noSheets ? Optional.empty() : Optional.of(outDir.resolve("vetting"));
        if (sheets.isPresent()) {
            List<Path> inputs = selection.targetsFile(context).stream().toList();
            for (String target : searchPlan.targets()) {
                for (int n = 1; n <= maxPlanets; n++) {
                    Path png = HuntRequest.sheetFile(sheets.get(), target, n);
                    OutputPaths.checkFile("--out", out.resolve("vetting").resolve(png.getFileName()).toString(), png,
                            OutputKind.PNG, inputs);
                }
            }
        }
        PlanetSearchOptions options = PlanetSearchOptions.DEFAULT.withMaxPlanets(maxPlanets).withMinSnr(minSnr);
        HuntRequest request = new HuntRequest(new Search(searchPlan.targets(), chosen, searchPlan.radius()), outDir,
                sheets, offline, options);
        return new Plan(archive.config(context, s3), searchPlan, request);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    // ---- output

    /**
     * {@code TIC 25155310: 1 light curve, 18104 cadences; 1 candidate (the strongest remaining signal ... < 7)}, then
     * one block per candidate.
     */
    private void text(TargetHunt t, PrintWriter out) {
        if (t.status() != TargetHunt.Status.SEARCHED && t.searched().isEmpty()) {
            out.println(t.target() + ": " + t.status().word() + ": " + t.reason().orElse(""));
            return;
        }
        String points = t.searched().map(s -> ", " + s.points() + " cadences").orElse("");
        out.println(t.target() + ": " + plural(t.files().size(), "light curve") + points + "; "
                + plural(t.candidates().size(), "candidate") + t.stop().map(s -> " (" + s.detail() + ")").orElse(""));
        String system = t.searched().map(s -> s.timeSystem().name()).orElse("");
        for (int i = 0; i < t.candidates().size(); i++) {
            Candidate c = t.candidates().get(i);
            out.println(String.format(Locale.ROOT, "  %d. P = %.6f d, epoch %.5f %s, duration %.2f h, depth %s, "
                            + "SNR %.1f, %d transits, odd/even %s, secondary %s", c.number(), c.periodDays(),
                    c.epoch(), system, 24 * c.durationDays(), ppm(c.depth()), c.snr(), c.transits(),
                    sigma(c.oddEvenSigma()), ppm(c.secondaryDepth())));
            out.println("     " + c.verdict().text());
            if (i < t.sheets().size()) {
                out.println("     sheet: " + shown(t.sheets().get(i)));
            }
        }
    }

    private void csv(TargetHunt t, PrintWriter out) {
        if (t.candidates().isEmpty()) {
            List<String> row = new ArrayList<>(List.of(t.target(), t.status().word()));
            while (row.size() < CSV_COLUMNS.size() - 2) {
                row.add("");
            }
            row.add(t.reason().or(() -> t.stop().map(s -> s.detail())).orElse(""));
            row.add("");
            out.println(Csv.line(row));
            return;
        }
        String system = t.searched().map(s -> s.timeSystem().name()).orElse("");
        for (int i = 0; i < t.candidates().size(); i++) {
            Candidate c = t.candidates().get(i);
            out.println(Csv.line(List.of(t.target(), t.status().word(), Integer.toString(c.number()),
                    fixed(c.periodDays(), 7), fixed(c.epoch(), 5), system, fixed(c.epochBjd(), 5),
                    fixed(24 * c.durationDays(), 3), fixed(1e6 * c.depth().depth(), 1),
                    fixed(1e6 * c.depth().error(), 1), fixed(c.snr(), 2), Integer.toString(c.transits()),
                    fixed(c.oddEvenSigma(), 2), fixed(1e6 * c.secondaryDepth().depth(), 1),
                    fixed(1e6 * c.secondaryDepth().error(), 1),
                    c.verdict().kind().token(), c.verdict().text(),
                    i < t.sheets().size() ? t.sheets().get(i).toString() : "")));
        }
    }

    private static void json(HuntReport report, PrintWriter out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out).setPrettyPrinter(new DefaultPrettyPrinter());
        g.writeStartArray();
        for (TargetHunt t : report.targets()) {
            g.writeStartObject();
            g.writeStringField("target", t.target());
            g.writeStringField("status", t.status().word());
            g.writeStringField("reason", t.reason().orElse(null));
            g.writeArrayFieldStart("files");
            for (Path f : t.files()) {
                g.writeString(f.toString());
            }
            g.writeEndArray();
            if (t.searched().isPresent()) {
                g.writeNumberField("cadences", t.searched().get().points());
                g.writeStringField("time_system", t.searched().get().timeSystem().name());
            }
            g.writeStringField("stopped", t.stop().map(s -> s.detail()).orElse(null));
            g.writeArrayFieldStart("candidates");
            for (int i = 0; i < t.candidates().size(); i++) {
                Candidate c = t.candidates().get(i);
                g.writeStartObject();
                g.writeNumberField("candidate", c.number());
                field(g, "period_days", c.periodDays());
                field(g, "epoch", c.epoch());
                field(g, "epoch_bjd", c.epochBjd());
                field(g, "duration_hours", 24 * c.durationDays());
                field(g, "depth_ppm", 1e6 * c.depth().depth());
                field(g, "depth_err_ppm", 1e6 * c.depth().error());
                field(g, "snr", c.snr());
                g.writeNumberField("transits", c.transits());
                field(g, "odd_depth_ppm", 1e6 * c.oddDepth().depth());
                field(g, "even_depth_ppm", 1e6 * c.evenDepth().depth());
                field(g, "odd_even_sigma", c.oddEvenSigma());
                field(g, "secondary_depth_ppm", 1e6 * c.secondaryDepth().depth());
                field(g, "secondary_err_ppm", 1e6 * c.secondaryDepth().error());
                g.writeStringField("verdict", c.verdict().kind().token());
                g.writeArrayFieldStart("reasons");
                for (String r : c.verdict().reasons()) {
                    g.writeString(r);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("cautions");
                for (String r : c.verdict().cautions()) {
                    g.writeString(r);
                }
                g.writeEndArray();
                g.writeStringField("sheet", i < t.sheets().size() ? t.sheets().get(i).toString() : null);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("notes");
            for (String n : t.notes()) {
                g.writeString(n);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeRaw(System.lineSeparator());
        g.flush();
    }

    /** A number, or null when undefined (NaN, as the error of an empty odd/even model). */
    private static void field(JsonGenerator g, String name, double v) throws IOException {
        if (Double.isFinite(v)) {
            g.writeNumberField(name, v);
        } else {
            g.writeNullField(name);
        }
    }

    /** {@code radio: 31 targets hunted in 40.2 s: 29 searched, 2 without light curves; 35 candidates, 20 likely planets}. */
    static String summary(HuntReport r, Duration elapsed) {
        long searched = r.targets().stream().filter(t -> t.status() == TargetHunt.Status.SEARCHED).count();
        long none = r.targets().stream().filter(t -> t.status() == TargetHunt.Status.NO_LIGHT_CURVES).count();
        long failed = r.targets().stream().filter(t -> t.status() == TargetHunt.Status.FAILED).count();
        long candidates = r.targets().stream().mapToLong(t -> t.candidates().size()).sum();
        long planets = r.targets().stream().flatMap(t -> t.candidates().stream())
                .filter(c -> c.verdict().kind() == radio.vetting.Verdict.Kind.LIKELY_PLANET).count();
        return "radio: " + plural((int) r.targets().size(), "target") + " hunted in "
                + DownloadFeedback.duration(elapsed) + ": " + searched + " searched"
                + (none > 0 ? ", " + none + " without light curves" : "") + (failed > 0 ? ", " + failed + " failed" : "")
                + "; " + plural((int) candidates, "candidate") + ", " + planets + " likely "
                + (planets == 1 ? "planet" : "planets") + "; " + r.downloaded() + " files downloaded, " + r.present()
                + " present" + (r.failedFiles().isEmpty() ? "" : ", " + r.failedFiles().size() + " failed");
    }

    private String shown(Path p) {
        return p.startsWith(context.workingDir()) ? context.workingDir().relativize(p).toString() : p.toString();
    }

    private static String ppm(DepthEstimate d) {
        return Double.isFinite(d.error()) ? String.format(Locale.ROOT, "%.0f ± %.0f ppm", 1e6 * d.depth(),
                1e6 * d.error()) : "no data";
    }

    private static String sigma(double s) {
        return Double.isFinite(s) ? String.format(Locale.ROOT, "%.1fσ", s) : "n/a";
    }

    /** {@code digits} decimals, empty when undefined. */
    private static String fixed(double v, int digits) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + digits + "f", v) : "";
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
