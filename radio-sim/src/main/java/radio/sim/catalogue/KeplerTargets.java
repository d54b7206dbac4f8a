package radio.sim.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates the Kepler part of the catalogue: two named reference stars with their real KIC ids (those of the
 * recorded FITS fixtures), then {@code extras} synthetic stars in the Kepler field, half of them planet hosts
 * named {@code Kepler-10001}, … (listed in {@code keplernames}), half plain {@code KIC n} stars.
 *
 * <ul>
 *   <li><b>Kepler-90</b>, KIC 11442793: eight planets b-i (KOI-351); on CCD module 3, so its Q4 file ends early
 *       (stamp {@value KeplerQuarter#Q4_MODULE_3_STAMP}) and Q8, Q12, Q16 are missing, as for the real star;</li>
 *   <li><b>Kepler-1</b> (TrES-2), KIC 11446443: planet {@code TrES-2 b} = {@code Kepler-1 b} (KOI-1); Q0-Q17 and
 *       short cadence in Q0-Q2 (the Q0 short-cadence stamp is the recorded {@code 2009131110544}).</li>
 * </ul>
 * Positions of the named stars are approximate; all planet parameters are generated.
 *
 * <p>Quarters: Q1-Q17 for everyone, Q0 for 30 % of the extras; 5 % of the extras sit on module 3 like Kepler-90.
 * Kepler rolls every quarter, so the CCD channel depends on the season ({@code (quarter + 2) % 4}).
 */
final class KeplerTargets {
    /** Centre of the Kepler field. */
    private static final double FIELD_RA = 290.67;
    private static final double FIELD_DEC = 44.5;
    /** First number of the synthetic Kepler names. */
    static final int FIRST_SYNTHETIC_NAME = 10001;
    private static final List<Integer> MODULE_3_CHANNELS = List.of(5, 6, 7, 8);

    private KeplerTargets() {
    }

    static List<Target> generate(long seed, int extras, int firstIndex, Set<Long> used) {
        List<Target> out = new ArrayList<>();
        used.add(11442793L);
        used.add(11446443L);
        out.add(kepler90(seed, firstIndex));
        out.add(kepler1(seed, firstIndex + 1));
        for (int i = 0; i < extras; i++) {
            out.add(extra(seed, firstIndex + out.size(), i, used));
        }
        return out;
    }

    private static Target kepler90(long seed, int index) {
        long kic = 11442793L;
        List<Integer> quarters = new ArrayList<>();
        for (int q = 1; q <= 17; q++) {
            if (q % 4 != 0 || q == 4) {
                quarters.add(q);
            }
        }
        List<Planet> planets = planets(seed, kic, "Kepler-90", "Kepler-90", 8, 351, Optional.empty());
        return new Target(Mission.KEPLER, index, "Kepler-90", kic, "kplr" + Text.pad(kic, 9), 284.433500, 49.305170,
                13.803, quarters, channels(seed, kic, quarters, true), List.of(), planets, List.of(), true,
                "real KIC id; on CCD module 3 (short Q4, no Q8/Q12/Q16)");
    }

    private static Target kepler1(long seed, int index) {
        long kic = 11446443L;
        List<Integer> quarters = new ArrayList<>();
        for (int q = 0; q <= 17; q++) {
            quarters.add(q);
        }
        List<Planet> planets = planets(seed, kic, "TrES-2", "Kepler-1", 1, 1, Optional.of("TrES-2 b"));
        return new Target(Mission.KEPLER, index, "Kepler-1", kic, "kplr" + Text.pad(kic, 9), 286.808542, 49.316389,
                11.338, quarters, channels(seed, kic, quarters, false), List.of(0, 1, 2), planets, List.of("TrES-2"),
                true, "real KIC id (TrES-2)");
    }

    private static Target extra(long seed, int index, int extra, Set<Long> used) {
        SplittableRandom r = new SplittableRandom(Hash.combine(seed, 0x4E91E, extra));
        long kic;
        do {
            kic = 1_000_000L + r.nextLong(11_900_000L);
        } while (!used.add(kic));
        double[] pos = K2Targets.scatter(r, FIELD_RA, FIELD_DEC, 7);
        boolean host = r.nextDouble() < 0.5;
        boolean module3 = r.nextDouble() < 0.05;
        List<Integer> quarters = new ArrayList<>();
        if (r.nextDouble() < 0.3) {
            quarters.add(0);
        }
        for (int q = 1; q <= 17; q++) {
            if (!module3 || q % 4 != 0 || q == 4) {
                quarters.add(q);
            }
        }
        List<Integer> shortQuarters = new ArrayList<>();
        if (r.nextDouble() < 0.15) {
            int a = 1 + r.nextInt(16);
            int b = a + 1;
            for (int q : List.of(a, b)) {
                if (quarters.contains(q)) {
                    shortQuarters.add(q);
                }
            }
        }
        String name = host ? "Kepler-" + (FIRST_SYNTHETIC_NAME + extra) : "KIC " + kic;
        List<Planet> planets = host
                ? planets(seed, kic, name, name, 1 + (r.nextDouble() < 0.3 ? 1 : 0) + (r.nextDouble() < 0.1 ? 1 : 0),
                50001 + extra, Optional.empty())
                : List.of();
        return new Target(Mission.KEPLER, index, name, kic, "kplr" + Text.pad(kic, 9), pos[0], pos[1],
                K2Targets.round(r.nextDouble(9.0, 16.0), 3), quarters, channels(seed, kic, quarters, module3),
                shortQuarters, planets, List.of(), host, host ? "synthetic Kepler host" : "synthetic Kepler star");
    }

    /** Planets b, c, … of a host, first transits in Q1; KOI names {@code K<koi>.01}, {@code .02}, …. */
    private static List<Planet> planets(long seed, long kic, String hostName, String keplerHost, int count, int koi,
                                        Optional<String> firstArchiveName) {
        List<Planet> planets = new ArrayList<>();
        double previous = 0;
        KeplerQuarter q1 = KeplerQuarter.of(1);
        for (int k = 0; k < count; k++) {
            char letter = (char) ('b' + k);
            String keplerName = keplerHost + " " + letter;
            String archiveName = k == 0 && firstArchiveName.isPresent() ? firstArchiveName.get() : keplerName;
            Planet p = K2Targets.planet(seed, kic, hostName, letter, archiveName, Optional.of(keplerName),
                    Optional.of("K" + Text.pad(koi, 5) + ".0" + (k + 1)), true, previous, q1.mjdStart(), q1.mjdEnd(),
                    2010);
            planets.add(p);
            previous = p.periodDays();
        }
        return planets;
    }

    /**
     * One channel per quarter: four channels, one per season; module-3 targets have their Q4 season on module 3
     * (channels 5-8), everyone else avoids module 3.
     */
    private static List<Integer> channels(long seed, long kic, List<Integer> quarters, boolean module3) {
        int[] bySeason = new int[4];
        int q4Season = (4 + 2) % 4;
        for (int s = 0; s < 4; s++) {
            int c;
            long h = Hash.combine(seed, kic, s, 0x5EA);
            if (module3 && s == q4Season) {
                c = MODULE_3_CHANNELS.get((int) (Hash.unit(h) * 4));
            } else {
                do {
                    c = 1 + (int) (Hash.unit(h) * 84);
                    h = Hash.mix(h);
                } while (MODULE_3_CHANNELS.contains(c));
            }
            bySeason[s] = c;
        }
        List<Integer> out = new ArrayList<>();
        for (int q : quarters) {
            out.add(bySeason[(q + 2) % 4]);
        }
        return out;
    }

    /** Whether a target's Q4 channel is on the failed module 3. */
    static boolean onModule3(Target t) {
        return t.seasons().contains(4) && MODULE_3_CHANNELS.contains(t.detector(4));
    }
}
