package radio.sim.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import radio.sim.content.EclipsingBinary;
import radio.sim.content.LimbDarkenedTransit;
import radio.sim.content.Pulsations;
import radio.sim.content.RedNoise;
import radio.sim.content.Signal;
import radio.sim.content.Spots;

/**
 * Generates labelled K2 stars for machine learning: planet hosts with limb-darkened transits down to low SNR, and
 * the stars that fool transit searches (eclipsing binaries, spotted and pulsating stars, quiet stars), each with
 * correlated noise and a slow drift on top of the white noise every simulated light curve has. Each star is named
 * by its designation ({@code EPIC n}), so names do not give labels away; hosts have one confirmed planet
 * ({@code EPIC n b}) in the archive's planet tables.
 *
 * <p>Deterministic for a seed, count and {@link StarPopulation}: star i depends only on those and i.
 */
final class LabelledStars {
    /** Ordinary (unsplit) campaigns with pipeline light curves of 69–82 days. */
    private static final int[] CAMPAIGNS = {3, 4, 5, 6, 7, 8, 12, 13, 14, 16};
    /** Long-cadence sampling, days. */
    private static final double CADENCE = 0.02043359821692;
    /** Share of cadences lightkurve's default quality mask leaves in a simulated K2 light curve. */
    private static final double KEPT = 0.82;

    private LabelledStars() {
    }

    /** {@code count} stars indexed from {@code firstIndex}, with EPIC ids not in {@code used} (which grows). */
    static List<LabelledStar> generate(long seed, int count, StarPopulation population, int firstIndex,
                                       Set<Long> used) {
        List<LabelledStar> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(star(seed, population, firstIndex + i, i, used));
        }
        return out;
    }

    private static LabelledStar star(long seed, StarPopulation pop, int index, int i, Set<Long> used) {
        SplittableRandom r = new SplittableRandom(Hash.combine(seed, 0x1ABE1L, Hash.of(0, pop.name()), i));
        K2Campaign c = K2Campaign.of(CAMPAIGNS[r.nextInt(CAMPAIGNS.length)]);
        K2Campaign.Part part = c.parts().get(0);
        double[] pos = K2Targets.scatter(r, c.raCentre(), c.decCentre(), 6);
        long epic;
        do {
            epic = c.epicLow() + r.nextLong(c.epicHigh() - c.epicLow());
        } while (!used.add(epic));
        double kepmag = K2Targets.round(r.nextDouble(pop.minMagnitude(), pop.maxMagnitude()), 3);
        double white = 60e-6 * Math.pow(10, 0.2 * (kepmag - 11));
        double startBkjd = part.mjdStart() - K2Section.BKJD_MJD;
        double spanDays = part.mjdEnd() - part.mjdStart();
        double u1 = r.nextDouble(pop.minU1(), pop.maxU1());
        double u2 = r.nextDouble(0.1, 0.35);

        StarKind kind;
        if (r.nextDouble() < pop.hostFraction()) {
            kind = StarKind.PLANET_HOST;
        } else {
            double u = r.nextDouble();
            kind = u < pop.binaryFraction() ? StarKind.ECLIPSING_BINARY
                    : u < pop.binaryFraction() + pop.variableFraction() ? StarKind.VARIABLE : StarKind.QUIET;
        }
        List<Signal> signals = new ArrayList<>();
        double period = Double.NaN;
        double epoch = Double.NaN;
        double duration = Double.NaN;
        double depth = Double.NaN;
        switch (kind) {
            case PLANET_HOST -> {
                period = logUniform(r, pop.minPeriodDays(), Math.min(pop.maxPeriodDays(), spanDays / 3));
                double density = r.nextDouble(0.5, 2.0);
                double aOverR = Math.max(2.5, 215 * Math.pow(period / 365.25, 2.0 / 3) * Math.cbrt(density));
                double impact = r.nextDouble(0, pop.maxImpact());
                double snr = logUniform(r, pop.minSnr(), pop.maxSnr());
                double k = 0.05;
                LimbDarkenedTransit transit = null;
                for (int round = 0; round < 4; round++) {
                    transit = new LimbDarkenedTransit(period, 0, k, aOverR, impact, u1, u2);
                    double inTransit = Math.max(1, spanDays * KEPT / CADENCE * 0.6 * transit.durationDays() / period);
                    double wanted = snr * white / Math.sqrt(inTransit);
                    double got = Math.max(1e-9, transit.depth());
                    k = Math.min(0.2, Math.max(0.004, k * Math.sqrt(wanted / got)));
                }
                epoch = startBkjd + r.nextDouble(0.05, 0.95) * Math.min(period, spanDays / 3);
                transit = new LimbDarkenedTransit(period, epoch, k, aOverR, impact, u1, u2);
                signals.add(transit);
                duration = transit.durationDays() * 24;
                depth = transit.depth();
                if (r.nextDouble() < pop.hostVariableFraction()) {
                    signals.add(variability(r, pop));
                }
            }
            case ECLIPSING_BINARY -> {
                period = logUniform(r, pop.minPeriodDays(), Math.min(pop.maxPeriodDays(), spanDays / 3));
                double primaryRadius = r.nextDouble(0.8, 1.6);
                double aOverR = 215 * Math.pow(period / 365.25, 2.0 / 3) * Math.cbrt(r.nextDouble(1.2, 2.2))
                        / primaryRadius;
                double kind2 = r.nextDouble();
                double k;
                double impact;
                double brightness;
                double dilution;
                if (kind2 < 0.4) {
                    // grazing: a V-shaped, often shallow eclipse
                    k = r.nextDouble(0.3, 0.9);
                    impact = r.nextDouble(1 - 0.2 * k, 1 + 0.7 * k);
                    brightness = r.nextDouble(0.05, 0.8);
                    dilution = r.nextDouble(0.2, 1);
                } else if (kind2 < 0.7) {
                    // near-twins: primary and secondary alike, odd/even differences at half the period
                    k = r.nextDouble(0.8, 1.0);
                    impact = r.nextDouble(0, 0.7);
                    brightness = r.nextDouble(0.6, 1.0);
                    dilution = logUniform(r, 0.02, 1);
                } else {
                    // blended with a brighter star: planet-like depths, a secondary eclipse may show
                    k = r.nextDouble(0.3, 1.0);
                    impact = r.nextDouble(0, 0.9);
                    brightness = r.nextDouble(0.1, 0.9);
                    dilution = logUniform(r, 0.003, 0.05);
                }
                aOverR = Math.max(aOverR, 1.3 + k);
                double ellipsoidal = Math.min(0.05, 0.4 * Math.pow(1 / aOverR, 3));
                epoch = startBkjd + r.nextDouble(0.05, 0.95) * Math.min(period, spanDays / 3);
                EclipsingBinary eb = new EclipsingBinary(period, epoch, k, aOverR, impact, brightness, u1, u2,
                        dilution, ellipsoidal);
                signals.add(eb);
                duration = eb.durationDays() * 24;
                depth = eb.primaryDepth();
                if (r.nextDouble() < 0.3) {
                    signals.add(variability(r, pop));
                }
            }
            case VARIABLE -> signals.add(variability(r, pop));
            case QUIET -> {
            }
        }
        signals.add(new RedNoise(r.nextDouble(0, pop.redNoise()) * white, r.nextDouble(0.1, 1.5),
                r.nextDouble(-0.002, 0.002), r.nextLong()));

        String designation = "EPIC " + epic;
        List<Planet> planets = new ArrayList<>();
        double epochBjd = Double.isNaN(epoch) ? Double.NaN : K2Targets.round(epoch + K2Section.BKJD_BJD, 6);
        if (kind == StarKind.PLANET_HOST) {
            LimbDarkenedTransit t = (LimbDarkenedTransit) signals.get(0);
            planets.add(new Planet(designation + " b", designation, 'b', Optional.empty(), Optional.empty(), true,
                    period, epochBjd, K2Targets.round(duration, 4), K2Targets.round(depth * 100, 6),
                    K2Targets.round(t.radiusRatio() * 109.1 * r.nextDouble(0.7, 1.3), 2), 2016 + r.nextInt(6)));
        }
        Target target = new Target(Mission.K2, index, designation, epic, "ktwo" + Text.pad(epic, 9), pos[0], pos[1],
                kepmag, List.of(c.number()), K2Targets.channels(seed, epic, List.of(c.number())), List.of(), planets,
                List.of(), false, "labelled star (" + pop.name() + " population): " + kind);
        return new LabelledStar(target, kind, period, epochBjd, duration, depth, signals);
    }

    /** Spots (60 %) or one to three pulsation modes (40 %). */
    private static Signal variability(SplittableRandom r, StarPopulation pop) {
        double amplitude = logUniform(r, pop.minVariability(), pop.maxVariability());
        double period = logUniform(r, pop.minVariabilityDays(), pop.maxVariabilityDays());
        if (r.nextDouble() < 0.6) {
            return new Spots(period, amplitude, r.nextDouble(5, 40), r.nextLong());
        }
        int modes = 1 + r.nextInt(3);
        List<Pulsations.Mode> list = new ArrayList<>();
        for (int m = 0; m < modes; m++) {
            double p = m == 0 ? period : logUniform(r, pop.minVariabilityDays(), pop.maxVariabilityDays());
            list.add(new Pulsations.Mode(p, amplitude / (1 + m), r.nextDouble(2 * Math.PI)));
        }
        return new Pulsations(list);
    }

    private static double logUniform(SplittableRandom r, double low, double high) {
        return high <= low ? low : Math.exp(r.nextDouble(Math.log(low), Math.log(high)));
    }
}
