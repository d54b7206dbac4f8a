package radio.lightcurve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads Kepler, K2 and TESS light-curve FITS files into {@link LightCurve}s: Kepler/K2 pipeline {@code _llc}/
 * {@code _slc}, TESS SPOC {@code _lc} and {@code fast-lc}, the TESS data-alerts HLSP (all with a
 * {@code LIGHTCURVE} table), K2SFF ({@code BESTAPER} table) and K2SC ({@code PDC}/{@code SAP} tables), plain or
 * gzip-compressed (recognised by content, not name).
 *
 * <p>Rules, as lightkurve applies them: rows with NaN time are dropped; then rows whose quality word has a bit of
 * the {@link ReadOptions#quality() quality mask} set; rows with NaN flux are kept or dropped as asked. Columns are
 * found by name and decoded by {@code TFORMn}. The time reference comes from {@code BJDREFI}/{@code BJDREFF}
 * (table header, then primary header as {@code INHERIT = T} allows). Header cards without a value are accepted.
 *
 * <p>What goes where: flux and flux error are {@code PDCSAP_FLUX}/{@code PDCSAP_FLUX_ERR} (or the {@code SAP_}
 * pair), K2SFF {@code FCOR}/{@code FRAW} (no error column: NaN), K2SC {@code flux}/{@code error} of its {@code PDC}
 * or {@code SAP} table; quality is {@code SAP_QUALITY}/{@code QUALITY}/{@code quality} (0 for K2SFF, which keeps
 * only good cadences); centroids are {@code MOM_CENTR1}/{@code MOM_CENTR2} (NaN for K2SFF and K2SC, whose
 * {@code x}/{@code y} are pointing offsets, not centroids).
 *
 * <p>The file is read once, front to back, stopping after the light-curve table: memory is about the size of
 * that table. The FITS structure is decoded here directly (header cards parsed on demand, big-endian table rows
 * decoded per needed column), which makes a read an order of magnitude faster than astropy or nom-tam-fits
 * (see docs/benchmarks.md).
 *
 * <p>Errors: {@link NotALightCurveException} when the file is not a light curve this reader knows (not FITS, or a
 * target-pixel file…), {@link CorruptLightCurveException} when it is one but truncated or damaged, other
 * {@link IOException}s when the file cannot be opened; every message starts with the file name. Stateless and
 * thread-safe.
 */
public final class FitsLightCurveReader {
    private static final Logger LOG = LoggerFactory.getLogger(FitsLightCurveReader.class);
    private static final int BLOCK = 2880;
    private static final int CARD = 80;
    /** A header longer than this many blocks is garbage, not a light curve (real ones have fewer than 10). */
    private static final int MAX_HEADER_BLOCKS = 1000;

    /** Reads with {@link ReadOptions#DEFAULT}. */
    public LightCurve read(Path file) throws IOException {
        return read(file, ReadOptions.DEFAULT);
    }

    /** Reads one file. */
    public LightCurve read(Path file, ReadOptions options) throws IOException {
        Objects.requireNonNull(options, "options");
        return load(file, options.flux()).lightCurve(options);
    }

    /**
     * Reads a light-curve file held in memory, plain or gzip-compressed, by the same rules as a file on disk:
     * {@code name} stands for the file in messages and in the light curve's {@link LightCurveMeta#sources()}.
     * For callers that fetch objects straight into memory (a Spark task reading from S3) and need no temporary
     * file.
     */
    public LightCurve read(Path name, byte[] contents, ReadOptions options) throws IOException {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contents, "contents");
        Objects.requireNonNull(options, "options");
        try (FitsInput in = FitsInput.of(name, contents)) {
            return load(name, in, options.flux()).lightCurve(options);
        }
    }

    /**
     * Reads several files lazily, one at a time, in order: only one file's table is in memory at once (plus the
     * light curves the caller keeps). A file that cannot be read ends the stream with an
     * {@link UncheckedIOException} whose cause is the exception {@link #read(Path, ReadOptions)} would throw.
     */
    public Stream<LightCurve> readAll(Collection<Path> files, ReadOptions options) {
        Objects.requireNonNull(options, "options");
        return List.copyOf(files).stream().map(f -> {
            try {
                return read(f, options);
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        });
    }

    /** The facts {@code radio info} shows, for the given flux source. */
    public LightCurveFileSummary summarize(Path file, FluxSource flux) throws IOException {
        Loaded t = load(file, flux);
        LightCurve all = t.lightCurve(ReadOptions.ALL_ROWS.withFlux(flux));
        int rows = t.table.rows();
        int nanTime = 0;
        int hit = 0;
        int nanFlux = 0;
        int bits = QualityMask.DEFAULT.bits(t.mission);
        for (int i = 0; i < rows; i++) {
            if (Double.isNaN(t.time[i])) {
                nanTime++;
            }
            if ((t.quality[i] & bits) != 0) {
                hit++;
            }
            if (Double.isNaN(t.flux[i])) {
                nanFlux++;
            }
        }
        int[] cadence = t.ints(t.columns.cadence);
        return new LightCurveFileSummary(file, t.gzipped, t.hdu, t.extension, rows, t.table.columns(), nanTime, hit,
                nanFlux, rows == 0 ? 0 : cadence[0], rows == 0 ? 0 : cadence[rows - 1], all);
    }

    /** The table layouts this reader knows and where each keeps time, flux, quality… */
    private enum Layout {
        PIPELINE, K2SFF, K2SC
    }

    /** Column names for one layout and flux source; null where the layout has no such column. */
    private record Columns(String time, String flux, String fluxErr, String quality, String cadence,
                           String centroidCol, String centroidRow, String defaultUnit) {
        static Columns of(Layout layout, FluxSource flux, BinaryTableData table) {
            return switch (layout) {
                case PIPELINE -> new Columns("TIME", flux == FluxSource.SAP ? "SAP_FLUX" : "PDCSAP_FLUX",
                        flux == FluxSource.SAP ? "SAP_FLUX_ERR" : "PDCSAP_FLUX_ERR",
                        table.has("QUALITY") ? "QUALITY" : "SAP_QUALITY", "CADENCENO",
                        "MOM_CENTR1", "MOM_CENTR2", "e-/s");
                case K2SFF -> new Columns("T", flux == FluxSource.SAP ? "FRAW" : "FCOR", null, null, "CADENCENO",
                        null, null, "");
                case K2SC -> new Columns("time", "flux", "error", "quality", "cadence", null, null, "e-/s");
            };
        }
    }

    /** One file's table, located and read, with the columns every read needs decoded. */
    private static final class Loaded {
        final Path file;
        final boolean gzipped;
        final int hdu;
        final String extension;
        final Layout layout;
        final FitsHeader primary;
        final FitsHeader header;
        final BinaryTableData table;
        final Columns columns;
        final Mission mission;
        final double[] time;
        final double[] flux;
        final int[] quality;

        Loaded(Path file, boolean gzipped, int hdu, String extension, Layout layout, FitsHeader primary,
               FitsHeader header, BinaryTableData table, FluxSource flux) throws CorruptLightCurveException {
            this.file = file;
            this.gzipped = gzipped;
            this.hdu = hdu;
            this.extension = extension;
            this.layout = layout;
            this.primary = primary;
            this.header = header;
            this.table = table;
            this.columns = Columns.of(layout, flux, table);
            this.mission = mission(file, primary);
            for (String required : new String[] {columns.time, columns.flux, columns.cadence}) {
                if (!table.has(required)) {
                    throw new CorruptLightCurveException(file, "HDU " + hdu + " (" + extension + ") has no "
                            + required + " column; columns: " + table.columns().stream().map(FitsColumn::name).toList());
                }
            }
            this.time = doubles(columns.time);
            this.flux = doubles(columns.flux);
            this.quality = columns.quality != null && table.has(columns.quality) ? ints(columns.quality)
                    : new int[table.rows()];
        }

        double[] doubles(String column) throws CorruptLightCurveException {
            try {
                return table.doubles(column);
            } catch (IllegalArgumentException e) {
                throw new CorruptLightCurveException(file, "HDU " + hdu + " (" + extension + "): " + e.getMessage());
            }
        }

        int[] ints(String column) throws CorruptLightCurveException {
            try {
                return table.ints(column);
            } catch (IllegalArgumentException e) {
                throw new CorruptLightCurveException(file, "HDU " + hdu + " (" + extension + "): " + e.getMessage());
            }
        }

        /** An optional double column, NaN when the layout or the file lacks it. */
        double[] optionalDoubles(String column) throws CorruptLightCurveException {
            if (column == null || !table.has(column)) {
                double[] nan = new double[table.rows()];
                Arrays.fill(nan, Double.NaN);
                return nan;
            }
            return doubles(column);
        }

        LightCurve lightCurve(ReadOptions options) throws CorruptLightCurveException {
            int rows = table.rows();
            int bits = options.quality().bits(mission);
            boolean dropNanFlux = options.nanFlux() == NanFlux.DROP;
            int[] keep = new int[rows];
            int n = 0;
            for (int i = 0; i < rows; i++) {
                if (!Double.isNaN(time[i]) && (quality[i] & bits) == 0 && !(dropNanFlux && Double.isNaN(flux[i]))) {
                    keep[n++] = i;
                }
            }
            int[] cadence = ints(columns.cadence);
            double[] err = optionalDoubles(columns.fluxErr);
            double[] col = optionalDoubles(columns.centroidCol);
            double[] row = optionalDoubles(columns.centroidRow);
            String declaredFlux = table.declaredName(columns.flux);
            String unit = table.columns().stream().filter(x -> x.name().equals(declaredFlux)).findFirst()
                    .map(FitsColumn::unit).filter(u -> !u.isBlank()).orElse(columns.defaultUnit);
            String fluxColumn = layout == Layout.K2SC ? extension + "." + declaredFlux : declaredFlux;
            try {
                return LightCurve.gather(Arrays.copyOf(keep, n), time, flux, err, quality, cadence, col,
                        row, timeSystem(), unit, meta(fluxColumn));
            } catch (IllegalArgumentException ex) {
                throw new CorruptLightCurveException(file, "HDU " + hdu + " (" + extension + "): " + ex.getMessage());
            }
        }

        private TimeSystem timeSystem() throws CorruptLightCurveException {
            OptionalLong refi = header.integer("BJDREFI");
            if (refi.isEmpty()) {
                refi = primary.integer("BJDREFI");
            }
            if (refi.isEmpty()) {
                throw new CorruptLightCurveException(file, "HDU " + hdu + " (" + extension
                        + ") has no BJDREFI: the time reference is unknown");
            }
            double reff = lookupReal("BJDREFF").orElse(0.0);
            String scale = header.string("TIMESYS").or(() -> primary.string("TIMESYS")).orElse("TDB")
                    .trim().toUpperCase(Locale.ROOT);
            try {
                return new TimeSystem(refi.getAsLong(), reff, scale);
            } catch (IllegalArgumentException e) {
                throw new CorruptLightCurveException(file, "HDU " + hdu + " (" + extension + "): bad BJDREFF " + reff);
            }
        }

        private LightCurveMeta meta(String fluxColumn) {
            OptionalLong id = primary.integer(mission == Mission.TESS ? "TICID" : "KEPLERID");
            if (id.isEmpty()) {
                id = header.integer(mission == Mission.TESS ? "TICID" : "KEPLERID");
            }
            OptionalLong idFinal = id;
            String object = primary.string("OBJECT").or(() -> header.string("OBJECT")).map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .orElseGet(() -> idFinal.isPresent() ? mission.catalogPrefix() + " " + idFinal.getAsLong()
                            : file.getFileName().toString());
            List<ObservingPeriod> periods = new ArrayList<>();
            period().ifPresent(periods::add);
            OptionalDouble frame = lookupReal("FRAMETIM");
            OptionalDouble frames = lookupReal("NUM_FRM");
            OptionalDouble exposure = frame.isPresent() && frames.isPresent()
                    ? OptionalDouble.of(frame.getAsDouble() * frames.getAsDouble()) : OptionalDouble.empty();
            LightCurveProduct product = switch (layout) {
                case K2SFF -> LightCurveProduct.K2SFF;
                case K2SC -> LightCurveProduct.K2SC;
                case PIPELINE -> file.getFileName().toString().toLowerCase(Locale.ROOT)
                        .startsWith("hlsp_tess-data-alerts") ? LightCurveProduct.TESS_DATA_ALERTS
                        : LightCurveProduct.MISSION_PIPELINE;
            };
            return new LightCurveMeta(Optional.of(mission), product, id, object, periods, lookupReal("TIMEDEL"),
                    exposure, primaryReal("RA_OBJ"), primaryReal("DEC_OBJ"), fluxColumn, List.of(file), primary,
                    header);
        }

        private Optional<ObservingPeriod> period() {
            String key = switch (mission) {
                case KEPLER -> "QUARTER";
                case K2 -> "CAMPAIGN";
                case TESS -> "SECTOR";
            };
            ObservingPeriod.Kind kind = switch (mission) {
                case KEPLER -> ObservingPeriod.Kind.QUARTER;
                case K2 -> ObservingPeriod.Kind.CAMPAIGN;
                case TESS -> ObservingPeriod.Kind.SECTOR;
            };
            OptionalLong n = primary.integer(key);
            if (n.isEmpty()) {
                n = header.integer(key);
            }
            return n.isPresent() && n.getAsLong() >= 0 && n.getAsLong() <= Integer.MAX_VALUE
                    ? Optional.of(new ObservingPeriod(kind, (int) n.getAsLong())) : Optional.empty();
        }

        /** An identity keyword: the primary header's value (as lightkurve reads it), else the table's. */
        private OptionalDouble primaryReal(String key) {
            OptionalDouble v = primary.real(key);
            return v.isPresent() ? v : header.real(key);
        }

        /** A table keyword, falling back to the primary header ({@code INHERIT = T}). */
        private OptionalDouble lookupReal(String key) {
            OptionalDouble v = header.real(key);
            return v.isPresent() ? v : primary.real(key);
        }

        /** TESS if TELESCOP says so (or TICID/SECTOR exist); K2 if MISSION = K2 or CAMPAIGN exists; else Kepler. */
        private static Mission mission(Path file, FitsHeader primary) {
            String telescope = primary.string("TELESCOP").orElse("").trim().toUpperCase(Locale.ROOT);
            String mission = primary.string("MISSION").orElse("").trim().toUpperCase(Locale.ROOT);
            if (telescope.equals("TESS") || primary.contains("TICID") || primary.contains("SECTOR")) {
                return Mission.TESS;
            }
            if (mission.equals("K2") || primary.contains("CAMPAIGN")) {
                return Mission.K2;
            }
            return Mission.KEPLER;
        }
    }

    private Loaded load(Path file, FluxSource flux) throws IOException {
        Objects.requireNonNull(file, "file");
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        if (Files.isDirectory(file)) {
            throw new NotALightCurveException(file, "it is a directory");
        }
        try (FitsInput in = FitsInput.open(file)) {
            LOG.debug("reading {} ({})", file, in.gzipped() ? "gzip stream" : "plain file");
            return load(file, in, flux);
        }
    }

    /** Finds and reads the light-curve table of an opened file. */
    private Loaded load(Path file, FitsInput in, FluxSource flux) throws IOException {
        byte[] first = readHeader(file, in, 0, true);
        if (first == null) {
            throw new NotALightCurveException(file, "the file is empty");
        }
        FitsHeader primary = FitsHeader.of(new String(first, StandardCharsets.ISO_8859_1));
        skipData(file, in, 0, "PRIMARY", primary);
        List<String> seen = new ArrayList<>(List.of("PRIMARY"));
        for (int hdu = 1; ; hdu++) {
            byte[] raw = readHeader(file, in, hdu, false);
            if (raw == null) {
                throw new NotALightCurveException(file, notFoundReason(seen));
            }
            FitsHeader h = FitsHeader.of(new String(raw, StandardCharsets.ISO_8859_1));
            String xtension = h.string("XTENSION").orElse("").trim();
            String name = h.string("EXTNAME").orElse("").trim().toUpperCase(Locale.ROOT);
            seen.add(name.isEmpty() ? xtension : name);
            Layout layout = xtension.equals("BINTABLE") ? layoutOf(name, flux) : null;
            if (layout == null) {
                skipData(file, in, hdu, name, h);
                continue;
            }
            BinaryTableData.Layout shape;
            try {
                shape = BinaryTableData.layout(h);
            } catch (IllegalArgumentException e) {
                throw new CorruptLightCurveException(file, "HDU " + hdu + " (" + name + ") has a damaged table "
                        + "header: " + e.getMessage());
            }
            byte[] rows = new byte[shape.dataBytes()];
            int got = in.read(rows, 0, rows.length);
            if (got < rows.length) {
                throw new CorruptLightCurveException(file, "truncated: HDU " + hdu + " (" + name + ") needs "
                        + rows.length + " bytes of table data, the file ends after " + got);
            }
            return new Loaded(file, in.gzipped(), hdu, name, layout, primary, h, shape.with(rows), flux);
        }
    }

    /** Which layout a binary table of this name is, for the flux asked for; null when it is not a light curve. */
    private static Layout layoutOf(String extname, FluxSource flux) {
        return switch (extname) {
            case "LIGHTCURVE" -> Layout.PIPELINE;
            case "BESTAPER" -> Layout.K2SFF;
            case "PDC" -> flux == FluxSource.PDCSAP ? Layout.K2SC : null;
            case "SAP" -> flux == FluxSource.SAP ? Layout.K2SC : null;
            default -> null;
        };
    }

    private static String notFoundReason(List<String> seen) {
        String hdus = String.join(", ", seen);
        if (seen.contains("TARGETTABLES") || seen.contains("PIXELS")) {
            return "looks like a target-pixel file (HDUs: " + hdus + "); read its light curve file instead";
        }
        if (seen.contains("PDC")) {
            return "a K2SC file without the SAP table asked for (HDUs: " + hdus + ")";
        }
        return "a FITS file without a LIGHTCURVE, BESTAPER (K2SFF) or PDC/SAP (K2SC) table (HDUs: " + hdus + ")";
    }

    /**
     * Reads one header up to its END card and returns its cards (without END and padding); null when the data end
     * cleanly before the header (no more HDUs).
     */
    private static byte[] readHeader(Path file, FitsInput in, int hdu, boolean primary) throws IOException {
        byte[] cards = new byte[BLOCK];
        int used = 0;
        for (int block = 0; ; block++) {
            if (block >= MAX_HEADER_BLOCKS) {
                throw new CorruptLightCurveException(file, "HDU " + hdu + " header has no END card in its first "
                        + MAX_HEADER_BLOCKS + " blocks");
            }
            if (used + BLOCK > cards.length) {
                cards = Arrays.copyOf(cards, cards.length * 2);
            }
            int got = in.read(cards, used, BLOCK);
            if (got == 0 && block == 0 && !primary) {
                return null;
            }
            if (block == 0 && primary && !startsWith(cards, got, "SIMPLE  =")) {
                throw new NotALightCurveException(file, got == 0 ? "the file is empty"
                        : "not a FITS file (it starts with " + describeStart(cards, got) + ")");
            }
            if (block == 0 && !primary && !startsWith(cards, got, "XTENSION=")) {
                throw new CorruptLightCurveException(file, "damaged: bytes after HDU " + (hdu - 1)
                        + " are not a FITS extension header (offset " + (in.position() - got) + ")");
            }
            if (got < BLOCK) {
                throw new CorruptLightCurveException(file, "truncated in the header of HDU " + hdu);
            }
            for (int c = used; c < used + BLOCK; c += CARD) {
                for (int k = c; k < c + CARD; k++) {
                    int b = cards[k] & 0xff;
                    if (b < 0x20 || b > 0x7e) {
                        throw new CorruptLightCurveException(file, "damaged header in HDU " + hdu
                                + ": byte 0x" + Integer.toHexString(b) + " in card " + ((k / CARD) + 1)
                                + " is not printable ASCII");
                    }
                }
                if (cards[c] == 'E' && cards[c + 1] == 'N' && cards[c + 2] == 'D' && blank(cards, c + 3, c + CARD)) {
                    return Arrays.copyOf(cards, c);
                }
            }
            used += BLOCK;
        }
    }

    /** Skips an HDU's data and its padding to the next 2880-byte block. */
    private static void skipData(Path file, FitsInput in, int hdu, String name, FitsHeader h) throws IOException {
        long bytes;
        try {
            bytes = dataBytes(h);
        } catch (IllegalArgumentException e) {
            throw new CorruptLightCurveException(file, "HDU " + hdu + " (" + name + ") has a damaged header: "
                    + e.getMessage());
        }
        long padded = (bytes + BLOCK - 1) / BLOCK * BLOCK;
        long skipped = in.skip(padded);
        if (skipped < bytes) {
            throw new CorruptLightCurveException(file, "truncated: HDU " + hdu + " (" + name + ") needs " + bytes
                    + " bytes of data, the file ends after " + skipped);
        }
    }

    /** Size of an HDU's data in bytes: |BITPIX|/8 × GCOUNT × (PCOUNT + NAXIS1 × … × NAXISn). */
    private static long dataBytes(FitsHeader h) {
        long naxis = h.integer("NAXIS").orElseThrow(() -> new IllegalArgumentException("no NAXIS"));
        long bitpix = h.integer("BITPIX").orElseThrow(() -> new IllegalArgumentException("no BITPIX"));
        if (naxis < 0 || naxis > 999 || !(bitpix == 8 || bitpix == 16 || bitpix == 32 || bitpix == 64
                || bitpix == -32 || bitpix == -64)) {
            throw new IllegalArgumentException("NAXIS=" + naxis + " BITPIX=" + bitpix);
        }
        if (naxis == 0) {
            return 0;
        }
        boolean groups = h.logical("GROUPS").orElse(false) && h.integer("NAXIS1").orElse(-1) == 0;
        long product = 1;
        for (int i = groups ? 2 : 1; i <= naxis; i++) {
            long len = h.integer("NAXIS" + i).orElseThrow(() -> new IllegalArgumentException("no NAXIS"));
            if (len < 0) {
                throw new IllegalArgumentException("negative NAXIS" + len);
            }
            product = Math.multiplyExact(product, len);
        }
        long pcount = h.integer("PCOUNT").orElse(0);
        long gcount = h.integer("GCOUNT").orElse(1);
        return Math.multiplyExact(Math.abs(bitpix) / 8, Math.multiplyExact(gcount, product + pcount));
    }

    private static boolean startsWith(byte[] b, int len, String prefix) {
        if (len < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (b[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean blank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != ' ') {
                return false;
            }
        }
        return true;
    }

    /** The first bytes of a file for an error message: printable text in quotes, otherwise hex. */
    private static String describeStart(byte[] b, int len) {
        int n = Math.min(len, 8);
        boolean printable = true;
        for (int i = 0; i < n; i++) {
            printable &= b[i] >= 0x20 && b[i] < 0x7f;
        }
        if (printable) {
            return "\"" + new String(b, 0, n, StandardCharsets.ISO_8859_1) + "\"";
        }
        StringBuilder s = new StringBuilder("bytes");
        for (int i = 0; i < n; i++) {
            s.append(String.format(" %02x", b[i] & 0xff));
        }
        return s.toString();
    }
}
