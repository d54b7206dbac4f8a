package radio.periodogram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Comparator;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BlsTest {
    private static final double PERIOD = 2.7183;
    private static final double EPOCH = 1326.1;
    private static final double DURATION = 0.12;
    private static final double DEPTH = 0.004;

    private static final Synthetic TRANSIT = Synthetic.transit(42, 2000, 1325.3, 25, PERIOD, EPOCH, DURATION,
            DEPTH, 0.002);
    private static final double[] DURATIONS = {0.06, 0.09, 0.12, 0.18};

    private static PeriodGrid around(double period, double halfWidthLn, int n) {
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = Math.exp(Math.log(period) - halfWidthLn + 2 * halfWidthLn * i / (n - 1));
        }
        return PeriodGrid.of(p);
    }

    @Test
    void recoversInjectedTransitPeriodEpochDurationAndDepthWithBothMethods() {
        Bls bls = Bls.of(TRANSIT.t(), TRANSIT.y(), TRANSIT.dy());
        for (Method method : Method.values()) {
            BlsPeak best = bls.power(around(PERIOD, 0.1, 800), DURATIONS, BlsOptions.DEFAULT.withMethod(method)).best();
            assertThat(best.period()).as(method + " period").isCloseTo(PERIOD, within(PERIOD * 1e-3));
            double phase = Series.pyMod(best.epoch() - EPOCH + 0.5 * PERIOD, PERIOD) - 0.5 * PERIOD;
            assertThat(phase).as(method + " epoch offset").isCloseTo(0, within(0.01));
            assertThat(best.duration()).as(method + " duration").isCloseTo(DURATION, within(0.0061));
            assertThat(best.depth()).as(method + " depth").isCloseTo(DEPTH, within(3 * best.depthErr()));
            assertThat(best.depthErr()).as(method + " depth error").isBetween(1e-4, 4e-4);
            assertThat(best.snr()).as(method + " SNR").isGreaterThan(15);
            assertThat(best.epoch()).as(method + " epoch on the data's time axis").isBetween(1325.3, 1325.3 + 25);
        }
    }

    @Test
    void recoversTheTransitFromTheAutomaticGridWithSnrObjective() {
        Bls bls = Bls.of(TRANSIT.t(), TRANSIT.y(), TRANSIT.dy());
        BlsResult r = bls.power(bls.autoperiod(DURATIONS), DURATIONS,
                BlsOptions.DEFAULT.withObjective(Objective.SNR));
        assertThat(r.objective()).isEqualTo(Objective.SNR);
        assertThat(r.best().period()).isCloseTo(PERIOD, within(PERIOD * 1e-3));
        assertThat(r.best().power()).isEqualTo(r.best().snr());
    }

    @Test
    void noiseOnlyGivesNoSignificantPeak() {
        Synthetic noise = Synthetic.transit(43, 2000, 1325.3, 25, PERIOD, EPOCH, DURATION, 0.0, 0.002);
        Bls bls = Bls.of(noise.t(), noise.y(), noise.dy());
        BlsPeak best = bls.power(bls.autoperiod(DURATIONS), DURATIONS).best();
        assertThat(best.snr()).as("best SNR of pure noise").isLessThan(6);
        assertThat(best.depth()).isLessThan(3 * DEPTH / 10);
        // the same search finds the injected transit far above that level
        assertThat(Bls.of(TRANSIT.t(), TRANSIT.y(), TRANSIT.dy()).power(bls.autoperiod(DURATIONS), DURATIONS).best()
                .snr()).isGreaterThan(15);
    }

    @Test
    void sequentialAndParallelSearchesGiveIdenticalArrays() {
        Bls bls = Bls.of(TRANSIT.t(), TRANSIT.y(), TRANSIT.dy());
        PeriodGrid grid = bls.autoperiod(DURATIONS);
        for (Method method : Method.values()) {
            PeriodGrid g = method == Method.FAST ? grid : around(PERIOD, 0.3, 150);
            BlsResult one = bls.power(g, DURATIONS, BlsOptions.DEFAULT.withMethod(method).withThreads(1));
            BlsResult two = bls.power(g, DURATIONS, BlsOptions.DEFAULT.withMethod(method).withThreads(2));
            BlsResult five = bls.power(g, DURATIONS, BlsOptions.DEFAULT.withMethod(method).withThreads(5));
            assertThat(two).as(method + " 2 threads").isEqualTo(one);
            assertThat(five).as(method + " 5 threads").isEqualTo(one);
            assertThat(one.size()).as(method.name()).isEqualTo(g.size());
        }
    }

    @Test
    void pointsInAnyOrderGiveTheSameResultAsInTimeOrder() {
        int n = TRANSIT.t().length;
        int[] order = new Random(7).ints(0, Integer.MAX_VALUE).limit(n).toArray();
        Integer[] shuffled = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(shuffled, Comparator.comparingInt(i -> order[i]));
        double[] t = new double[n];
        double[] y = new double[n];
        double[] dy = new double[n];
        for (int k = 0; k < n; k++) {
            t[k] = TRANSIT.t()[shuffled[k]];
            y[k] = TRANSIT.y()[shuffled[k]];
            dy[k] = TRANSIT.dy()[shuffled[k]];
        }
        assertThat(t).isNotEqualTo(TRANSIT.t());
        Bls inOrder = Bls.of(TRANSIT.t(), TRANSIT.y(), TRANSIT.dy());
        Bls anyOrder = Bls.of(t, y, dy);
        for (Method method : Method.values()) {
            BlsOptions options = BlsOptions.DEFAULT.withMethod(method);
            PeriodGrid grid = around(PERIOD, 0.2, method == Method.FAST ? 400 : 60);
            assertThat(anyOrder.power(grid, DURATIONS, options)).as(method.name())
                    .isEqualTo(inOrder.power(grid, DURATIONS, options));
        }
    }

    @Test
    void fastMethodEqualsExactReferenceForOneDurationAwayFromTheWrap() {
        // with a single duration the fast method's windows are the exact method's, except near phase 0 where
        // the exact method centres windows on its own grid and the fast method's last phase bin is partial;
        // the dense series fills its phase bins edge by edge, the sparse one point by point
        Synthetic dense = Synthetic.transit(44, 20000, 1325.3, 10, 1.3, 1325.9, 0.1, 0.003, 0.002);
        for (Synthetic s : new Synthetic[] {TRANSIT, dense}) {
            Bls bls = Bls.of(s.t(), s.y(), s.dy());
            double[] oneDuration = {0.1};
            PeriodGrid grid = around(s == dense ? 1.3 : PERIOD, 0.5, 200);
            BlsResult fast = bls.power(grid, oneDuration);
            BlsResult exact = bls.power(grid, oneDuration, BlsOptions.DEFAULT.withMethod(Method.EXACT));
            double[] fp = fast.power();
            double[] ep = exact.power();
            int same = 0;
            for (int i = 0; i < fp.length; i++) {
                same += Math.abs(fp[i] - ep[i]) <= 1e-9 * ep[i] ? 1 : 0;
            }
            assertThat(same).as("periods where fast equals exact").isGreaterThan(fp.length * 8 / 10);
            BlsPeak f = fast.best();
            BlsPeak e = exact.best();
            assertThat(f.period()).isEqualTo(e.period());
            assertThat(f.power()).isCloseTo(e.power(), within(1e-9 * e.power()));
            assertThat(f.depth()).isCloseTo(e.depth(), within(1e-9 * e.depth()));
            assertThat(f.epoch()).isCloseTo(e.epoch(), within(1e-9));
        }
    }

    @Test
    void fastMethodReportsDurationsAsWholePhaseBins() {
        Bls bls = Bls.of(TRANSIT.t(), TRANSIT.y(), TRANSIT.dy());
        BlsResult r = bls.power(around(PERIOD, 0.05, 50), new double[] {0.05, 0.123}, BlsOptions.DEFAULT);
        // bins of 0.005 d: 0.123 d is tested as 25 bins
        assertThat(r.duration()).containsOnly(0.05, 25 * 0.005);
    }

    @Test
    void autoperiodFollowsAstropysHeuristics() {
        Bls bls = Bls.of(TRANSIT.t(), TRANSIT.y(), null);
        double baseline = bls.baseline();
        PeriodGrid grid = bls.autoperiod(DURATIONS);
        double df = 0.06 / (baseline * baseline);
        double fmax = 1 / (2 * 0.18);
        double fmin = 1 / (baseline / 2);
        assertThat(grid.size()).isEqualTo(1 + (int) Math.rint((fmax - fmin) / df));
        assertThat(grid.period(0)).isCloseTo(0.36, within(1e-12));
        assertThat(grid.period(grid.size() - 1)).isCloseTo(baseline / 2, within(baseline / 2 * 1e-3));
        assertThat(1 / grid.period(0) - 1 / grid.period(1)).isCloseTo(df, within(df * 1e-9));
        PeriodGrid coarse = bls.autoperiod(DURATIONS, AutoPeriod.DEFAULT.withFrequencyFactor(10)
                .withMinimumPeriod(1).withMaximumPeriod(5));
        assertThat(coarse.minimum()).isCloseTo(1, within(1e-12));
        // the frequency step is rounded to fit the range, so the ends move by up to half a step
        assertThat(coarse.maximum()).isCloseTo(5, within(5 * 5 * 10 * df / 2));
        assertThat(coarse.size()).isEqualTo(1 + (int) Math.rint((1 - 0.2) / (10 * df)));
    }

    @Test
    void refusesADurationNotShorterThanTheShortestPeriod() {
        Bls bls = Bls.of(TRANSIT.t(), TRANSIT.y(), TRANSIT.dy());
        assertThatThrownBy(() -> bls.power(PeriodGrid.of(0.5, 1, 2), new double[] {0.1, 0.5}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("longest transit duration 0.5 d")
                .hasMessageContaining("shortest period 0.5 d");
    }

    @Test
    void refusesAMinimumPeriodAboveTheMaximum() {
        assertThatThrownBy(() -> AutoPeriod.DEFAULT.withMinimumPeriod(5).withMaximumPeriod(2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minimum period 5.0 d is above maximum period 2.0 d");
        Bls bls = Bls.of(TRANSIT.t(), TRANSIT.y(), TRANSIT.dy());
        assertThatThrownBy(() -> bls.autoperiod(DURATIONS, AutoPeriod.DEFAULT.withMaximumPeriod(0.2)))
                .hasMessage("minimum period (twice the longest duration) 0.36 d is above maximum period 0.2 d");
        assertThatThrownBy(() -> new AutoPeriod(OptionalDouble.empty(), OptionalDouble.empty(), 1, 1))
                .hasMessageContaining("greater than 1");
    }

    @Test
    void refusesAPhaseBinningTooFineForMemory() {
        Bls bls = Bls.of(TRANSIT.t(), TRANSIT.y(), TRANSIT.dy());
        assertThatThrownBy(() -> bls.power(PeriodGrid.of(1000), new double[] {1e-5}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("would need 1000000000 bins at the longest period 1000.0 d");
    }

    @Test
    void refusesBadInputNamingTheIndex() {
        assertThatThrownBy(() -> Bls.of(new double[] {1, 2, Double.NaN}, new double[] {1, 1, 1}, null))
                .hasMessage("time at index 2 is NaN; remove NaN and infinite rows first");
        assertThatThrownBy(() -> Bls.of(new double[] {1, 2, 3}, new double[] {1, 1, 1}, new double[] {1, 0, 1}))
                .hasMessageContaining("error at index 1 is 0.0");
        assertThatThrownBy(() -> Bls.of(new double[] {1, 2}, new double[] {1, 1, 1}, null))
                .hasMessageContaining("differ in length");
        assertThatThrownBy(() -> PeriodGrid.of(1, -2)).hasMessageContaining("period at index 1 is -2.0");
    }

    @Test
    void periodsWithoutAnyDipAreNaNAndIgnoredByBest() {
        // a pure step up: no window has a positive depth at short periods... except where it does
        double[] t = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        double[] y = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        BlsResult r = Bls.of(t, y, null).power(PeriodGrid.of(2.5, 3.5), new double[] {0.5});
        assertThat(r.power()).containsOnly(0.0);
        assertThat(r.depth()).containsOnly(0.0);
        double[] flat = Bls.of(t, y, null).power(PeriodGrid.of(2.5), new double[] {0.5},
                BlsOptions.DEFAULT.withMethod(Method.EXACT)).power();
        assertThat(flat[0]).as("exact method wants a strictly positive depth").isNaN();
        assertThat(Bls.of(t, y, null).power(PeriodGrid.of(2.5), new double[] {0.5},
                BlsOptions.DEFAULT.withMethod(Method.EXACT)).bestIndex()).isEmpty();
    }

    @Test
    void computeStatsSeesEqualOddAndEvenDepthsAndCountsEveryTransit() {
        Bls bls = Bls.of(TRANSIT.t(), TRANSIT.y(), TRANSIT.dy());
        BlsStats s = bls.computeStats(PERIOD, DURATION, EPOCH);
        assertThat(s.depth().depth()).isCloseTo(DEPTH, within(3 * s.depth().error()));
        assertThat(s.depthOdd().depth() - s.depthEven().depth())
                .isCloseTo(0, within(3 * Math.hypot(s.depthOdd().error(), s.depthEven().error())));
        assertThat(Math.abs(s.depthPhased().snr())).as("no secondary eclipse").isLessThan(4);
        assertThat(s.depthHalf().depth()).as("half period dilutes the dip").isLessThan(0.6 * DEPTH);
        assertThat(s.harmonicDeltaLogLikelihood()).as("a box fits better than a sinusoid").isNegative();
        // transits from the first to the last one with data, 25 d / 2.7183 d
        assertThat(s.transitTimes()).hasSize(s.perTransitCount().length);
        assertThat(s.transitTimes()[0]).isCloseTo(EPOCH, within(1e-9));
        assertThat(s.transitTimes()).hasSize(9);
        int total = 0;
        for (int c : s.perTransitCount()) {
            total += c;
        }
        boolean[] in = bls.transitMask(TRANSIT.t(), PERIOD, DURATION, EPOCH);
        int inside = 0;
        for (boolean b : in) {
            inside += b ? 1 : 0;
        }
        assertThat(total).isEqualTo(inside).isGreaterThan(50);
        double sumLl = 0;
        for (double ll : s.perTransitLogLikelihood()) {
            sumLl += ll;
        }
        assertThat(sumLl).as("per-transit log-likelihoods add up to the model's").isCloseTo(
                0.5 * s.depth().depth() * s.depth().depth() / (s.depth().error() * s.depth().error()
                        - 1 / sumIvarOut(bls, in)), within(1e-6 * sumLl));
    }

    private static double sumIvarOut(Bls bls, boolean[] in) {
        double s = 0;
        double[] dy = TRANSIT.dy();
        for (int i = 0; i < in.length; i++) {
            if (!in[i]) {
                s += 1 / (dy[i] * dy[i]);
            }
        }
        return s;
    }

    @Test
    void modelIsTheInTransitMeanInsideAndTheOutOfTransitMeanOutside() {
        double[] t = {0, 1, 2, 3, 4, 5, 6, 7};
        double[] y = {1, 0.5, 1, 0.7, 1, 0.6, 1, 0.6};
        Bls bls = Bls.of(t, y, null);
        double[] m = bls.model(new double[] {0, 1, 2, 3, 9}, 2, 0.5, 1);
        assertThat(m).containsExactly(1.0, 0.6, 1.0, 0.6, 0.6);
        assertThat(bls.transitMask(new double[] {0.74, 0.76, 1.24, 1.26}, 2, 0.5, 1))
                .containsExactly(false, true, true, false);
    }

    static void assertRelative(double[] actual, double[] expected, double tolerance) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < actual.length; i++) {
            if (Double.isNaN(expected[i])) {
                assertThat(actual[i]).as("index %d", i).isNaN();
            } else {
                assertThat(actual[i]).as("index %d", i)
                        .isCloseTo(expected[i], within(tolerance * Math.abs(expected[i])));
            }
        }
    }
}
