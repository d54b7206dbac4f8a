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

import radio.sim.content.ContentSpec;
import radio.sim.content.LightCurveFits;
import radio.sim.content.LightCurveSpec;
import radio.sim.content.PlaceholderSpec;
import radio.sim.content.Transit;

/**
 * Derives K2 observations and products from K2 targets, following mast-api.md section 5.1 and the recorded
 * 2026 responses: pipeline observations {@code ktwo<EPIC>-c<CC>_lc|_sc}, split campaigns, K2SFF, EVEREST and K2SC
 * high-level products, {@code mast:K2/url/missions/k2/...} data URIs and {@code k2/public/...} keys.
 *
 * <p>K2SC (campaigns 3-8 here; the real collection's coverage was not checked): observation
 * {@code hlsp_k2sc_k2_llc_<EPIC>-c<CC>_kepler_v2_lc}, one light curve
 * {@code mast:HLSP/k2sc/v2/c<CC>/<EPIC[0:4]>00000/hlsp_k2sc_k2_llc_<EPIC>-c<CC>_kepler_v2_lc.fits}; like the other
 * K2 HLSPs it is not in the bucket.
 *
 * <p>Observation slots ({@link ObsIds}): {@code campaignIndex * 16 + kind * 2 + half}. Immutable and thread-safe.
 */
final class K2Section implements Section {
    private static final double FOOTPRINT_RADIUS = 0.00111111;
    private static final double HLSP_FOOTPRINT_RADIUS = 0.0011111111111111111;
    /** MJD of CADENCENO 0 for Kepler/K2 (fits the recorded C1 and C4 files and Kepler's Q1). */
    static final double KEPLER_CADENCE_ZERO_MJD = 54941.43;
    /** BKJD = MJD - this (BJD 2454833 is MJD 54832.5; barycentric offsets are ignored). */
    static final double BKJD_MJD = 54832.5;
    static final double BKJD_BJD = 2454833;
    private static final String MRP = "Minimum Recommended Products";

    private static final Pattern PIPELINE_FILE = Pattern.compile("ktwo(\\d{9})-c(\\d{2,3})_");
    private static final Pattern HLSP_FILE =
            Pattern.compile("hlsp_(?:k2sff_k2_lightcurve|everest_k2_llc|k2sc_k2_llc)_(\\d{9})-c(\\d{2,3})_");

    enum Kind {
        LONG, SHORT, K2SFF, EVEREST, K2SC;

        boolean pipeline() {
            return this == LONG || this == SHORT;
        }
    }

    private enum FileKind {
        LLC("lightcurves", "_llc.fits", "Lightcurve Long Cadence (KLC) - ", "SCIENCE", MRP, "LLC"),
        SLC("lightcurves", "_slc.fits", "Lightcurve Short Cadence (KSC) - ", "SCIENCE", MRP, "SLC"),
        LPD("target_pixel_files", "_lpd-targ.fits.gz", "Target Pixel Long Cadence (KTL) - ", "SCIENCE", MRP,
                "LPD-TARG"),
        SPD("target_pixel_files", "_spd-targ.fits.gz", "Target Pixel Short Cadence (KTS) - ", "SCIENCE", MRP,
                "SPD-TARG"),
        PREVIEW("previews", "_llc_bw_large.png", "Preview-Full", "PREVIEW", null, null);

        final String folder;
        final String suffix;
        final String description;
        final String productType;
        final String group;
        final String subgroup;

        FileKind(String folder, String suffix, String description, String productType, String group,
                 String subgroup) {
            this.folder = folder;
            this.suffix = suffix;
            this.description = description;
            this.productType = productType;
            this.group = group;
            this.subgroup = subgroup;
        }
    }

    private final Map<Long, Target> byEpic;
    private final long seed;
    private final CloudGaps gaps;
    private final LightCurveFits fits;
    private final String keyRoot;
    private final Map<Long, LabelledStar> labelled;

    /**
     * @param keyRoot  bucket prefix of pipeline products, {@code k2/public/} unless moved ({@link CatalogueSpec})
     * @param labelled the labelled stars by EPIC id: their light curves carry their own scene instead of the
     *                 simple transits of their planets
     */
    K2Section(Map<Long, Target> byEpic, long seed, CloudGaps gaps, LightCurveFits fits, String keyRoot,
              Map<Long, LabelledStar> labelled) {
        this.byEpic = byEpic;
        this.seed = seed;
        this.gaps = gaps;
        this.fits = fits;
        this.keyRoot = keyRoot;
        this.labelled = Map.copyOf(labelled);
    }

    // ------------------------------------------------------------------ observations

    @Override
    public List<Observation> observations(Target t) {
        List<Observation> out = new ArrayList<>();
        for (int ci = 0; ci < t.seasons().size(); ci++) {
            K2Campaign c = K2Campaign.of(t.seasons().get(ci));
            for (int part : observedParts(c)) {
                out.add(pipeline(t, ci, c, part, Kind.LONG));
            }
            if (t.shortCadenceSeasons().contains(c.number())) {
                for (int part : observedParts(c)) {
                    out.add(pipeline(t, ci, c, part, Kind.SHORT));
                }
            }
            if (hasEverest(c)) {
                for (int part : observedParts(c)) {
                    out.add(hlsp(t, ci, c, part, Kind.EVEREST));
                }
            }
            if (hasK2sff(c)) {
                for (int part : observedParts(c)) {
                    out.add(hlsp(t, ci, c, part, Kind.K2SFF));
                }
            }
            if (hasK2sc(c)) {
                out.add(hlsp(t, ci, c, 0, Kind.K2SC));
            }
        }
        return out;
    }

    /** The campaign parts that get their own observations (and HLSP observations). */
    private static List<Integer> observedParts(K2Campaign c) {
        return switch (c.split()) {
            case NONE -> List.of(0);
            case OBSERVATION_PER_HALF -> List.of(0, 1);
            case ONE_OBSERVATION_SECOND_HALF_LIGHT_CURVE -> List.of(1);
        };
    }

    private static boolean hasEverest(K2Campaign c) {
        return c.number() >= 1 && c.number() <= 13 && c.number() != 9;
    }

    private static boolean hasK2sff(K2Campaign c) {
        return c.number() >= 1;
    }

    private static boolean hasK2sc(K2Campaign c) {
        return c.number() >= 3 && c.number() <= 8;
    }

    private static long obsid(Target t, int campaignIndex, Kind kind, int part) {
        int slot = campaignIndex * 16 + kind.ordinal() * 2 + part;
        return kind.pipeline() ? ObsIds.pipeline(t, slot) : ObsIds.hlsp(t, slot);
    }

    private Observation pipeline(Target t, int ci, K2Campaign c, int part, Kind kind) {
        K2Campaign.Part p = c.parts().get(part);
        String code = c.split() == K2Campaign.Split.OBSERVATION_PER_HALF ? p.fileCode() : c.twoDigits();
        String obsId = t.targetName() + "-c" + code + (kind == Kind.LONG ? "_lc" : "_sc");
        String jpeg = null;
        String data;
        if (c.pipelineLightCurves()) {
            FileKind lc = kind == Kind.LONG ? FileKind.LLC : FileKind.SLC;
            data = uri(t, p, lc);
            jpeg = kind == Kind.LONG ? uri(t, p, FileKind.PREVIEW) : null;
        } else {
            data = uri(t, p, kind == Kind.LONG ? FileKind.LPD : FileKind.SPD);
        }
        long obsid = obsid(t, ci, kind, part);
        double offset = kind == Kind.SHORT ? -6e-8 : 0;
        return new Observation("science", "K2", "K2", "Kepler", "K2", "KEPLER", "Optical", t.targetName(), null,
                obsId, t.ra(), t.dec(), "timeseries", null, 2, round(p.mjdStart() + offset, 8),
                round(p.mjdEnd(), 8), kind == Kind.LONG ? 1800 : 60, 420, 910, null, release(c),
                proposalId(t, c), null, c.number(),
                "CIRCLE ICRS " + Text.fixed(t.ra(), 8) + " " + Text.fixed(t.dec(), 8) + " "
                        + Text.fixed(FOOTPRINT_RADIUS, 8),
                jpeg, data, "PUBLIC", false, null, obsid, obsid + 63_000_000L, t,
                new Footprint.Circle(t.ra(), t.dec(), FOOTPRINT_RADIUS));
    }

    private Observation hlsp(Target t, int ci, K2Campaign c, int part, Kind kind) {
        K2Campaign.Part p = c.parts().get(part);
        String code = hlspCode(c, p);
        String base = hlspBase(t, code, kind);
        String obsId = switch (kind) {
            case K2SFF -> "hlsp_k2sff_k2_lightcurve_" + t.paddedId() + "-" + code + "_kepler_v1_llc";
            case EVEREST -> "hlsp_everest_k2_llc_" + t.paddedId() + "-" + code + "_kepler_v2.0_lc";
            default -> "hlsp_k2sc_k2_llc_" + t.paddedId() + "-" + code + "_kepler_v2_lc";
        };
        String pi = switch (kind) {
            case K2SFF -> "Andrew Vanderburg";
            case EVEREST -> "Rodrigo Luger";
            default -> "Suzanne Aigrain";
        };
        Number released = switch (kind) {
            case K2SFF -> 58689.620405;
            case EVEREST -> 58723.61931702;
            default -> 57754.5;
        };
        String preview = switch (kind) {
            case K2SFF -> base + "llc.png";
            case EVEREST -> base + "dvs-prev.png";
            default -> null;
        };
        long obsid = obsid(t, ci, kind, part);
        return new Observation("science", "HLSP", kind.name(), "Kepler", "K2", "KEPLER", "OPTICAL",
                t.targetName(), null, obsId, t.ra(), t.dec(), "timeseries", pi, 4, p.mjdStart(), p.mjdEnd(), 1800,
                418.4, 905, null, released, "N/A", null, c.number(),
                "CIRCLE " + t.ra() + " " + t.dec() + " " + HLSP_FOOTPRINT_RADIUS,
                preview, base + (kind == Kind.K2SFF ? "llc.fits" : "lc.fits"), "PUBLIC", false,
                null, obsid, obsid + 590_000_000L, t,
                new Footprint.Circle(t.ra(), t.dec(), HLSP_FOOTPRINT_RADIUS));
    }

    /** HLSP campaign code: {@code c03} for ordinary campaigns, the split code ({@code c91}, {@code c102}) otherwise. */
    private static String hlspCode(K2Campaign c, K2Campaign.Part p) {
        return c.split() == K2Campaign.Split.NONE ? "c" + c.twoDigits() : "c" + p.fileCode();
    }

    private static String hlspBase(Target t, String code, Kind kind) {
        String e = t.paddedId();
        String folder = code + "/" + e.substring(0, 4) + "00000/" + e.substring(4, 9) + "/";
        return switch (kind) {
            case K2SFF -> "mast:HLSP/k2sff/" + folder + "hlsp_k2sff_k2_lightcurve_" + e + "-" + code + "_kepler_v1_";
            case EVEREST -> "mast:HLSP/everest/v2/" + folder + "hlsp_everest_k2_llc_" + e + "-" + code
                    + "_kepler_v2.0_";
            default -> "mast:HLSP/k2sc/v2/" + code + "/" + e.substring(0, 4) + "00000/hlsp_k2sc_k2_llc_" + e + "-"
                    + code + "_kepler_v2_";
        };
    }

    private static Integer release(K2Campaign c) {
        return (int) Math.round(c.parts().get(c.parts().size() - 1).mjdEnd() + 92);
    }

    private String proposalId(Target t, K2Campaign c) {
        SplittableRandom r = new SplittableRandom(Hash.combine(seed, t.id(), c.number(), 7));
        int programs = 1 + r.nextInt(3);
        List<String> ids = new ArrayList<>();
        int next = 1 + r.nextInt(40);
        for (int i = 0; i < programs; i++) {
            ids.add("GO" + c.number() + Text.pad(next, 3));
            next += 1 + r.nextInt(40);
        }
        return String.join("_", ids);
    }

    // ------------------------------------------------------------------ products

    @Override
    public List<Product> products(Observation o) {
        Target t = o.target();
        int slot = ObsIds.slot(o.obsid());
        int ci = slot / 16;
        Kind kind = Kind.values()[(slot % 16) / 2];
        int part = slot % 2;
        K2Campaign c = K2Campaign.of(t.seasons().get(ci));
        return switch (kind) {
            case LONG, SHORT -> pipelineProducts(o, t, ci, c, part, kind);
            case K2SFF -> k2sffProducts(o, t, c, c.parts().get(part));
            case EVEREST -> everestProducts(o, t, c, c.parts().get(part));
            case K2SC -> List.of(hlspProduct(o, t, hlspBase(t, hlspCode(c, c.parts().get(part)), Kind.K2SC)
                    + "lc.fits", "FITS", "SCIENCE", MRP, "K2SC", null, fitsBlocks(1_200_000), 400_000));
        };
    }

    private List<Product> pipelineProducts(Observation o, Target t, int ci, K2Campaign c, int part, Kind kind) {
        K2Campaign.Part p = c.parts().get(part);
        List<Integer> pixelParts = c.split() == K2Campaign.Split.ONE_OBSERVATION_SECOND_HALF_LIGHT_CURVE
                ? List.of(0, 1) : List.of(part);
        List<Product> out = new ArrayList<>();
        boolean lightCurves = c.pipelineLightCurves();
        if (kind == Kind.LONG) {
            if (lightCurves) {
                out.add(k2Product(o, t, c, p, FileKind.PREVIEW));
                out.add(k2Product(o, t, c, p, FileKind.LLC));
            }
            for (int pp : pixelParts) {
                out.add(k2Product(o, t, c, c.parts().get(pp), FileKind.LPD));
            }
        } else {
            if (lightCurves) {
                out.add(k2Product(o, t, c, p, FileKind.SLC));
            }
            for (int pp : pixelParts) {
                out.add(k2Product(o, t, c, c.parts().get(pp), FileKind.SPD));
            }
            if (lightCurves) {
                // MAST also lists the long-cadence light curve under the short-cadence observation; clients
                // must de-duplicate on dataURI. parent_obsid still names the long-cadence observation.
                Observation longObs = pipeline(t, ci, c, part, Kind.LONG);
                out.add(k2Product(longObs, t, c, p, FileKind.LLC).listedUnder(o.obsid(), o.obsId()));
            }
        }
        return out;
    }

    private Product k2Product(Observation o, Target t, K2Campaign c, K2Campaign.Part p, FileKind kind) {
        String rest = rest(t, p, kind);
        String uri = "mast:K2/url/missions/k2/" + rest;
        String key = keyRoot + rest;
        String description = kind == FileKind.PREVIEW ? kind.description : kind.description + p.label();
        ContentSpec content = switch (kind) {
            case LLC -> lightCurve(t, c, p, uri, LightCurveSpec.Cadence.KEPLER_LONG);
            case SLC -> lightCurve(t, c, p, uri, LightCurveSpec.Cadence.KEPLER_SHORT);
            case LPD -> placeholder(uri, 250_000 + span(uri, 1_250_000));
            case SPD -> placeholder(uri, 2_000_000 + span(uri, 4_000_000));
            case PREVIEW -> placeholder(uri, 15_000 + span(uri, 12_000));
        };
        long size = content instanceof LightCurveSpec lc ? fits.size(lc) : ((PlaceholderSpec) content).size();
        CloudState cloud = gaps.state(t, kind == FileKind.LLC, key, seed);
        return new Product(o.obsid(), "K2", "timeseries", o.obsId(), description, "S", uri, kind.productType,
                kind.group, kind.subgroup, null, "K2", c.prvversion(), o.proposalId(), fileName(rest), size,
                o.obsid(), "PUBLIC", 2, "KEPLER", t, Optional.of(key), cloud, content);
    }

    private List<Product> k2sffProducts(Observation o, Target t, K2Campaign c, K2Campaign.Part p) {
        String base = hlspBase(t, hlspCode(c, p), Kind.K2SFF);
        List<Product> out = new ArrayList<>();
        out.add(hlspProduct(o, t, base + "correction.png", "Image", "AUXILIARY", MRP, "K2SFF", "15", 9_000, 8_000));
        out.add(hlspProduct(o, t, base + "image.png", "Image", "AUXILIARY", MRP, "K2SFF", "15", 5_000, 4_000));
        out.add(hlspProduct(o, t, base + "medians.png", "Image", "AUXILIARY", MRP, "K2SFF", "15", 3_500, 2_000));
        out.add(hlspProduct(o, t, base + "skypos.png", "Image", "AUXILIARY", MRP, "K2SFF", "15", 6_000, 3_000));
        out.add(hlspProduct(o, t, base + "llc.png", "Preview-Full", "PREVIEW", null, "K2SFF", "15", 20_000, 15_000));
        out.add(hlspProduct(o, t, base + "allfiles.tar.gz", "GZIP file", "SCIENCE", null, "K2SFF", "15",
                1_500_000, 1_000_000));
        out.add(hlspProduct(o, t, base + "llc-default-aper.txt", "Text", "SCIENCE", MRP, "K2SFF", "15",
                60_000, 25_000));
        out.add(hlspProduct(o, t, base + "llc.fits", "FITS", "SCIENCE", MRP, "K2SFF", "15",
                fitsBlocks(2_300_000), 1_000_000));
        return out;
    }

    private List<Product> everestProducts(Observation o, Target t, K2Campaign c, K2Campaign.Part p) {
        String base = hlspBase(t, hlspCode(c, p), Kind.EVEREST);
        List<Product> out = new ArrayList<>();
        out.add(hlspProduct(o, t, base + "dvs-0.png", "Image", "AUXILIARY", MRP, "EVEREST", null, 150_000, 90_000));
        out.add(hlspProduct(o, t, base + "dvs-1.png", "Image", "AUXILIARY", MRP, "EVEREST", null, 350_000, 120_000));
        out.add(hlspProduct(o, t, base + "dvs.pdf", "PDF", "AUXILIARY", MRP, "EVEREST", null, 300_000, 80_000));
        out.add(hlspProduct(o, t, base + "dvs-prev.png", "Preview-Full", "PREVIEW", null, "EVEREST", null,
                5_000, 2_500));
        out.add(hlspProduct(o, t, base + "lc.fits", "FITS", "SCIENCE", MRP, "EVEREST", null,
                fitsBlocks(10_000_000), 3_000_000));
        return out;
    }

    private Product hlspProduct(Observation o, Target t, String uri, String description, String productType,
                                String group, String project, String prvversion, long minSize, long spread) {
        long size = minSize + span(uri, spread);
        if (uri.endsWith(".fits")) {
            size = fitsBlocks(size);
        }
        return new Product(o.obsid(), "HLSP", "timeseries", o.obsId(), description, "S", uri, productType, group,
                null, null, project, prvversion, "N/A", fileName(uri), size, o.obsid(), "PUBLIC", 4, "KEPLER", t,
                Optional.empty(), CloudState.NOT_IN_CLOUD, placeholder(uri, size));
    }

    private static String rest(Target t, K2Campaign.Part p, FileKind kind) {
        String e = t.paddedId();
        return kind.folder + "/" + p.folderCode() + "/" + e.substring(0, 4) + "00000/" + e.substring(4, 6) + "000/"
                + "ktwo" + e + "-c" + p.fileCode() + kind.suffix;
    }

    private static String uri(Target t, K2Campaign.Part p, FileKind kind) {
        return "mast:K2/url/missions/k2/" + rest(t, p, kind);
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private LightCurveSpec lightCurve(Target t, K2Campaign c, K2Campaign.Part p, String uri,
                                      LightCurveSpec.Cadence cadence) {
        SplittableRandom r = new SplittableRandom(Hash.combine(seed, t.id(), 0xA9E));
        int width = 5 + r.nextInt(10);
        int height = 5 + r.nextInt(10);
        LocalDate created = LocalDate.of(1858, 11, 17).plusDays(release(c) - 20L);
        LabelledStar scene = labelled.get(t.id());
        return new LightCurveSpec(LightCurveSpec.Flavour.K2, cadence, t.id(), c.number(), c.dataRelease(), t.ra(),
                t.dec(), t.magnitude(), rows(p.mjdStart(), p.mjdEnd(), cadence),
                (int) Math.round((p.mjdStart() - KEPLER_CADENCE_ZERO_MJD) / cadence.days),
                p.mjdStart() - BKJD_MJD, width, height, t.detector(c.number()),
                scene == null ? transits(t, BKJD_BJD) : List.of(), Hash.of(seed, uri), created.toString(),
                scene == null ? List.of() : scene.signals());
    }

    /** Rows of a light curve spanning {@code mjdStart..mjdEnd} (first and last cadence mid-times). */
    static int rows(double mjdStart, double mjdEnd, LightCurveSpec.Cadence cadence) {
        return (int) Math.round((mjdEnd - mjdStart) / cadence.days) + 1;
    }

    /** The host's transits with epochs moved to a file time system ({@code BJD - bjdRef}). */
    static List<Transit> transits(Target t, double bjdRef) {
        return t.planets().stream()
                .map(pl -> new Transit(pl.periodDays(), pl.epochBjd() - bjdRef, pl.durationDays(), pl.depthFraction()))
                .toList();
    }

    private PlaceholderSpec placeholder(String uri, long size) {
        return new PlaceholderSpec(Hash.of(seed, uri), size);
    }

    private long span(String uri, long spread) {
        return (long) (Hash.unit(Hash.of(seed ^ 0x51E, uri)) * spread);
    }

    private static long fitsBlocks(long bytes) {
        return (bytes + 2879) / 2880 * 2880;
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    // ------------------------------------------------------------------ reverse lookups

    /** The target a K2 data URI or S3 key belongs to, from the EPIC id inside its file name. */
    @Override
    public Optional<Target> targetOf(String uriOrKey) {
        String name = fileName(uriOrKey);
        Matcher m = PIPELINE_FILE.matcher(name);
        if (!m.lookingAt()) {
            m = HLSP_FILE.matcher(name);
            if (!m.lookingAt()) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(byEpic.get(Long.parseLong(m.group(1))));
    }

    @Override
    public boolean ownsUri(String uri) {
        String lower = uri.toLowerCase(Locale.ROOT);
        return lower.startsWith("mast:k2/") || lower.startsWith("mast:hlsp/k2sff/")
                || lower.startsWith("mast:hlsp/everest/") || lower.startsWith("mast:hlsp/k2sc/");
    }

    @Override
    public boolean ownsKey(String key) {
        return key.startsWith(keyRoot);
    }
}
