package radio.sim.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import radio.sim.content.PlaceholderSpec;

/**
 * The simulated Hubble observations, with HST's real naming rules (proposal ids and targets are synthetic):
 *
 * <ul>
 *   <li>dataset names {@code <instrument><programme><visit><exposure><transmission>}: instrument {@code j} ACS,
 *       {@code i} WFC3, {@code u} WFPC2; a three-character programme code; two-character visit and exposure; e.g.
 *       {@code j8pu0bbuq}; an association (the visit's combined product) is {@code <inst><prog><visit>010}, e.g.
 *       {@code j8pu0b010}, and its jitter files use {@code j} as the last character ({@code j8pu0bbuj_jif.fits});</li>
 *   <li>one observation per exposure ({@code calib_level} 2: RAW, FLT, FLC for ACS/WFC3 CTE-corrected data, SPT,
 *       TRL) and one per association ({@code calib_level} 3: ASN, DRZ, DRC, TRL, JIF, JIT, and its members' files
 *       listed again with their own {@code obs_id}); the WFPC2 exposure {@code u9o40504m} carries file types of the
 *       recorded {@code products.json} (C0M, D0M, Q0M, SHM, C0F, C1F, DRZ, ...);</li>
 *   <li>{@code productGroupDescription} "Minimum Recommended Products" on FLT, FLC, DRZ, DRC (WFPC2: C0F, C1F,
 *       DRZ);</li>
 *   <li>data URIs {@code mast:HST/product/<file>}, keys {@code hst/public/<first 4 of dataset>/<dataset>/<file>}
 *       with the dataset = the file name before its first {@code _} (mast-api.md section 7.4).</li>
 * </ul>
 * Sizes are deterministic and far smaller than real HST files (placeholder bytes). Observation ids are group ids
 * {@code 2,000,100,000 + n}.
 */
final class HstPrograms {
    static final String URI_PREFIX = "mast:HST/product/";
    static final String KEY_PREFIX = "hst/public/";
    private static final String MRP = "Minimum Recommended Products";
    private static final long FIRST_OBSID = ObsIds.GROUP_BASE + 100_000L;

    /** One visit of a programme: exposures through one filter, combined into an association. */
    private record Visit(String proposalId, String pi, String instrument, String provenance, char letter,
                         String programme, String visit, List<String> exposures, String filter, String target,
                         double ra, double dec, double exposureSeconds) {
    }

    private static final List<Visit> VISITS = List.of(
            new Visit("9401", "Leavitt, Henrietta", "ACS/WFC", "CALACS", 'j', "8pu", "0b", List.of("bu", "bw"),
                    "F606W", "NGC-6397", 265.175375, -53.674333, 507),
            new Visit("9401", "Leavitt, Henrietta", "ACS/WFC", "CALACS", 'j', "8pu", "0c", List.of("c1", "c3"),
                    "F814W", "NGC-6397", 265.175375, -53.674333, 567),
            new Visit("11360", "Cannon, Annie", "WFC3/UVIS", "CALWF3", 'i', "b6a", "01", List.of("ab", "ac", "ad"),
                    "F555W", "M-83", 204.253958, -29.865417, 400));

    private HstPrograms() {
    }

    /** Every simulated HST observation with its products. */
    static List<ProgramSection.Listed> generate(long seed) {
        List<ProgramSection.Listed> out = new ArrayList<>();
        long[] next = {FIRST_OBSID};
        for (Visit v : VISITS) {
            String root = v.letter() + v.programme() + v.visit();
            Target field = field(v.target(), v.ra(), v.dec());
            String association = root + "010";
            long assocId = next[0]++;
            List<Product> members = new ArrayList<>();
            List<ProgramSection.Listed> exposures = new ArrayList<>();
            for (String e : v.exposures()) {
                String dataset = root + e + "q";
                long obsid = next[0]++;
                Observation o = observation(v, field, dataset, obsid, 2, v.exposureSeconds(),
                        URI_PREFIX + dataset + "_flt.fits");
                List<Product> files = new ArrayList<>();
                files.add(product(seed, o, dataset + "_raw.fits", "DADS RAW file - Raw exposure", "SCIENCE", null,
                        "RAW", 3_500_000));
                files.add(product(seed, o, dataset + "_flt.fits", "DADS FLT file - Calibrated exposure ACS/WFC3/STIS/COS",
                        "SCIENCE", MRP, "FLT", 8_600_000));
                files.add(product(seed, o, dataset + "_flc.fits",
                        "DADS FLC file - Calibrated exposure with CTE correction ACS/WFC3", "SCIENCE", MRP, "FLC",
                        8_600_000));
                files.add(product(seed, o, dataset + "_spt.fits", "DADS SPT file - Engineering telemetry ACS/WFC3/NICMOS/COS/STIS",
                        "AUXILIARY", null, "SPT", 40_000));
                files.add(product(seed, o, dataset + "_trl.fits", "DADS TRL file - Processing log", "AUXILIARY", null,
                        "TRL", 30_000));
                members.addAll(files);
                exposures.add(new ProgramSection.Listed(o, files));
            }
            Observation assoc = observation(v, field, association, assocId, 3,
                    v.exposureSeconds() * v.exposures().size(), URI_PREFIX + association + "_drz.fits");
            List<Product> files = new ArrayList<>();
            files.add(product(seed, assoc, association + "_asn.fits", "DADS ASN file - Association ACS/WFC3/NICMOS/STIS",
                    "AUXILIARY", null, "ASN", 11_000));
            files.add(product(seed, assoc, association + "_drz.fits",
                    "DADS DRZ file - Calibrated combined image ACS/WFC3/WFPC2/STIS", "SCIENCE", MRP, "DRZ", 12_000_000));
            files.add(product(seed, assoc, association + "_drc.fits",
                    "DADS DRC file - Calibrated combined image with CTE correction ACS/WFC3", "SCIENCE", MRP, "DRC",
                    12_000_000));
            files.add(product(seed, assoc, association + "_trl.fits", "DADS TRL file - Processing log", "AUXILIARY",
                    null, "TRL", 30_000));
            files.add(product(seed, assoc, root + v.exposures().get(0) + "j_jif.fits", "DADS JIF file", "AUXILIARY",
                    null, "JIF", 35_000));
            files.add(product(seed, assoc, root + v.exposures().get(0) + "j_jit.fits", "DADS JIT file", "AUXILIARY",
                    null, "JIT", 26_000));
            for (Product m : members) {
                files.add(m.alsoListedUnder(assoc.obsid()));
            }
            out.add(new ProgramSection.Listed(assoc, files));
            out.addAll(exposures);
        }
        out.add(wfpc2(seed, next[0]));
        return out;
    }

    /** The WFPC2 exposure of the recorded {@code products.json}, with a representative set of its file types. */
    private static ProgramSection.Listed wfpc2(long seed, long obsid) {
        Visit v = new Visit("6350", "Payne, Cecilia", "WFPC2/WFC", "CALWFPC2", 'u', "9o4", "05", List.of("04"),
                "F555W", "NGC-4147", 182.525833, 18.542639, 160);
        Observation o = observation(v, field(v.target(), v.ra(), v.dec()), "u9o40504m", obsid, 2, v.exposureSeconds(),
                URI_PREFIX + "u9o40504m_c0f.fits");
        List<Product> files = new ArrayList<>();
        files.add(product(seed, o, "u9o40504m_c3m.fits", "DADS C3M file - Calibrated exposure WFPC2", "AUXILIARY", null,
                "C3M", 207_360));
        files.add(product(seed, o, "u9o40504j_jif.fits", "DADS JIF file", "AUXILIARY", null, "JIF", 34_560));
        files.add(product(seed, o, "u9o40504m_q0m.fits", "DADS Q0M file - Raw data quality WFPC2", "AUXILIARY", null,
                "Q0M", 5_178_240));
        files.add(product(seed, o, "u9o40504m_shm.fits", "DADS SHM file - Engineering telemetry WFPC2", "AUXILIARY",
                null, "SHM", 34_560));
        files.add(product(seed, o, "u9o40504m_trl.fits", "DADS TRL file - Processing log", "AUXILIARY", null, "TRL",
                28_800));
        files.add(product(seed, o, "u9o40504m_c0m.fits", "DADS C0M file - Calibrated exposure WFPC2", "SCIENCE", null,
                "C0M", 10_307_520));
        files.add(product(seed, o, "u9o40504m_d0m.fits", "DADS D0M file - Raw exposure WFPC2", "SCIENCE", null, "D0M",
                5_178_240));
        files.add(product(seed, o, "u9o40504m_c0f.fits",
                "DADS C0F file - Calibrated exposure WFPC/WFPC2/FOC/FOS/GHRS/HSP", "SCIENCE", MRP, "C0F", 10_307_520));
        files.add(product(seed, o, "u9o40504m_c1f.fits", "DADS C1F file - Calibrated exposure WFPC/FOC/FOS/GHRS/HSP",
                "SCIENCE", MRP, "C1F", 5_184_000));
        files.add(product(seed, o, "u9o40504m_drz.fits", "DADS DRZ file - Calibrated combined image ACS/WFC3/WFPC2/STIS",
                "SCIENCE", MRP, "DRZ", 27_227_520));
        return new ProgramSection.Listed(o, files);
    }

    /** The stand-in "target" an observation points at: the field, which is no catalogue star. */
    private static Target field(String name, double ra, double dec) {
        return new Target(Mission.HST, -1, name, 0, name, ra, dec, 0, List.of(1), List.of(0), List.of(), List.of(),
                List.of(), false, "stand-in for an HST target field");
    }

    private static Observation observation(Visit v, Target field, String obsId, long obsid, int calibLevel,
                                           double exptime, String dataUrl) {
        double start = 52_500 + (Hash.unit(Hash.of(7, obsId)) * 3_000);
        return new Observation("science", "HST", v.provenance(), v.instrument(), "HST", v.filter(), "OPTICAL",
                v.target(), null, obsId, v.ra(), v.dec(), "image", v.pi(), calibLevel, start,
                start + exptime / 86_400.0, exptime, 470, 720, null, (int) Math.round(start + 365), v.proposalId(),
                "GO", -999, "CIRCLE ICRS " + Text.fixed(v.ra(), 6) + " " + Text.fixed(v.dec(), 6) + " 0.05",
                null, dataUrl, "PUBLIC", false, null, obsid, obsid + 63_000_000L, field,
                new Footprint.Circle(v.ra(), v.dec(), 0.05));
    }

    /** A product row; size about {@code approxSize} bytes, in whole FITS blocks. */
    private static Product product(long seed, Observation o, String file, String description, String productType,
                                   String group, String subgroup, long approxSize) {
        String uri = URI_PREFIX + file;
        String dataset = file.substring(0, file.indexOf('_'));
        String key = KEY_PREFIX + dataset.substring(0, 4) + "/" + dataset + "/" + file;
        long size = (approxSize + (long) (Hash.unit(Hash.of(seed ^ 0x457, uri)) * approxSize / 10) + 2879)
                / 2880 * 2880;
        return new Product(o.obsid(), "HST", "image", o.obsId(), description, "S", uri, productType, group, subgroup,
                null, "HST", null, o.proposalId(), file, size, o.obsid(), "PUBLIC", o.calibLevel(), o.filters(),
                o.target(), Optional.of(key), CloudState.PUBLIC, new PlaceholderSpec(Hash.of(seed, uri), size));
    }
}
