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

/**
 * Derives Kepler observations and products (mast-api.md section 5.2): one long-cadence observation per target
 * covering all its quarters ({@code kplr<KIC9>_lc_Q<18 flags>}, {@code sequence_number} -999, {@code dataURL} a
 * {@code .tar} bundle on the legacy archive) and, when it has short cadence, one short-cadence observation
 * ({@code kplr<KIC9>_sc_Q<months per quarter>}); per-quarter products {@code kplr<KIC9>-<stamp>_llc.fits} (LLC,
 * "Lightcurve Long Cadence (CLC) - Q4") and target pixel files, per-month short-cadence files. Data URIs are
 * {@code mast:KEPLER/url/missions/kepler/...}, keys {@code kepler/public/...}.
 *
 * <p>Slots: 0 long cadence, 1 short cadence. Immutable and thread-safe.
 */
final class KeplerSection implements Section {
    private static final String MRP = "Minimum Recommended Products";
    private static final Pattern FILE = Pattern.compile("kplr(\\d{9})[-_]");

    private final Map<Long, Target> byKic;
    private final long seed;
    private final CloudGaps gaps;
    private final LightCurveFits fits;
    private final String keyRoot;

    /** @param keyRoot bucket prefix of the products, {@code kepler/public/} unless moved ({@link CatalogueSpec}) */
    KeplerSection(Map<Long, Target> byKic, long seed, CloudGaps gaps, LightCurveFits fits, String keyRoot) {
        this.byKic = byKic;
        this.seed = seed;
        this.gaps = gaps;
        this.fits = fits;
        this.keyRoot = keyRoot;
    }

    @Override
    public List<Observation> observations(Target t) {
        List<Observation> out = new ArrayList<>();
        out.add(observation(t, false));
        if (t.shortCadence()) {
            out.add(observation(t, true));
        }
        return out;
    }

    private Observation observation(Target t, boolean shortCadence) {
        StringBuilder flags = new StringBuilder();
        double start = Double.MAX_VALUE;
        double end = 0;
        for (int q = 0; q <= 17; q++) {
            boolean observed = shortCadence ? t.shortCadenceSeasons().contains(q) : t.seasons().contains(q);
            if (shortCadence) {
                flags.append(observed ? KeplerQuarter.of(q).shortCadenceMonths().size() : 0);
            } else {
                flags.append(observed ? '1' : '0');
            }
            if (observed) {
                start = Math.min(start, KeplerQuarter.of(q).mjdStart());
                end = Math.max(end, quarterEnd(t, q));
            }
        }
        String e = t.paddedId();
        String obsId = "kplr" + e + (shortCadence ? "_sc_Q" : "_lc_Q") + flags;
        long obsid = ObsIds.pipeline(t, shortCadence ? 1 : 0);
        return new Observation("science", "Kepler", "Kepler", "Kepler", "Kepler", "KEPLER", "Optical",
                t.targetName(), null, obsId, t.ra(), t.dec(), "timeseries", null, 2, start, end,
                shortCadence ? 60 : 1800, 420, 910, "Kepler Key Project", (int) Math.round(end + 120), "EX", "Kepler",
                -999, "CIRCLE ICRS " + Text.fixed(t.ra(), 8) + " " + Text.fixed(t.dec(), 8) + " 0.00111111", null,
                "http://archive.stsci.edu/missions/kepler/lightcurves/" + e.substring(0, 4) + "/" + e + "/" + obsId
                        + ".tar", "PUBLIC", null, null, obsid, obsid + 63_000_000L, t,
                new Footprint.Circle(t.ra(), t.dec(), 0.00111111));
    }

    /** Last long cadence of a quarter for this target (Q4 ends early on module 3). */
    private static double quarterEnd(Target t, int q) {
        if (q == 4 && KeplerTargets.onModule3(t)) {
            return KeplerQuarter.Q4_MODULE_3_END;
        }
        return KeplerQuarter.of(q).mjdEnd();
    }

    private static String longStamp(Target t, int q) {
        return q == 4 && KeplerTargets.onModule3(t) ? KeplerQuarter.Q4_MODULE_3_STAMP : KeplerQuarter.of(q).stamp();
    }

    @Override
    public List<Product> products(Observation o) {
        Target t = o.target();
        boolean shortCadence = ObsIds.slot(o.obsid()) == 1;
        List<Product> out = new ArrayList<>();
        if (!shortCadence) {
            for (int q : t.seasons()) {
                KeplerQuarter quarter = KeplerQuarter.of(q);
                String stamp = longStamp(t, q);
                LightCurveSpec lc = lightCurve(t, q, quarter.mjdStart(), quarterEnd(t, q),
                        LightCurveSpec.Cadence.KEPLER_LONG, "lightcurves/" + stamp);
                out.add(product(o, t, "lightcurves", stamp + "_llc.fits", "Lightcurve Long Cadence (CLC) - Q" + q,
                        "LLC", lc, true));
                out.add(product(o, t, "target_pixel_files", stamp + "_lpd-targ.fits.gz",
                        "Target Pixel Long Cadence (CPL) - Q" + q, "LPD-TARG", null, false));
            }
        } else {
            for (int q : t.shortCadenceSeasons()) {
                List<Object[]> months = KeplerQuarter.of(q).shortCadenceMonths();
                for (int m = 0; m < months.size(); m++) {
                    Object[] month = months.get(m);
                    String stamp = (String) month[2];
                    String label = "Q" + q + "M" + (m + 1);
                    LightCurveSpec sc = lightCurve(t, q, (double) month[0], (double) month[1],
                            LightCurveSpec.Cadence.KEPLER_SHORT, "lightcurves/" + stamp + "s");
                    out.add(product(o, t, "lightcurves", stamp + "_slc.fits",
                            "Lightcurve Short Cadence (CSC) - " + label, "SLC", sc, false));
                    out.add(product(o, t, "target_pixel_files", stamp + "_spd-targ.fits.gz",
                            "Target Pixel Short Cadence (CPS) - " + label, "SPD-TARG", null, false));
                }
            }
        }
        return out;
    }

    private Product product(Observation o, Target t, String folder, String suffix, String description,
                            String subgroup, LightCurveSpec lightCurve, boolean llc) {
        String e = t.paddedId();
        String file = "kplr" + e + "-" + suffix;
        String rest = folder + "/" + e.substring(0, 4) + "/" + e + "/" + file;
        String uri = "mast:KEPLER/url/missions/kepler/" + rest;
        String key = keyRoot + rest;
        ContentSpec content = lightCurve != null ? lightCurve
                : new PlaceholderSpec(Hash.of(seed, uri), 200_000 + (long) (Hash.unit(Hash.of(seed ^ 0x51E, uri))
                * (subgroup.startsWith("S") ? 3_000_000 : 1_500_000)));
        long size = lightCurve != null ? fits.size(lightCurve) : ((PlaceholderSpec) content).size();
        return new Product(o.obsid(), "Kepler", "timeseries", o.obsId(), description, "C", uri, "SCIENCE", MRP,
                subgroup, null, "Kepler", null, o.proposalId(), file, size, o.obsid(), "PUBLIC", 2, "KEPLER", t,
                Optional.of(key), gaps.state(t, llc, key, seed), content);
    }

    private LightCurveSpec lightCurve(Target t, int quarter, double mjdStart, double mjdEnd,
                                      LightCurveSpec.Cadence cadence, String identity) {
        SplittableRandom r = new SplittableRandom(Hash.combine(seed, t.id(), 0xA9E));
        int width = 4 + r.nextInt(10);
        int height = 4 + r.nextInt(10);
        LocalDate created = LocalDate.of(2016, 3, 1).plusDays(quarter);
        return new LightCurveSpec(LightCurveSpec.Flavour.KEPLER, cadence, t.id(), quarter, 25, t.ra(), t.dec(),
                t.magnitude(), K2Section.rows(mjdStart, mjdEnd, cadence),
                (int) Math.round((mjdStart - K2Section.KEPLER_CADENCE_ZERO_MJD) / cadence.days),
                mjdStart - K2Section.BKJD_MJD, width, height, t.detector(quarter),
                K2Section.transits(t, K2Section.BKJD_BJD), Hash.of(seed, t.targetName() + "/" + identity),
                created.toString());
    }

    @Override
    public boolean ownsUri(String uri) {
        return uri.toLowerCase(Locale.ROOT).startsWith("mast:kepler/");
    }

    @Override
    public boolean ownsKey(String key) {
        return key.startsWith(keyRoot);
    }

    @Override
    public Optional<Target> targetOf(String uriOrKey) {
        String name = uriOrKey.substring(uriOrKey.lastIndexOf('/') + 1);
        Matcher m = FILE.matcher(name);
        return m.lookingAt() ? Optional.ofNullable(byKic.get(Long.parseLong(m.group(1)))) : Optional.empty();
    }
}
