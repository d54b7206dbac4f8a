package radio.vetting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How candidates are judged: the tests of the Kepler and TESS vetting reports that need nothing but the light
 * curve. In order of strength:
 * <ol>
 *   <li><b>likely eclipsing binary</b> when odd and even transits differ by {@code oddEvenSigma} or more (a binary
 *       found at half its period alternates primary and secondary eclipses), when a dip of {@code secondarySigma}
 *       or more shows half a period after the transits (a secondary eclipse) — these two only with at least
 *       {@code minTransits} transits, else they are cautions —, when it is deeper than
 *       {@code maxDepth}, when it is the secondary eclipse of an earlier candidate (same period, half a period
 *       later), or when its period is half, a third, twice or three times that of an earlier eclipsing binary;</li>
 *   <li><b>too few transits</b> when fewer than {@code minTransits} transits have data, or when one transit carries
 *       more than {@code maxTransitShare} of the signal (a single event, or a systematic, makes it);</li>
 *   <li><b>likely stellar variability</b> when a sinusoid at the period fits better than a transit;</li>
 *   <li>otherwise <b>likely planet</b>.</li>
 * </ol>
 * Findings of a weaker kind than the verdict, a V shape (flat bottom ruled out at {@code vShapeSigma}: a grazing
 * planet or a binary), and a period shared with an earlier candidate at another phase are kept as cautions.
 *
 * @param oddEvenSigma        odd/even depth difference that marks a binary, in σ (default 3)
 * @param secondarySigma      secondary-eclipse depth that marks a binary, in σ (default 3)
 * @param maxDepth            deepest transit a planet makes, fraction of the flux (default 0.05: a Jupiter in front
 *                            of a small M dwarf)
 * @param minTransits         fewest transits with data that establish a period (default 3)
 * @param maxTransitShare     largest share of the signal one transit may carry (default 0.6)
 * @param vShapeSigma         how strongly a flat bottom must be ruled out to call the transit V-shaped (default 3)
 * @param samePeriodTolerance periods within this fraction of each other are the same (default 0.005)
 */
public record VettingRules(double oddEvenSigma, double secondarySigma, double maxDepth, int minTransits,
                           double maxTransitShare, double vShapeSigma, double samePeriodTolerance) {
    public static final VettingRules DEFAULT = new VettingRules(3, 3, 0.05, 3, 0.6, 3, 0.005);

    public VettingRules {
        for (double v : new double[] {oddEvenSigma, secondarySigma, maxDepth, maxTransitShare, vShapeSigma,
                samePeriodTolerance}) {
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("vetting thresholds must be positive and finite, got " + v);
            }
        }
        if (minTransits < 1) {
            throw new IllegalArgumentException("minTransits must be at least 1, got " + minTransits);
        }
    }

    /**
     * The verdict on a candidate (its own {@link Candidate#verdict()} is ignored), given the candidates found
     * before it.
     */
    public Verdict judge(Candidate c, List<Candidate> earlier) {
        List<String> binary = new ArrayList<>();
        List<String> few = new ArrayList<>();
        List<String> variable = new ArrayList<>();
        List<String> cautions = new ArrayList<>();
        // without the transits that establish the period, odd/even and phase 0.5 mean little: two single events
        // of different planets differ "odd/even" too
        List<String> phased = c.transits() >= minTransits ? binary : cautions;
        if (c.oddEvenSigma() >= oddEvenSigma) {
            phased.add(format("odd/even differ by %.1fσ", c.oddEvenSigma()));
        }
        if (c.secondarySigma() >= secondarySigma) {
            phased.add(format("secondary eclipse at phase 0.5: %.0f ± %.0f ppm (%.1fσ)",
                    c.secondaryDepth().depth() * 1e6, c.secondaryDepth().error() * 1e6, c.secondarySigma()));
        }
        if (c.depth().depth() > maxDepth) {
            binary.add(format("depth %.1f %% is deeper than a planet's (%.0f %%)", 100 * c.depth().depth(),
                    100 * maxDepth));
        }
        for (Candidate e : earlier) {
            if (Math.abs(c.periodDays() - e.periodDays()) <= samePeriodTolerance * e.periodDays()) {
                double offset = Math.abs(Math.IEEEremainder((c.epoch() - e.epoch()) / e.periodDays(), 1));
                if (Math.abs(offset - 0.5) < 0.1) {
                    binary.add("the secondary eclipse of candidate " + e.number());
                } else {
                    cautions.add("same period as candidate " + e.number());
                }
            }
            harmonic(c, e).ifPresent(h -> {
                if (e.verdict().kind() == Verdict.Kind.LIKELY_ECLIPSING_BINARY) {
                    binary.add(h + " of candidate " + e.number() + ", an eclipsing binary");
                } else {
                    cautions.add(h + " of candidate " + e.number());
                }
            });
        }
        if (c.transits() < minTransits) {
            few.add(c.transits() + (c.transits() == 1 ? " transit" : " transits") + " with data");
        } else if (c.largestTransitShare() > maxTransitShare) {
            few.add(format("one transit carries %.0f %% of the signal", 100 * c.largestTransitShare()));
        }
        if (c.harmonicDeltaLogLikelihood() > 0) {
            variable.add("a sinusoid at the period fits better than a transit");
        }
        if (c.shape().measured() && c.shape().vShapeSigma() >= vShapeSigma) {
            cautions.add(format("V-shaped, a flat bottom is ruled out at %.1fσ", c.shape().vShapeSigma()));
        }
        if (!binary.isEmpty()) {
            cautions.addAll(0, concat(few, variable));
            return new Verdict(Verdict.Kind.LIKELY_ECLIPSING_BINARY, binary, cautions);
        }
        if (!few.isEmpty()) {
            cautions.addAll(0, variable);
            return new Verdict(Verdict.Kind.TOO_FEW_TRANSITS, few, cautions);
        }
        if (!variable.isEmpty()) {
            return new Verdict(Verdict.Kind.LIKELY_VARIABLE_STAR, variable, cautions);
        }
        return new Verdict(Verdict.Kind.LIKELY_PLANET, List.of(), cautions);
    }

    /**
     * {@code half the period} (or a third, twice, three times) when the periods of {@code c} and {@code earlier}
     * are in such a ratio: a binary's secondary eclipses, once its primaries are masked, come back at such periods.
     */
    private Optional<String> harmonic(Candidate c, Candidate earlier) {
        String[] below = {"half the period", "a third of the period"};
        String[] above = {"twice the period", "three times the period"};
        for (int k = 2; k <= 3; k++) {
            if (Math.abs(k * c.periodDays() - earlier.periodDays()) <= samePeriodTolerance * earlier.periodDays()) {
                return Optional.of(below[k - 2]);
            }
            if (Math.abs(c.periodDays() - k * earlier.periodDays()) <= samePeriodTolerance * c.periodDays()) {
                return Optional.of(above[k - 2]);
            }
        }
        return Optional.empty();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
