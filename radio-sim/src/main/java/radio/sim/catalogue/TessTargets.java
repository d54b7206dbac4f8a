package radio.sim.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates the TESS part of the catalogue: five named reference stars with real TIC ids, positions and sectors
 * (those of the recorded FITS and resolver fixtures), then {@code extras} synthetic 2-minute targets placed in
 * the simplified sector tiling of {@link TessSector}: 40 % are TOI hosts named {@code TOI-10001}, … (a third of
 * those confirmed), the rest plain {@code TIC n} stars.
 *
 * <ul>
 *   <li><b>pi Men</b>, TIC 261136679 (also "pi Mensae"): planet {@code pi Men c}, TOI 144.01, sector 1;</li>
 *   <li><b>WASP-126</b>, TIC 25155310, sector 1, camera 4 CCD 1: planet b with the ephemeris the MAST TESS
 *       tutorial quotes (P = 3.288776 d, T0 = 1327.520678 BTJD);</li>
 *   <li><b>WASP-100</b>, TIC 38846515, sector 1, camera 4 CCD 1; <b>WASP-46</b>, TIC 231663901, sector 1, camera 2
 *       CCD 4; <b>WASP-4</b>, TIC 402026209, sector 2, camera 2 CCD 4.</li>
 * </ul>
 * Other planet parameters are generated. Up to six sectors per star; 10 % of the synthetic stars also have 20-s
 * data from sector 27 on.
 */
final class TessTargets {
    /** First number of the synthetic TOI names. */
    static final int FIRST_SYNTHETIC_TOI = 10001;
    private static final int MAX_SECTORS = 6;

    private record Named(String name, long tic, double ra, double dec, double tmag, int sector, int detector,
                         String alias, Integer toi) {
    }

    private static final List<Named> NAMED = List.of(
            new Named("pi Men", 261136679L, 84.291195, -80.469121, 5.105, 1, 43, "pi Mensae", 144),
            new Named("WASP-126", 25155310L, 63.373890, -69.226789, 10.852, 1, 41, null, null),
            new Named("WASP-100", 38846515L, 68.959732, -64.027040, 10.317, 1, 41, null, null),
            new Named("WASP-46", 231663901L, 318.736981, -55.871780, 11.908, 1, 24, null, null),
            new Named("WASP-4", 402026209L, 353.562839, -42.061409, 11.735, 2, 24, null, null));

    private TessTargets() {
    }

    static List<Target> generate(long seed, int extras, int firstIndex, Set<Long> used) {
        List<Target> out = new ArrayList<>();
        for (Named n : NAMED) {
            used.add(n.tic());
        }
        for (Named n : NAMED) {
            out.add(named(seed, firstIndex + out.size(), n));
        }
        for (int i = 0; i < extras; i++) {
            out.add(extra(seed, firstIndex + out.size(), i, used));
        }
        return out;
    }

    private static Target named(long seed, int index, Named n) {
        TessSector sector = TessSector.of(n.sector());
        Planet planet;
        String letter = n.name().equals("pi Men") ? "c" : "b";
        String planetName = n.name() + " " + letter;
        Optional<String> toi = n.toi() == null ? Optional.empty() : Optional.of(n.toi() + ".01");
        if (n.name().equals("WASP-126")) {
            planet = new Planet(planetName, n.name(), 'b', Optional.empty(), toi, true, 3.288776, 2458327.520678,
                    3.2, 0.7, 10.4, 2016);
        } else {
            Planet p = K2Targets.planet(seed, n.tic(), n.name(), letter.charAt(0), planetName, Optional.empty(), toi,
                    true, 0, sector.btjdStart() + TessSector.MJD_OFFSET, sector.btjdEnd() + TessSector.MJD_OFFSET, 2010);
            planet = p;
        }
        return new Target(Mission.TESS, index, n.name(), n.tic(), Long.toString(n.tic()), n.ra(), n.dec(), n.tmag(),
                List.of(n.sector()), List.of(n.detector()), List.of(), List.of(planet),
                n.alias() == null ? List.of() : List.of(n.alias()), false, "real TIC id, position and sector");
    }

    private static Target extra(long seed, int index, int extra, Set<Long> used) {
        SplittableRandom r = new SplittableRandom(Hash.combine(seed, 0x7E55, extra));
        long tic;
        do {
            tic = 10_000_000L + r.nextLong(490_000_000L);
        } while (!used.add(tic));
        int first = 1 + r.nextInt(TessSector.LAST);
        Footprint.Box box = TessSector.of(first).ccds().get(r.nextInt(16));
        double dec = K2Targets.round(r.nextDouble(box.decMin() + 0.01, box.decMax() - 0.01), 6);
        double ra = K2Targets.round(((box.ra() + r.nextDouble(-0.98, 0.98) * box.raHalfWidth()) % 360 + 360) % 360, 6);
        List<Integer> sectors = new ArrayList<>();
        List<Integer> detectors = new ArrayList<>();
        for (int n = first; n <= TessSector.LAST && sectors.size() < MAX_SECTORS; n++) {
            int detector = TessSector.of(n).detectorOf(ra, dec);
            if (detector != 0) {
                sectors.add(n);
                detectors.add(detector);
            }
        }
        if (sectors.isEmpty()) {
            // on a CCD edge: keep the sector it was placed in
            sectors.add(first);
            detectors.add(41);
        }
        boolean fast = r.nextDouble() < 0.1;
        List<Integer> fastSectors = fast ? sectors.stream().filter(s -> s >= 27).toList() : List.of();
        boolean toiHost = r.nextDouble() < 0.4;
        boolean confirmed = toiHost && r.nextDouble() < 1 / 3.0;
        int toi = FIRST_SYNTHETIC_TOI + extra;
        String name = toiHost ? "TOI-" + toi : "TIC " + tic;
        List<Planet> planets = new ArrayList<>();
        if (toiHost) {
            TessSector s = TessSector.of(sectors.get(0));
            int count = 1 + (r.nextDouble() < 0.25 ? 1 : 0);
            double previous = 0;
            for (int k = 0; k < count; k++) {
                char letter = (char) ('b' + k);
                Planet p = K2Targets.planet(seed, tic, name, letter, name + " " + letter, Optional.empty(),
                        Optional.of(toi + ".0" + (k + 1)), confirmed, previous, s.btjdStart() + TessSector.MJD_OFFSET,
                        s.btjdEnd() + TessSector.MJD_OFFSET, 2019);
                planets.add(p);
                previous = p.periodDays();
            }
        }
        return new Target(Mission.TESS, index, name, tic, Long.toString(tic), ra, dec,
                K2Targets.round(r.nextDouble(7.0, 14.0), 3), sectors, detectors, fastSectors, planets, List.of(), false,
                toiHost ? "synthetic TOI host" : "synthetic TESS 2-minute target");
    }
}
