package radio.lightcurve;

import java.io.BufferedWriter;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import radio.output.OutputKind;

/**
 * Writes a light curve for other tools, as lightkurve's {@code to_csv} and {@code to_fits} do: time (on the file's own
 * axis, its reference and scale stated), flux, flux error and quality.
 *
 * <p><b>CSV:</b> comment lines ({@code #}) naming the target, mission, time system, units and origin, then a header
 * {@code time,flux,flux_err,quality} and one row per cadence; {@code pandas.read_csv(f, comment="#")} and
 * {@code astropy.io.ascii} read it. <b>FITS:</b> the pipeline layout: a primary HDU with {@code TELESCOP},
 * {@code OBJECT} and {@code ORIGIN = 'radio export'}, and a {@code LIGHTCURVE} binary table with {@code TIME},
 * {@code FLUX}, {@code FLUX_ERR}, {@code QUALITY}, {@code CADENCENO} and the flux again as
 * {@code PDCSAP_FLUX}/{@code PDCSAP_FLUX_ERR}
 * (which pipeline readers, lightkurve's and radio's own, take by default), with {@code BJDREFI}/{@code BJDREFF},
 * {@code TIMESYS}, {@code TIMEUNIT} and {@code TUNITn}; astropy's {@code Table.read} and radio's reader read it back.
 * Both are written to a temporary file beside the target and moved into place only when complete.
 */
public final class LightCurveExport {
    /** What a CSV export starts with: the mark radio recognises its own exports by. */
    static final String CSV_MARK = "# radio export";
    private static final String ORIGIN = "radio export";
    private static final int BLOCK = 2880;

    /** CSV files radio exported, the only CSV files an export replaces. */
    public static final OutputKind CSV = new OutputKind("CSV light curve exported by radio", List.of(".csv"),
            file -> OutputKind.startsWith(file, CSV_MARK.getBytes(StandardCharsets.US_ASCII)));
    /** FITS files radio exported (ORIGIN = 'radio export' in the primary header), the only FITS files it replaces. */
    public static final OutputKind FITS = new OutputKind("FITS light curve exported by radio", List.of(".fits"),
            LightCurveExport::isRadioFits);

    private LightCurveExport() {
    }

    /** Writes {@code lc} as CSV to {@code file}. */
    public static void writeCsv(LightCurve lc, Path file) throws IOException {
        Path tmp = temporary(file);
        try {
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                for (String line : description(lc)) {
                    w.write("# " + line);
                    w.newLine();
                }
                w.write("time,flux,flux_err,quality");
                w.newLine();
                for (int i = 0; i < lc.size(); i++) {
                    w.write(number(lc.timeAt(i)) + "," + number(lc.fluxAt(i)) + "," + number(lc.fluxErrAt(i)) + ","
                            + lc.qualityAt(i));
                    w.newLine();
                }
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes {@code lc} as a FITS light curve to {@code file}. */
    public static void writeFits(LightCurve lc, Path file) throws IOException {
        Path tmp = temporary(file);
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writeFits(lc, out);
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The CSV comment lines: what, whose, on which time axis, in which units. */
    static List<String> description(LightCurve lc) {
        TimeSystem ts = lc.timeSystem();
        List<String> lines = new ArrayList<>();
        lines.add("radio export of " + lc.meta().title());
        lines.add("target: " + lc.meta().objectName());
        lines.add("mission: " + lc.meta().mission().map(Mission::toString).orElse("unknown"));
        lines.add("time: days, " + ts.name() + " = BJD - " + ts.referenceText() + ", scale " + ts.scale());
        lines.add("flux, flux_err: " + (lc.fluxUnit().isEmpty() ? "relative (normalised)" : lc.fluxUnit())
                + "; NaN = no measurement");
        lines.add("quality: the pipeline's quality bits");
        lines.add("sources: " + String.join(" ", lc.meta().sources().stream().map(p -> p.getFileName().toString())
                .toList()));
        return lines;
    }

    private static void writeFits(LightCurve lc, OutputStream raw) throws IOException {
        DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(raw, 1 << 16));
        TimeSystem ts = lc.timeSystem();
        String telescope = lc.meta().mission().map(m -> m == Mission.TESS ? "TESS" : "Kepler").orElse("UNKNOWN");
        List<String> primary = new ArrayList<>(List.of(
                logical("SIMPLE", true), integer("BITPIX", 8), integer("NAXIS", 0), logical("EXTEND", true),
                text("ORIGIN", ORIGIN), text("TELESCOP", telescope),
                text("MISSION", lc.meta().mission().map(Mission::toString).orElse("unknown")),
                text("OBJECT", lc.meta().objectName())));
        lc.meta().targetId().ifPresent(id -> primary.add(integer(telescope.equals("TESS") ? "TICID" : "KEPLERID", id)));
        primary.add(text("CREATOR", "radio (LightCurveExport)"));
        header(out, primary);

        int n = lc.size();
        int rowBytes = 8 + 8 + 8 + 4 + 8 + 8 + 4;
        List<String> table = new ArrayList<>(List.of(
                text("XTENSION", "BINTABLE"), integer("BITPIX", 8), integer("NAXIS", 2), integer("NAXIS1", rowBytes),
                integer("NAXIS2", n), integer("PCOUNT", 0), integer("GCOUNT", 1), integer("TFIELDS", 7),
                text("TTYPE1", "TIME"), text("TFORM1", "D"), text("TUNIT1", "BJD - " + ts.referenceText()),
                text("TTYPE2", "FLUX"), text("TFORM2", "D"), text("TUNIT2", lc.fluxUnit()),
                text("TTYPE3", "FLUX_ERR"), text("TFORM3", "D"), text("TUNIT3", lc.fluxUnit()),
                text("TTYPE4", "QUALITY"), text("TFORM4", "J"),
                text("TTYPE5", "PDCSAP_FLUX"), text("TFORM5", "D"), text("TUNIT5", lc.fluxUnit()),
                text("TTYPE6", "PDCSAP_FLUX_ERR"), text("TFORM6", "D"), text("TUNIT6", lc.fluxUnit()),
                text("TTYPE7", "CADENCENO"), text("TFORM7", "J"),
                text("EXTNAME", "LIGHTCURVE"), integer("BJDREFI", ts.referenceDayInteger()),
                real("BJDREFF", ts.referenceDayFraction()), text("TIMESYS", ts.scale()), text("TIMEREF", "SOLARSYSTEM"),
                text("TIMEUNIT", "d"), text("OBJECT", lc.meta().objectName())));
        lc.meta().cadenceDays().ifPresent(d -> table.add(real("TIMEDEL", d)));
        header(out, table);
        int[] cadence = lc.cadenceNumber();
        for (int i = 0; i < n; i++) {
            out.writeDouble(lc.timeAt(i));
            out.writeDouble(lc.fluxAt(i));
            out.writeDouble(lc.fluxErrAt(i));
            out.writeInt(lc.qualityAt(i));
            out.writeDouble(lc.fluxAt(i));
            out.writeDouble(lc.fluxErrAt(i));
            out.writeInt(cadence[i]);
        }
        pad(out, (long) n * rowBytes, (byte) 0);
        out.flush();
    }

    private static void header(DataOutputStream out, List<String> cards) throws IOException {
        StringBuilder h = new StringBuilder();
        for (String c : cards) {
            h.append(c);
        }
        h.append(String.format(Locale.ROOT, "%-80s", "END"));
        byte[] bytes = h.toString().getBytes(StandardCharsets.US_ASCII);
        out.write(bytes);
        pad(out, bytes.length, (byte) ' ');
    }

    private static void pad(DataOutputStream out, long written, byte fill) throws IOException {
        long rest = (BLOCK - written % BLOCK) % BLOCK;
        for (long i = 0; i < rest; i++) {
            out.writeByte(fill);
        }
    }

    private static String card(String key, String value) {
        String c = String.format(Locale.ROOT, "%-8s= %20s", key, value);
        if (c.length() > 80) {
            throw new IllegalArgumentException("FITS card too long: " + c);
        }
        return String.format(Locale.ROOT, "%-80s", c);
    }

    private static String text(String key, String value) {
        String v = value.replace("'", "''");
        v = v.length() > 66 ? v.substring(0, 66) : v;
        return String.format(Locale.ROOT, "%-80s", String.format(Locale.ROOT, "%-8s= '%-8s'", key, v));
    }

    private static String logical(String key, boolean value) {
        return card(key, value ? "T" : "F");
    }

    private static String integer(String key, long value) {
        return card(key, Long.toString(value));
    }

    private static String real(String key, double value) {
        return card(key, String.format(Locale.ROOT, "%.17G", value));
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "NaN" : Double.toString(v);
    }

    private static Path temporary(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        return Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
    }

    private static boolean isRadioFits(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            String header = new String(in.readNBytes(BLOCK), StandardCharsets.US_ASCII);
            return header.startsWith("SIMPLE  =") && header.contains("'" + ORIGIN);
        }
    }
}
