package radio.sim.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import radio.sim.content.PlaceholderSpec;

/**
 * The simulated Webb observations, with JWST's real naming rules (the programme, target and PI are synthetic):
 *
 * <ul>
 *   <li>exposure-level (stage 2) observations {@code jw<PPPPP><OOO><VVV>_<GG><S><AA>_<EEEEE>_<detector>}, e.g.
 *       {@code jw02736001001_02101_00001_nrcb1} ({@code calib_level} 2), with products {@code _uncal.fits}
 *       (UNCAL), {@code _rate.fits} (RATE), {@code _cal.fits} (CAL) and their stage-2 association
 *       {@code jw02736-o001_<yyyymmddThhmmss>_image2_<nnnnn>_asn.json} (ASN);</li>
 *   <li>combined (stage 3) observations {@code jw<PPPPP>-o<OOO>_t<TTT>_<instrument>_<optical element>}, e.g.
 *       {@code jw02736-o001_t001_nircam_clear-f090w} ({@code calib_level} 3), with {@code _i2d.fits} (I2D),
 *       {@code _segm.fits} (SEGM), {@code _cat.ecsv} (CAT), the stage-3 association (ASN) and the members'
 *       {@code _cal.fits} listed again with their own {@code obs_id};</li>
 *   <li>"Minimum Recommended Products" on CAL, I2D and CAT;</li>
 *   <li>data URIs {@code mast:JWST/product/<file>}. Keys: mast-api.md section 7.4 gives no JWST rule; the
 *       simulation assumes {@code jwst/public/jw<PPPPP>/<dataset>/<file>}, where the dataset is the file name
 *       without its last {@code _<suffix>} for exposure and combined products, and the observation listing it
 *       for association files. Clients must take JWST keys from {@code path_lookup}.</li>
 * </ul>
 * Sizes are deterministic and far smaller than real files (placeholder bytes). Observation ids are group ids
 * {@code 2,000,200,000 + n}.
 */
final class JwstPrograms {
    static final String URI_PREFIX = "mast:JWST/product/";
    static final String KEY_PREFIX = "jwst/public/";
    private static final String MRP = "Minimum Recommended Products";
    private static final long FIRST_OBSID = ObsIds.GROUP_BASE + 200_000L;
    private static final String PROGRAMME = "02736";
    private static final String VERSION = "20220712t161855";
    private static final String TARGET = "SMACS-0723";
    private static final double RA = 110.8375;
    private static final double DEC = -73.454722;
    private static final List<String> FILTERS = List.of("F090W", "F150W", "F200W");
    private static final List<String> DETECTORS = List.of("nrcb1", "nrcb2");
    private static final int DITHERS = 2;

    private JwstPrograms() {
    }

    /** Every simulated JWST observation with its products. */
    static List<ProgramSection.Listed> generate(long seed) {
        Target field = new Target(Mission.JWST, -1, TARGET, 0, TARGET, RA, DEC, 0, List.of(1), List.of(0), List.of(),
                List.of(), List.of(), false, "stand-in for a JWST target field");
        List<ProgramSection.Listed> out = new ArrayList<>();
        long next = FIRST_OBSID;
        int asnCounter = 1;
        for (int f = 0; f < FILTERS.size(); f++) {
            String filter = FILTERS.get(f);
            String combined = "jw" + PROGRAMME + "-o001_t001_nircam_clear-" + filter.toLowerCase(java.util.Locale.ROOT);
            long combinedId = next++;
            List<ProgramSection.Listed> exposures = new ArrayList<>();
            List<Product> members = new ArrayList<>();
            for (int d = 1; d <= DITHERS; d++) {
                for (String detector : DETECTORS) {
                    String dataset = "jw" + PROGRAMME + "001001_021" + Text.pad(2L * f + 1, 2) + "_"
                            + Text.pad(d, 5) + "_" + detector;
                    Observation o = observation(field, dataset, next++, 2, filter, 1245.6,
                            URI_PREFIX + dataset + "_cal.fits");
                    List<Product> files = new ArrayList<>();
                    files.add(product(seed, o, dataset, dataset + "_uncal.fits", "Uncalibrated exposure", "SCIENCE",
                            null, "UNCAL", 180_000));
                    files.add(product(seed, o, dataset, dataset + "_rate.fits", "Countrate exposure", "SCIENCE", null,
                            "RATE", 120_000));
                    Product cal = product(seed, o, dataset, dataset + "_cal.fits", "Calibrated exposure", "SCIENCE",
                            MRP, "CAL", 240_000);
                    files.add(cal);
                    files.add(product(seed, o, dataset, "jw" + PROGRAMME + "-o001_" + VERSION + "_image2_"
                            + Text.pad(asnCounter++, 5) + "_asn.json", "Association pool", "INFO", null, "ASN", 1_500));
                    members.add(cal);
                    exposures.add(new ProgramSection.Listed(o, files));
                }
            }
            Observation c = observation(field, combined, combinedId, 3, filter, 1245.6 * DITHERS * DETECTORS.size(),
                    URI_PREFIX + combined + "_i2d.fits");
            List<Product> files = new ArrayList<>();
            files.add(product(seed, c, combined, combined + "_i2d.fits", "Combined image", "SCIENCE", MRP, "I2D",
                    900_000));
            files.add(product(seed, c, combined, combined + "_segm.fits", "Segmentation map", "SCIENCE", null, "SEGM",
                    300_000));
            files.add(product(seed, c, combined, combined + "_cat.ecsv", "Source catalog", "SCIENCE", MRP, "CAT",
                    60_000));
            files.add(product(seed, c, combined, "jw" + PROGRAMME + "-o001_" + VERSION + "_image3_"
                    + Text.pad(f + 1, 5) + "_asn.json", "Association pool", "INFO", null, "ASN", 2_500));
            for (Product m : members) {
                files.add(m.alsoListedUnder(c.obsid()));
            }
            out.add(new ProgramSection.Listed(c, files));
            out.addAll(exposures);
        }
        return out;
    }

    private static Observation observation(Target field, String obsId, long obsid, int calibLevel, String filter,
                                           double exptime, String dataUrl) {
        double start = 59_750 + Hash.unit(Hash.of(11, obsId)) * 2;
        return new Observation("science", "JWST", "CALJWST", "NIRCAM/IMAGE", "JWST", filter, "INFRARED", TARGET, null,
                obsId, RA, DEC, "image", "Somerville, Mary", calibLevel, start, start + exptime / 86_400.0, exptime,
                800, 2300, null, (int) Math.round(start + 2), String.valueOf(Integer.parseInt(PROGRAMME)), "ERS", -999,
                "CIRCLE ICRS " + Text.fixed(RA, 6) + " " + Text.fixed(DEC, 6) + " 0.04", null, dataUrl, "PUBLIC",
                false, null, obsid, obsid + 63_000_000L, field, new Footprint.Circle(RA, DEC, 0.04));
    }

    /** A product row keyed under {@code dataset}; size about {@code approxSize} bytes (FITS blocks for FITS). */
    private static Product product(long seed, Observation o, String dataset, String file, String description,
                                   String productType, String group, String subgroup, long approxSize) {
        String uri = URI_PREFIX + file;
        String key = KEY_PREFIX + "jw" + PROGRAMME + "/" + dataset + "/" + file;
        long size = approxSize + (long) (Hash.unit(Hash.of(seed ^ 0x3357, uri)) * approxSize / 10);
        if (file.endsWith(".fits")) {
            size = (size + 2879) / 2880 * 2880;
        }
        return new Product(o.obsid(), "JWST", "image", o.obsId(), description, "S", uri, productType, group,
                subgroup, null, "CALJWST", "1.8.2", o.proposalId(), file, size, o.obsid(), "PUBLIC", o.calibLevel(),
                o.filters(), o.target(), Optional.of(key), CloudState.PUBLIC,
                new PlaceholderSpec(Hash.of(seed, uri), size));
    }
}
