package radio.periodogram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LombScargleTest {
    private static final double PERIOD = 3.3;
    private static final Synthetic WAVE = Synthetic.sinusoid(3, 0.02, 1325.3, 27, 1.0, PERIOD, 0.002, 0.003);

    @Test
    void recoversTheSinusoidPeriodWithBothMethods() {
        LombScargle ls = LombScargle.of(WAVE.t(), WAVE.y(), WAVE.dy());
        FrequencyGrid grid = ls.autofrequency(AutoFrequency.DEFAULT.withMaximumFrequency(10));
        for (Method method : Method.values()) {
            LombScarglePeak best = ls.power(grid, method).best();
            assertThat(best.period()).as(method.name()).isCloseTo(PERIOD, within(PERIOD * 0.01));
            assertThat(best.power()).as(method.name()).isBetween(0.1, 1.0);
        }
    }

    @Test
    void fastMethodEqualsTheExactPowerUpToTheHighestFrequency() {
        // a NUFFT accurate to ~1e-12 of the sums: unlike Press & Rybicki's extirpolation (astropy's "fast"),
        // whose error grows towards the top of the grid, it equals the direct sums everywhere
        LombScargle ls = LombScargle.of(WAVE.t(), WAVE.y(), WAVE.dy());
        for (FrequencyGrid grid : new FrequencyGrid[] {ls.autofrequency(), new FrequencyGrid(0.02, 0.0137, 7),
                new FrequencyGrid(0.3, 0.0011, 1), new FrequencyGrid(0.04, 0.05, 2001),
                // a step far coarser than 1/baseline: phases wrap many times round the NUFFT's circle
                new FrequencyGrid(0.1, 2.37, 501)}) {
            for (LombScargle variant : new LombScargle[] {ls, ls.withFitMean(false),
                    ls.withFitMean(false).withCenterData(false)}) {
                double[] fast = variant.power(grid, Method.FAST).power();
                double[] exact = variant.power(grid, Method.EXACT).power();
                double peak = java.util.Arrays.stream(exact).max().orElseThrow();
                for (int i = 0; i < grid.size(); i++) {
                    assertThat(fast[i]).as("%s, frequency %d", grid, i).isCloseTo(exact[i], within(1e-9 * peak));
                }
            }
        }
    }

    @Test
    void exactMethodOnARegularGridEqualsDirectEvaluationAtEachFrequency() {
        LombScargle ls = LombScargle.of(WAVE.t(), WAVE.y(), WAVE.dy());
        FrequencyGrid grid = new FrequencyGrid(0.01, 0.0137, 700);
        double[] rotated = ls.power(grid, Method.EXACT).power();
        double[] direct = ls.power(grid.frequencies()).power();
        BlsTest.assertRelative(rotated, direct, 1e-9);
    }

    @Test
    void sequentialAndParallelExactPowersAreIdentical() {
        LombScargle ls = LombScargle.of(WAVE.t(), WAVE.y(), WAVE.dy());
        FrequencyGrid grid = new FrequencyGrid(0.005, 0.003, 3000);
        assertThat(ls.power(grid, Method.EXACT, 2)).isEqualTo(ls.power(grid, Method.EXACT, 1))
                .isEqualTo(ls.power(grid, Method.EXACT, 7));
    }

    @Test
    void noiseHasAHighFalseAlarmProbabilityAndTheSinusoidATinyOne() {
        Synthetic noise = Synthetic.sinusoid(4, 0.02, 1325.3, 27, 1.0, PERIOD, 0.0, 0.003);
        for (Synthetic s : new Synthetic[] {noise, WAVE}) {
            LombScargle ls = LombScargle.of(s.t(), s.y(), s.dy());
            FrequencyGrid grid = ls.autofrequency(AutoFrequency.DEFAULT.withMaximumFrequency(10));
            double fap = ls.falseAlarmProbability(ls.power(grid).best().power(), grid.maximum());
            if (s == noise) {
                assertThat(fap).as("noise").isGreaterThan(0.01);
            } else {
                assertThat(fap).as("sinusoid").isLessThan(1e-30);
            }
        }
    }

    @Test
    void normalizationsAreTheDocumentedFunctionsOfTheStandardPower() {
        LombScargle ls = LombScargle.of(WAVE.t(), WAVE.y(), WAVE.dy());
        FrequencyGrid grid = new FrequencyGrid(0.1, 0.05, 40);
        double[] p = ls.power(grid, Method.EXACT).power();
        double[] model = ls.withNormalization(Normalization.MODEL).power(grid, Method.EXACT).power();
        double[] log = ls.withNormalization(Normalization.LOG).power(grid, Method.EXACT).power();
        double[] psd = ls.withNormalization(Normalization.PSD).power(grid, Method.EXACT).power();
        double chi2 = 0;
        double mean = 0;
        double wsum = 0;
        for (int i = 0; i < WAVE.y().length; i++) {
            double w = 1 / (WAVE.dy()[i] * WAVE.dy()[i]);
            mean += w * WAVE.y()[i];
            wsum += w;
        }
        mean /= wsum;
        for (int i = 0; i < WAVE.y().length; i++) {
            double r = (WAVE.y()[i] - mean) / WAVE.dy()[i];
            chi2 += r * r;
        }
        for (int i = 0; i < p.length; i++) {
            assertThat(model[i]).isCloseTo(p[i] / (1 - p[i]), within(1e-9 * model[i]));
            assertThat(log[i]).isCloseTo(-Math.log(1 - p[i]), within(1e-9 * log[i]));
            assertThat(psd[i]).isCloseTo(0.5 * chi2 * p[i], within(1e-9 * psd[i]));
        }
    }

    @Test
    void autofrequencyFollowsAstropysHeuristics() {
        LombScargle ls = LombScargle.of(WAVE.t(), WAVE.y(), null);
        double baseline = WAVE.t()[WAVE.t().length - 1] - WAVE.t()[0];
        FrequencyGrid g = ls.autofrequency();
        double df = 1 / baseline / 5;
        assertThat(g.step()).isEqualTo(df);
        assertThat(g.start()).isEqualTo(0.5 * df);
        double fmax = 5 * 0.5 * WAVE.t().length / baseline;
        assertThat(g.size()).isEqualTo(1 + (int) Math.rint((fmax - 0.5 * df) / df));
        FrequencyGrid byPeriod = ls.autofrequency(AutoFrequency.DEFAULT.withPeriodRange(0.5, 10));
        assertThat(byPeriod.start()).isEqualTo(0.1);
        assertThat(byPeriod.maximum()).isCloseTo(2, within(df));
    }

    @Test
    void refusesBadInput() {
        assertThatThrownBy(() -> LombScargle.of(new double[] {1, 2}, new double[] {1, 2}, null))
                .hasMessage("need at least 3 points, got 2");
        assertThatThrownBy(() -> AutoFrequency.DEFAULT.withPeriodRange(5, 1))
                .hasMessage("minimum period 5.0 d is above maximum period 1.0 d");
        assertThatThrownBy(() -> new FrequencyGrid(-1, 0.1, 10)).hasMessageContaining("start is -1.0");
        LombScargle ls = LombScargle.of(WAVE.t(), WAVE.y(), null);
        assertThatThrownBy(() -> ls.power(new double[] {0.1, Double.NaN}))
                .hasMessageContaining("frequency at index 1 is NaN");
    }
}
