package radio.sim.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates the K2 part of the catalogue: the 31 seed hosts first (real EPIC ids and names, generated
 * positions and planets), then {@code extras} synthetic hosts named {@code K2-10001}, {@code K2-10002}, … spread
 * over the campaigns, including split campaigns (C9, C10, C11) and multi-campaign targets (C2+C11, C5+C16+C18,
 * C6+C17, C4+C13, C12+C19). Deterministic for a given seed and count; memory is a few hundred bytes per target.
 */
final class K2Targets {
    /** Approximate position of WASP-28 (K2-1), the engineering-test target. */
    private static final double WASP_28_RA = 353.616125;
    private static final double WASP_28_DEC = -1.580000;
    /** First number of the synthetic K2 names. */
    static final int FIRST_SYNTHETIC_NAME = 10001;

    private static final int[][] CAMPAIGN_SETS = {
        {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}, {9}, {10}, {10}, {11}, {12}, {13}, {14}, {15}, {16}, {17}, {18},
        {19}, {2, 11}, {5, 16, 18}, {6, 17}, {4, 13}, {12, 19}, {5, 18}, {9}, {11},
    };

    private K2Targets() {
    }

    /** Seed hosts then extras, indexed from {@code firstIndex}. */
    static List<Target> generate(long seed, int extras, int firstIndex, Set<Long> used) {
        List<Target> out = new ArrayList<>(SeedTargets.all().size() + extras);
        for (SeedTargets.Seed s : SeedTargets.all()) {
            used.add(s.epic());
        }
        for (SeedTargets.Seed s : SeedTargets.all()) {
            out.add(seedTarget(seed, firstIndex + out.size(), s));
        }
        for (int i = 0; i < extras; i++) {
            out.add(extraTarget(seed, firstIndex + out.size(), i, used));
        }
        out.add(k2Dash18(seed, firstIndex + out.size(), used));
        out.add(campaign10Star(seed, firstIndex + out.size(), used));
        return out;
    }

    /**
     * K2-18 (EPIC 201912552, campaign 1, K2-18 b at 32.94 d), the best-known K2 host, which the README and the help
     * use as an example: its real id, position and period; depth and duration generated.
     */
    private static Target k2Dash18(long seed, int index, Set<Long> used) {
        long epic = 201912552L;
        used.add(epic);
        K2Campaign c = K2Campaign.of(1);
        Planet generated = planet(seed, epic, "K2-18", 'b', "K2-18 b", "K2-18 b", 0, firstPart(c));
        SplittableRandom r = new SplittableRandom(Hash.combine(seed, epic, 'b', 2));
        double epochMjd = c.parts().get(0).mjdStart() + r.nextDouble(1, 30);
        Planet b = new Planet("K2-18 b", "K2-18", 'b', java.util.Optional.of("K2-18 b"), java.util.Optional.empty(),
                true, 32.940045, round(epochMjd + 2400000.5, 5), 2.663, generated.depthPercent(),
                generated.radiusEarth(), 2015);
        return new Target(Mission.K2, index, "K2-18", epic, "ktwo" + Text.pad(epic, 9), 172.560141, 7.588391, 12.473,
                List.of(1), channels(seed, epic, List.of(1)), List.of(), List.of(b), List.of(), true,
                "K2-18, a README example: real EPIC id, position and period");
    }

    /** EPIC 228725972, a star of campaign 10 (light curve c102), the help's example of a split campaign. */
    private static Target campaign10Star(long seed, int index, Set<Long> used) {
        long epic = 228725972L;
        used.add(epic);
        K2Campaign c = K2Campaign.of(10);
        double[] pos = scatter(new SplittableRandom(Hash.combine(seed, epic, 1)), c.raCentre(), c.decCentre(), 6);
        return new Target(Mission.K2, index, "EPIC " + epic, epic, "ktwo" + Text.pad(epic, 9), pos[0], pos[1], 13.2,
                List.of(10), channels(seed, epic, List.of(10)), List.of(), List.of(), List.of(), false,
                "campaign 10 star, a help example");
    }

    private static Target seedTarget(long seed, int index, SeedTargets.Seed s) {
        SplittableRandom r = new SplittableRandom(Hash.combine(seed, s.epic(), 1));
        boolean engineering = s.epic() == SeedTargets.K2_1_EPIC;
        int campaign = engineering ? 0 : 3;
        K2Campaign c = K2Campaign.of(campaign);
        double[] pos = engineering ? new double[] {WASP_28_RA, WASP_28_DEC} : scatter(r, c.raCentre(), c.decCentre(), 6);
        double kepmag = round(r.nextDouble(10.5, 14.5), 3);
        boolean shortCadence = !engineering && r.nextDouble() < 0.25;
        List<Planet> planets = new ArrayList<>();
        double previous = 0;
        for (SeedTargets.SeedPlanet sp : s.planets()) {
            Planet p = planet(seed, s.epic(), s.archiveHost(), sp.letter(), sp.plName(), s.k2Host() + " " + sp.letter(),
                    previous, firstPart(c));
            planets.add(p);
            previous = p.periodDays();
        }
        List<String> aliases = new ArrayList<>();
        if (!s.archiveHost().equals(s.k2Host())) {
            aliases.add(s.archiveHost());
        }
        String note = engineering
                ? "K2 engineering-test target (EPIC 60017806): target pixel file only, no pipeline light curve"
                : s.epic() == SeedTargets.K2_76_SYNTHETIC_EPIC
                ? "absent from k2names; EPIC id " + SeedTargets.K2_76_SYNTHETIC_EPIC + " is synthetic"
                : "";
        return new Target(Mission.K2, index, s.k2Host(), s.epic(), "ktwo" + Text.pad(s.epic(), 9),
                pos[0], pos[1], kepmag, List.of(campaign), channels(seed, s.epic(), List.of(campaign)),
                shortCadence ? List.of(campaign) : List.of(), planets, aliases, s.inK2Names(), note);
    }

    private static Target extraTarget(long seed, int index, int extra, Set<Long> used) {
        SplittableRandom r = new SplittableRandom(Hash.combine(seed, 0xE87A, extra));
        int[] set = CAMPAIGN_SETS[r.nextInt(CAMPAIGN_SETS.length)];
        K2Campaign first = K2Campaign.of(set[0]);
        double raCentre = 0;
        double decCentre = 0;
        for (int n : set) {
            raCentre += K2Campaign.of(n).raCentre() / set.length;
            decCentre += K2Campaign.of(n).decCentre() / set.length;
        }
        double[] pos = scatter(r, raCentre, decCentre, set.length == 1 ? 6 : 1.5);
        long epic;
        do {
            epic = first.epicLow() + r.nextLong(first.epicHigh() - first.epicLow());
        } while (!used.add(epic));
        String name = "K2-" + (FIRST_SYNTHETIC_NAME + extra);
        int planetCount = 1 + (r.nextDouble() < 0.3 ? 1 : 0) + (r.nextDouble() < 0.1 ? 1 : 0);
        List<Planet> planets = new ArrayList<>();
        double previous = 0;
        for (int k = 0; k < planetCount; k++) {
            char letter = (char) ('b' + k);
            Planet p = planet(seed, epic, name, letter, name + " " + letter, name + " " + letter, previous,
                    firstPart(first));
            planets.add(p);
            previous = p.periodDays();
        }
        List<Integer> campaigns = new ArrayList<>();
        for (int n : set) {
            campaigns.add(n);
        }
        double kepmag = round(r.nextDouble(10.0, 15.5), 3);
        boolean shortCadence = r.nextDouble() < 0.15;
        return new Target(Mission.K2, index, name, epic, "ktwo" + Text.pad(epic, 9), pos[0], pos[1], kepmag,
                campaigns, channels(seed, epic, campaigns), shortCadence ? campaigns : List.of(), planets, List.of(),
                true, "synthetic K2 host");
    }

    /** A CCD channel (1-84) per campaign. */
    static List<Integer> channels(long seed, long id, List<Integer> seasons) {
        List<Integer> out = new ArrayList<>();
        for (int season : seasons) {
            out.add(1 + (int) (Hash.unit(Hash.combine(seed, id, season, 0xC4A)) * 84));
        }
        return out;
    }

    private static K2Campaign.Part firstPart(K2Campaign c) {
        // the part whose light curve carries the first transits (C10's light curve is its second half)
        return c.split() == K2Campaign.Split.ONE_OBSERVATION_SECOND_HALF_LIGHT_CURVE ? c.parts().get(1)
                : c.parts().get(0);
    }

    /**
     * A planet whose first transit falls inside the given campaign part, with a period longer than the previous
     * planet's (so letters are in period order as usual).
     */
    private static Planet planet(long seed, long id, String host, char letter, String name, String missionName,
                                 double previousPeriod, K2Campaign.Part part) {
        return planet(seed, id, host, letter, name, java.util.Optional.of(missionName), java.util.Optional.empty(),
                true, previousPeriod, part.mjdStart(), part.mjdEnd(), 2015);
    }

    /**
     * A planet whose first transit falls between {@code mjdStart} and the middle of the span, with a period
     * longer than the previous planet's (letters in period order, as usual).
     */
    static Planet planet(long seed, long id, String host, char letter, String name,
                         java.util.Optional<String> missionName, java.util.Optional<String> candidateId,
                         boolean confirmed, double previousPeriod, double mjdStart, double mjdEnd, int firstYear) {
        SplittableRandom r = new SplittableRandom(Hash.combine(seed, id, letter));
        double period = previousPeriod == 0
                ? Math.exp(r.nextDouble(Math.log(0.8), Math.log(12)))
                : previousPeriod * r.nextDouble(1.4, 2.6);
        period = round(period, 7);
        double span = mjdEnd - mjdStart;
        double epochMjd = mjdStart + r.nextDouble(0.1, 0.9) * Math.min(period, span / 2);
        double epochBjd = round(epochMjd + 2400000.5, 5);
        double durationHours = round(Math.min(2.0 * Math.cbrt(period / 3) * r.nextDouble(0.8, 1.2), period * 24 / 8), 4);
        double depthPercent = round(Math.pow(10, r.nextDouble(Math.log10(0.06), Math.log10(1.0))), 4);
        double radius = round(Math.sqrt(depthPercent / 100) * 109.1 * r.nextDouble(0.7, 1.2), 2);
        return new Planet(name, host, letter, missionName, candidateId, confirmed, period, epochBjd, durationHours,
                depthPercent, radius, firstYear + r.nextInt(5));
    }

    /** A position uniformly within {@code radius} degrees of a centre, rounded to 6 decimals like MAST's. */
    static double[] scatter(SplittableRandom r, double ra0, double dec0, double radius) {
        double rho = radius * Math.sqrt(r.nextDouble());
        double theta = r.nextDouble(2 * Math.PI);
        double dec = dec0 + rho * Math.sin(theta);
        double ra = ra0 + rho * Math.cos(theta) / Math.cos(Math.toRadians(dec));
        ra = ((ra % 360) + 360) % 360;
        return new double[] {round(ra, 6), round(dec, 6)};
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
