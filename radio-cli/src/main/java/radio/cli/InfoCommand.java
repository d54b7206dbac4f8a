package radio.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import radio.lightcurve.FitsColumn;
import radio.lightcurve.FitsLightCurveReader;
import radio.lightcurve.FluxSource;
import radio.lightcurve.LightCurve;
import radio.lightcurve.LightCurveFileSummary;
import radio.lightcurve.LightCurveMeta;
import radio.lightcurve.Mission;
import radio.lightcurve.ObservingPeriod;
import radio.lightcurve.QualityMask;

/** {@code radio info FILE...}: what a light-curve file holds, one file at a time. */
@Command(name = "info", mixinStandardHelpOptions = true,
        header = "Describe light-curve FITS files: mission, target, cadence, time span, rows, columns.",
        description = {
            "For each Kepler, K2 or TESS light-curve file (pipeline, K2SFF, K2SC or TESS data-alerts; plain or "
                    + "gzipped) prints the mission, target, observing period, cadence, time span, row count, how "
                    + "many cadences lightkurve's default quality mask drops, the flux column and the table columns.",
            "A file that cannot be read is named on stderr and the others are still described (exit 1)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  radio info kplr011442793-2009350155506_llc.fits",
            "  radio info --format json *.fits > info.json",
            "  radio info --flux sap hlsp_k2sff_k2_lightcurve_201367065-c01_kepler_v1_llc.fits",
            "",
            "Exit codes: 0 every file described · 1 some files could not be read",
            "(each named on stderr) · 2 usage error, or no file could be read at all"})
final class InfoCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Light-curve FITS files (.fits or .fits.gz).")
    List<Path> files;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json (an array with one object per file read).")
    Format format;

    @Option(names = "--flux", paramLabel = "KIND", defaultValue = "pdcsap",
            description = "Flux whose NaN count is reported: pdcsap (default) or sap.")
    FluxKind flux;

    private final CliContext context;

    InfoCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FitsLightCurveReader reader = new FitsLightCurveReader();
        List<Map<String, Object>> json = new ArrayList<>();
        int failed = 0;
        for (Path file : InputFiles.resolve(context, files, spec.commandLine())) {
            LightCurveFileSummary s;
            try {
                s = reader.summarize(file, flux.source());
            } catch (IOException e) {
                err.println("radio: " + Failures.describe(file, e));
                failed++;
                continue;
            }
            if (format == Format.json) {
                json.add(toJson(s));
            } else {
                printText(out, s);
            }
            out.flush();
        }
        if (format == Format.json) {
            try {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
            } catch (IOException e) {
                throw new IllegalStateException("cannot write JSON", e);
            }
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    private static void printText(PrintWriter out, LightCurveFileSummary s) {
        LightCurve all = s.allRows();
        LightCurveMeta m = s.meta();
        Mission mission = m.mission().orElseThrow();
        out.println(s.file().getFileName());
        row(out, "product", mission + " " + m.product().description() + " (" + s.extension() + ", HDU " + s.hdu()
                + (s.gzipped() ? ", gzipped" : "") + ")");
        String target = m.objectName();
        if (m.targetId().isPresent() && !target.equals(mission.catalogPrefix() + " " + m.targetId().getAsLong())) {
            target += " (" + mission.catalogPrefix() + " " + m.targetId().getAsLong() + ")";
        }
        if (m.raDeg().isPresent() && m.decDeg().isPresent()) {
            target += String.format(Locale.ROOT, ", RA %.6f°, Dec %.6f°", m.raDeg().getAsDouble(),
                    m.decDeg().getAsDouble());
        }
        row(out, "target", target);
        row(out, "period", m.periods().isEmpty() ? "unknown"
                : String.join(", ", m.periods().stream().map(ObservingPeriod::toString).toList()));
        row(out, "cadence", cadence(m));
        if (all.size() > 0) {
            double start = all.timeAt(0);
            double end = all.timeAt(all.size() - 1);
            row(out, "time", String.format(Locale.ROOT, "%.6f – %.6f %s (%.3f d); BJD_%s = %s + %s", start, end,
                    all.timeSystem().name(), end - start, all.timeSystem().scale(), all.timeSystem().name(),
                    all.timeSystem().referenceText()));
        } else {
            row(out, "time", "no row has a time");
        }
        row(out, "rows", String.format(Locale.ROOT,
                "%d in the table; %d with NaN time; the default quality mask (%d) drops %d more; %d kept",
                s.tableRows(), s.nanTimeRows(), QualityMask.DEFAULT.bits(mission), s.droppedByDefaultMask(),
                s.defaultRead().size()));
        row(out, "cadences", "%d – %d".formatted(s.firstCadence(), s.lastCadence()));
        String unit = all.fluxUnit().isEmpty() ? "dimensionless" : all.fluxUnit();
        long nanKept = java.util.Arrays.stream(s.defaultRead().flux()).filter(Double::isNaN).count();
        row(out, "flux", "%s [%s]; NaN in %d rows of the table, %d of the kept".formatted(m.fluxColumn(), unit,
                s.nanFluxRows(), nanKept));
        List<String> cols = new ArrayList<>();
        for (FitsColumn c : s.columns()) {
            cols.add(c.name() + " (" + c.tform() + (c.unit().isEmpty() ? "" : ", " + c.unit()) + ")");
        }
        row(out, "columns", String.join(", ", cols));
        out.println();
    }

    private static String cadence(LightCurveMeta m) {
        if (m.cadenceDays().isEmpty()) {
            return "unknown";
        }
        double days = m.cadenceDays().getAsDouble();
        double seconds = days * 86400;
        String pretty = seconds >= 90 ? String.format(Locale.ROOT, "%.1f min", seconds / 60)
                : String.format(Locale.ROOT, "%.1f s", seconds);
        String text = pretty + " (TIMEDEL " + java.math.BigDecimal.valueOf(days).toPlainString() + " d)";
        if (m.exposureSeconds().isPresent()) {
            text += String.format(Locale.ROOT, "; exposure %.1f s per cadence", m.exposureSeconds().getAsDouble());
        }
        return text;
    }

    private static void row(PrintWriter out, String name, String value) {
        out.printf("  %-9s %s%n", name, value);
    }

    private static Map<String, Object> toJson(LightCurveFileSummary s) {
        LightCurve all = s.allRows();
        LightCurveMeta m = s.meta();
        Mission mission = m.mission().orElseThrow();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("file", s.file().toString());
        o.put("mission", mission.displayName());
        o.put("product", m.product().name().toLowerCase(Locale.ROOT));
        o.put("extension", s.extension());
        o.put("hdu", s.hdu());
        o.put("gzipped", s.gzipped());
        o.put("object", m.objectName());
        o.put("target_id", m.targetId().isPresent() ? m.targetId().getAsLong() : null);
        o.put("periods", m.periods().stream().map(ObservingPeriod::toString).toList());
        o.put("ra_deg", m.raDeg().isPresent() ? m.raDeg().getAsDouble() : null);
        o.put("dec_deg", m.decDeg().isPresent() ? m.decDeg().getAsDouble() : null);
        o.put("cadence_days", m.cadenceDays().isPresent() ? m.cadenceDays().getAsDouble() : null);
        o.put("exposure_s", m.exposureSeconds().isPresent() ? m.exposureSeconds().getAsDouble() : null);
        o.put("time_system", all.timeSystem().name());
        o.put("time_reference_jd", all.timeSystem().referenceJd());
        o.put("time_scale", all.timeSystem().scale());
        o.put("time_start", all.size() == 0 ? null : all.timeAt(0));
        o.put("time_end", all.size() == 0 ? null : all.timeAt(all.size() - 1));
        o.put("rows", s.tableRows());
        o.put("nan_time_rows", s.nanTimeRows());
        o.put("default_quality_mask", QualityMask.DEFAULT.bits(mission));
        o.put("rows_hit_by_default_mask", s.rowsHitByDefaultMask());
        o.put("dropped_by_default_mask", s.droppedByDefaultMask());
        o.put("kept_by_default_read", s.defaultRead().size());
        o.put("first_cadence", s.firstCadence());
        o.put("last_cadence", s.lastCadence());
        o.put("flux_column", m.fluxColumn());
        o.put("flux_unit", all.fluxUnit());
        o.put("nan_flux_rows", s.nanFluxRows());
        List<Map<String, String>> cols = new ArrayList<>();
        for (FitsColumn c : s.columns()) {
            cols.add(Map.of("name", c.name(), "tform", c.tform(), "unit", c.unit()));
        }
        o.put("columns", cols);
        return o;
    }

    /** {@code --flux} values. */
    enum FluxKind {
        pdcsap(FluxSource.PDCSAP), sap(FluxSource.SAP);

        private final FluxSource source;

        FluxKind(FluxSource source) {
            this.source = source;
        }

        FluxSource source() {
            return source;
        }
    }
}
