package radio.sim.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import radio.sim.content.LightCurveFits;
import radio.sim.content.LightCurveSpec;
import radio.sim.content.PlaceholderSpec;

/**
 * Derives TESS observations and products (mast-api.md section 5.3). Per target and sector:
 * <ul>
 *   <li>SPOC 2-minute: {@code obs_id tess<stamp>-s<SSSS>-<TIC16>-<scid>-s}, {@code t_exptime} 120,
 *       {@code calib_level} 3; products {@code _lc.fits} (LC, "Light curves") and {@code _tp.fits} (TP);</li>
 *   <li>SPOC 20-second (some targets, sectors 27+): {@code …-a_fast}, {@code t_exptime} 20; products
 *       {@code -a_fast-lc.fits} (FAST-LC) and {@code -a_fast-tp.fits} (FAST-TP);</li>
 *   <li>FFI-based HLSPs: QLP (stars brighter than Tmag 13.5) and TESS-SPOC (about half), {@code t_exptime} 1800,
 *       600 or 200 s by sector; both in the bucket under {@code mast/hlsp/<name>/};</li>
 * </ul>
 * and per sector 16 FFI groups ({@code target_name "TESS FFI"}, {@code obs_id tess-s0001-4-2},
 * {@code dataproduct_type image}, {@code dataURL} null, box footprints) whose products are one calibrated FFI
 * per exposure (hundreds to thousands of rows: clients must not expand them). Keys:
 * {@code tess/public/tid/<sSSSS>/<T[0:4]>/<T[4:8]>/<T[8:12]>/<T[12:16]>/<file>} and
 * {@code tess/public/ffi/<sSSSS>/<yyyy>/<ddd>/<camera>-<ccd>/<file>}.
 *
 * <p>Slots: {@code sectorIndex * 8 + kind} (0 SPOC, 1 fast, 2 QLP, 3 TESS-SPOC). FFI groups are the group ids
 * {@code 2,000,000,000 + 16 * sector + 4 * (camera - 1) + (ccd - 1)}; their {@link Observation#target()} is a
 * stand-in "TESS FFI" target that is not in the catalogue's target list. Immutable and thread-safe.
 */
final class TessSection implements Section {
    private static final String MRP = "Minimum Recommended Products";
    private static final Pattern TIC16 = Pattern.compile("(?<!\\d)(\\d{16})(?!\\d)");
    private static final Pattern FFI_FILE =
            Pattern.compile("tess(\\d{13})-s(\\d{4})-(\\d)-(\\d)-(\\d{4})-s_ffic\\.fits");
    /** CADENCENO of the first 2-minute cadence of sector 1 (recorded). */
    private static final int SECTOR_1_FIRST_CADENCE = 70444;
    private static final double STAMP_RADIUS = 0.016;
    private static final long FFI_BYTES = 34_560_000L;

    private final Map<Long, Target> byTic;
    private final long seed;
    private final CloudGaps gaps;
    private final LightCurveFits fits;
    private final String keyRoot;

    /** @param keyRoot bucket prefix of SPOC products, {@code tess/public/} unless moved ({@link CatalogueSpec}) */
    TessSection(Map<Long, Target> byTic, long seed, CloudGaps gaps, LightCurveFits fits, String keyRoot) {
        this.byTic = byTic;
        this.seed = seed;
        this.gaps = gaps;
        this.fits = fits;
        this.keyRoot = keyRoot;
    }

    private enum Kind { SPOC, FAST, QLP, TESS_SPOC }

    // ------------------------------------------------------------------ observations

    @Override
    public List<Observation> observations(Target t) {
        List<Observation> out = new ArrayList<>();
        for (int si = 0; si < t.seasons().size(); si++) {
            TessSector s = TessSector.of(t.seasons().get(si));
            out.add(spoc(t, si, s, false));
            if (t.shortCadenceSeasons().contains(s.number())) {
                out.add(spoc(t, si, s, true));
            }
            if (t.magnitude() <= 13.5) {
                out.add(hlsp(t, si, s, Kind.QLP));
            }
            if (Hash.unit(Hash.combine(seed, t.id(), 0x75C)) < 0.5) {
                out.add(hlsp(t, si, s, Kind.TESS_SPOC));
            }
        }
        return out;
    }

    private static String spocObsId(Target t, TessSector s, boolean fast) {
        return "tess" + s.stamp() + "-" + s.code() + "-" + t.paddedId() + "-" + Text.pad(s.scid(), 4)
                + (fast ? "-a_fast" : "-s");
    }

    private Observation spoc(Target t, int si, TessSector s, boolean fast) {
        String obsId = spocObsId(t, s, fast);
        long obsid = ObsIds.pipeline(t, si * 8 + (fast ? Kind.FAST : Kind.SPOC).ordinal());
        String proposal = "G0" + (11000 + (int) (Hash.unit(Hash.combine(seed, t.id(), s.number())) * 3000));
        return new Observation("science", "TESS", "SPOC", "Photometer", "TESS", "TESS", "Optical", t.targetName(),
                null, obsId, t.ra(), t.dec(), "timeseries", "Ricker, George", 3, s.btjdStart() + TessSector.MJD_OFFSET,
                s.btjdEnd() + TessSector.MJD_OFFSET, fast ? 20 : 120, 600, 1000, null,
                (int) Math.round(s.btjdEnd() + TessSector.MJD_OFFSET + 60), proposal, null, s.number(),
                "CIRCLE ICRS " + Text.fixed(t.ra(), 8) + " " + Text.fixed(t.dec(), 8) + " "
                        + Text.fixed(STAMP_RADIUS, 8), null,
                "mast:TESS/product/" + obsId + (fast ? "-lc.fits" : "_lc.fits"), "PUBLIC", false, null, obsid,
                obsid + 63_000_000L, t, new Footprint.Circle(t.ra(), t.dec(), STAMP_RADIUS));
    }

    private static String hlspObsId(Target t, TessSector s, Kind kind) {
        return kind == Kind.QLP ? "hlsp_qlp_tess_ffi_" + s.code() + "-" + t.paddedId() + "_tess_v01_llc"
                : "hlsp_tess-spoc_tess_phot_" + t.paddedId() + "-" + s.code() + "_tess_v1_lc";
    }

    private static String hlspUri(Target t, TessSector s, Kind kind) {
        String tic = t.paddedId();
        String split = tic.substring(0, 4) + "/" + tic.substring(4, 8) + "/" + tic.substring(8, 12) + "/"
                + tic.substring(12, 16) + "/";
        return kind == Kind.QLP ? "mast:HLSP/qlp/" + s.code() + "/" + split + hlspObsId(t, s, kind) + ".fits"
                : "mast:HLSP/tess-spoc/" + s.code() + "/target/" + split + hlspObsId(t, s, kind) + ".fits";
    }

    private Observation hlsp(Target t, int si, TessSector s, Kind kind) {
        long obsid = ObsIds.hlsp(t, si * 8 + kind.ordinal());
        return new Observation("science", "HLSP", kind == Kind.QLP ? "QLP" : "TESS-SPOC", "Photometer", "TESS",
                "TESS", "Optical", t.targetName(), null, hlspObsId(t, s, kind), t.ra(), t.dec(), "timeseries",
                kind == Kind.QLP ? "Chelsea X. Huang" : "Douglas A. Caldwell", 4,
                s.btjdStart() + TessSector.MJD_OFFSET, s.btjdEnd() + TessSector.MJD_OFFSET, s.ffiCadence(), 600, 1000,
                null, (int) Math.round(s.btjdEnd() + TessSector.MJD_OFFSET + 200), "N/A", null, s.number(),
                "CIRCLE " + t.ra() + " " + t.dec() + " " + STAMP_RADIUS, null, hlspUri(t, s, kind), "PUBLIC", false,
                null, obsid, obsid + 590_000_000L, t, new Footprint.Circle(t.ra(), t.dec(), STAMP_RADIUS));
    }

    // ------------------------------------------------------------------ FFI groups

    private static long groupId(int sector, int index) {
        return ObsIds.GROUP_BASE + 16L * sector + index;
    }

    @Override
    public Stream<Observation> groups() {
        return IntStream.rangeClosed(1, TessSector.LAST).boxed()
                .flatMap(n -> IntStream.range(0, 16).mapToObj(i -> ffiGroup(TessSector.of(n), i)));
    }

    @Override
    public Stream<Observation> groupsNear(double ra, double dec, double radius) {
        List<Observation> out = new ArrayList<>();
        for (int n = 1; n <= TessSector.LAST; n++) {
            TessSector s = TessSector.of(n);
            List<Footprint.Box> boxes = s.ccds();
            for (int i = 0; i < boxes.size(); i++) {
                if (boxes.get(i).overlaps(ra, dec, radius)) {
                    out.add(ffiGroup(s, i));
                }
            }
        }
        return out.stream();
    }

    @Override
    public Optional<Observation> group(long obsid) {
        long offset = obsid - ObsIds.GROUP_BASE;
        int sector = (int) (offset / 16);
        if (offset < 16 || sector > TessSector.LAST) {
            return Optional.empty();
        }
        return Optional.of(ffiGroup(TessSector.of(sector), (int) (offset % 16)));
    }

    private Observation ffiGroup(TessSector s, int index) {
        Footprint.Box box = s.ccds().get(index);
        int camera = index / 4 + 1;
        int ccd = index % 4 + 1;
        Target standIn = new Target(Mission.TESS, -1, "TESS FFI", 0, "TESS FFI", box.ra(), box.dec(), 0,
                List.of(s.number()), List.of(10 * camera + ccd), List.of(), List.of(), List.of(), false,
                "stand-in for a full-frame-image group");
        long obsid = groupId(s.number(), index);
        return new Observation("science", "TESS", "SPOC", "Photometer", "TESS", "TESS", "Optical", "TESS FFI", null,
                "tess-" + s.code() + "-" + camera + "-" + ccd, box.ra(), box.dec(), "image", "Ricker, George", 2,
                s.btjdStart() + TessSector.MJD_OFFSET, s.btjdEnd() + TessSector.MJD_OFFSET, s.ffiExposure(), 600,
                1000, null, (int) Math.round(s.btjdEnd() + TessSector.MJD_OFFSET + 60), null, null, s.number(),
                box.polygon(), null, null, "PUBLIC", false, null, obsid, obsid + 63_000_000L, standIn, box);
    }

    private List<Product> ffiProducts(Observation o) {
        TessSector s = TessSector.of(o.sequenceNumber());
        int camera = o.target().detectors().get(0) / 10;
        int ccd = o.target().detectors().get(0) % 10;
        double step = (s.number() <= 26 ? 1800 : s.number() <= 55 ? 600 : 200) / 86400.0;
        int frames = (int) ((s.btjdEnd() - s.btjdStart()) / step);
        List<Product> out = new ArrayList<>(frames);
        for (int i = 0; i < frames; i++) {
            double btjd = s.btjdStart() + i * step;
            String stamp = TessSector.stamp(btjd);
            String file = "tess" + stamp + "-" + s.code() + "-" + camera + "-" + ccd + "-" + Text.pad(s.scid(), 4)
                    + "-s_ffic.fits";
            String key = "tess/public/ffi/" + s.code() + "/" + stamp.substring(0, 4) + "/" + stamp.substring(4, 7)
                    + "/" + camera + "-" + ccd + "/" + file;
            String uri = "mast:TESS/product/" + file;
            out.add(new Product(o.obsid(), "TESS", "image", o.obsId(), "Calibrated full frame image", "S", uri,
                    "SCIENCE", null, "FFIC", null, "SPOC", prvversion(s), null, file, FFI_BYTES, o.obsid(), "PUBLIC",
                    2, "TESS", o.target(), Optional.of(key), CloudState.PUBLIC,
                    new PlaceholderSpec(Hash.of(seed, uri), FFI_BYTES)));
        }
        return out;
    }

    @Override
    public Optional<Product> groupProduct(String uriOrKey) {
        String name = uriOrKey.substring(uriOrKey.lastIndexOf('/') + 1);
        Matcher m = FFI_FILE.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        int sector = Integer.parseInt(m.group(2));
        int index = 4 * (Integer.parseInt(m.group(3)) - 1) + Integer.parseInt(m.group(4)) - 1;
        if (sector < 1 || sector > TessSector.LAST || index < 0 || index > 15) {
            return Optional.empty();
        }
        return ffiProducts(ffiGroup(TessSector.of(sector), index)).stream()
                .filter(p -> p.dataUri().equalsIgnoreCase(uriOrKey) || p.s3Key().orElseThrow().equals(uriOrKey))
                .findFirst();
    }

    // ------------------------------------------------------------------ products

    @Override
    public List<Product> products(Observation o) {
        if (ObsIds.group(o.obsid())) {
            return ffiProducts(o);
        }
        Target t = o.target();
        int slot = ObsIds.slot(o.obsid());
        TessSector s = TessSector.of(t.seasons().get(slot / 8));
        Kind kind = Kind.values()[slot % 8];
        return switch (kind) {
            case SPOC -> List.of(spocProduct(o, t, s, "_lc.fits", "Light curves", "LC", false),
                    spocProduct(o, t, s, "_tp.fits", "Target pixel files", "TP", false));
            case FAST -> List.of(spocProduct(o, t, s, "-lc.fits", "Fast-cadence light curves", "FAST-LC", true),
                    spocProduct(o, t, s, "-tp.fits", "Fast-cadence target pixel files", "FAST-TP", true));
            case QLP, TESS_SPOC -> List.of(hlspProduct(o, t, s, kind));
        };
    }

    private Product spocProduct(Observation o, Target t, TessSector s, String suffix, String description,
                                String subgroup, boolean fast) {
        String file = o.obsId() + suffix;
        String uri = "mast:TESS/product/" + file;
        String tic = t.paddedId();
        String key = keyRoot + "tid/" + s.code() + "/" + tic.substring(0, 4) + "/" + tic.substring(4, 8) + "/"
                + tic.substring(8, 12) + "/" + tic.substring(12, 16) + "/" + file;
        boolean lightCurve = subgroup.endsWith("LC");
        LightCurveSpec.Cadence cadence = fast ? LightCurveSpec.Cadence.TESS_20S : LightCurveSpec.Cadence.TESS_2MIN;
        var content = lightCurve ? lightCurve(t, s, cadence, uri)
                : new PlaceholderSpec(Hash.of(seed, uri), (fast ? 20_000_000 : 8_000_000)
                + 2880L * (long) (Hash.unit(Hash.of(seed ^ 0x51E, uri)) * 2000));
        long size = content instanceof LightCurveSpec lc ? fits.size(lc) : ((PlaceholderSpec) content).size();
        return new Product(o.obsid(), "TESS", "timeseries", o.obsId(), description, "S", uri, "SCIENCE", MRP, subgroup,
                null, "SPOC", prvversion(s), o.proposalId(), file, size, o.obsid(), "PUBLIC", 3, "TESS", t,
                Optional.of(key), gaps.state(t, lightCurve && !fast, key, seed), content);
    }

    private Product hlspProduct(Observation o, Target t, TessSector s, Kind kind) {
        String uri = o.dataUrl();
        String collection = kind == Kind.QLP ? "qlp" : "tess-spoc";
        String key = "mast/hlsp/" + collection + "/" + uri.substring(("mast:HLSP/" + collection + "/").length());
        long size = 2880L * (60 + (long) (Hash.unit(Hash.of(seed ^ 0x51E, uri)) * 200));
        return new Product(o.obsid(), "HLSP", "timeseries", o.obsId(), "FITS", "S", uri, "SCIENCE", MRP, null, null,
                kind == Kind.QLP ? "QLP" : "TESS-SPOC", null, "N/A", uri.substring(uri.lastIndexOf('/') + 1), size,
                o.obsid(), "PUBLIC", 4, "TESS", t, Optional.of(key), gaps.state(t, false, key, seed),
                new PlaceholderSpec(Hash.of(seed, uri), size));
    }

    private static String prvversion(TessSector s) {
        return s.number() < 14 ? "spoc-4.0.14-20200108" : "spoc-5.0.24-20210305";
    }

    private LightCurveSpec lightCurve(Target t, TessSector s, LightCurveSpec.Cadence cadence, String uri) {
        SplittableRandom r = new SplittableRandom(Hash.combine(seed, t.id(), 0x7A9));
        int size = 9 + 2 * r.nextInt(3);
        int first = SECTOR_1_FIRST_CADENCE + (int) Math.round((s.btjdStart() - TessSector.of(1).btjdStart())
                / cadence.days);
        LocalDate created = LocalDate.of(1858, 11, 17).plusDays((long) (s.btjdEnd() + TessSector.MJD_OFFSET + 20));
        return new LightCurveSpec(LightCurveSpec.Flavour.TESS, cadence, t.id(), s.number(), s.number(), t.ra(),
                t.dec(), t.magnitude(), K2Section.rows(s.btjdStart(), s.btjdEnd(), cadence), first, s.btjdStart(),
                size, size, t.detector(s.number()), K2Section.transits(t, 2457000), Hash.of(seed, uri),
                created.toString());
    }

    // ------------------------------------------------------------------ reverse lookups

    @Override
    public boolean ownsUri(String uri) {
        String lower = uri.toLowerCase(Locale.ROOT);
        return lower.startsWith("mast:tess/") || lower.startsWith("mast:hlsp/qlp/")
                || lower.startsWith("mast:hlsp/tess-spoc/");
    }

    @Override
    public boolean ownsKey(String key) {
        return key.startsWith("tess/public/") || key.startsWith(keyRoot) || key.startsWith("mast/hlsp/qlp/")
                || key.startsWith("mast/hlsp/tess-spoc/");
    }

    @Override
    public Optional<Target> targetOf(String uriOrKey) {
        String name = uriOrKey.substring(uriOrKey.lastIndexOf('/') + 1);
        Matcher m = TIC16.matcher(name);
        return m.find() ? Optional.ofNullable(byTic.get(Long.parseLong(m.group(1)))) : Optional.empty();
    }
}
