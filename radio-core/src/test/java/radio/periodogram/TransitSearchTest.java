package radio.periodogram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TransitSearchTest {
    @Test
    void lightkurvesDefaultsForAKeplerLongCadenceQuarter() {
        double[] d = TransitSearch.durations();
        double cadence = 1.0 / 48;

        assertThat(d).containsExactly(0.05, 0.10, 0.15, 0.20, 0.25, 0.33);
        assertThat(TransitSearch.flattenWindowDays(d)).as("3 × 0.33 d, raised to a day").isEqualTo(1.0);
        assertThat(TransitSearch.flattenWindowDays(new double[] {0.5})).isCloseTo(1.5, within(1e-12));
        assertThat(TransitSearch.minimumPeriod(d, cadence)).isCloseTo(0.33 + cadence, within(1e-12));
        assertThat(TransitSearch.minimumPeriod(new double[] {0.01}, cadence)).isCloseTo(4 * cadence, within(1e-12));
        AutoPeriod p = TransitSearch.periods(d, cadence, 90);
        assertThat(p.maximumPeriod()).hasValue(30.0);
        assertThat(p.frequencyFactor()).isEqualTo(10.0);
    }

    @Test
    void durationsAreACopy() {
        TransitSearch.durations()[0] = 99;

        assertThat(TransitSearch.durations()[0]).isEqualTo(0.05);
    }
}
