package radio.vetting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import radio.periodogram.DepthEstimate;

class VettingRulesTest {
    private static final VettingRules RULES = VettingRules.DEFAULT;
    private static final Verdict UNJUDGED = new Verdict(Verdict.Kind.LIKELY_PLANET, List.of(), List.of());

    /** A candidate of 1000 ± 50 ppm with the given period, transits, odd/even difference and secondary. */
    private static Candidate candidate(int number, double period, int transits, double oddEvenSigma,
                                      double secondarySigma) {
        DepthEstimate depth = new DepthEstimate(1e-3, 5e-5);
        return new Candidate(number, period, 100, 2454933, 0.1, depth, 20, transits, depth, depth, oddEvenSigma,
                new DepthEstimate(secondarySigma * 5e-5, 5e-5), secondarySigma, TransitShape.UNKNOWN, 0.2, -10,
                List.of(), UNJUDGED);
    }

    @Test
    void aCleanCandidateIsALikelyPlanet() {
        Verdict v = RULES.judge(candidate(1, 3.2, 8, 0.5, 0.3), List.of());
        assertThat(v.kind()).isEqualTo(Verdict.Kind.LIKELY_PLANET);
        assertThat(v.text()).isEqualTo("likely planet");
    }

    @Test
    void oddEvenDifferencesAndSecondaryEclipsesMarkABinary() {
        Verdict v = RULES.judge(candidate(1, 3.2, 8, 5.2, 4), List.of());
        assertThat(v.kind()).isEqualTo(Verdict.Kind.LIKELY_ECLIPSING_BINARY);
        assertThat(v.text()).startsWith("likely eclipsing binary: odd/even differ by 5.2σ; secondary eclipse at "
                + "phase 0.5: 200 ± 50 ppm (4.0σ)");
    }

    @Test
    void withTooFewTransitsOddEvenIsOnlyACaution() {
        Verdict v = RULES.judge(candidate(1, 60, 2, 8, 0), List.of());
        assertThat(v.kind()).isEqualTo(Verdict.Kind.TOO_FEW_TRANSITS);
        assertThat(v.text()).isEqualTo("too few transits: 2 transits with data (caution: odd/even differ by 8.0σ)");
    }

    @Test
    void halfThePeriodOfABinaryIsItsSecondaryEclipse() {
        Candidate binary = candidate(1, 4.0, 10, 6, 0);
        binary = binary.withVerdict(RULES.judge(binary, List.of()));
        Verdict v = RULES.judge(candidate(2, 2.0, 20, 0, 0), List.of(binary));
        assertThat(v.kind()).isEqualTo(Verdict.Kind.LIKELY_ECLIPSING_BINARY);
        assertThat(v.reasons()).containsExactly("half the period of candidate 1, an eclipsing binary");

        Candidate planet = candidate(1, 4.0, 10, 0, 0);
        planet = planet.withVerdict(RULES.judge(planet, List.of()));
        Verdict resonant = RULES.judge(candidate(2, 8.0, 5, 0, 0), List.of(planet));
        assertThat(resonant.kind()).isEqualTo(Verdict.Kind.LIKELY_PLANET);
        assertThat(resonant.cautions()).containsExactly("twice the period of candidate 1");
    }
}
