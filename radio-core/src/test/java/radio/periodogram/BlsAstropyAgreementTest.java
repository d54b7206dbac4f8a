package radio.periodogram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import radio.lightcurve.FitsLightCurveReader;
import radio.lightcurve.LightCurve;
import radio.testing.Fixtures;

/**
 * BLS against astropy's {@code BoxLeastSquares} on the same data and the same grid: the exact method matches
 * {@code method="slow"} to 1e-6 relative in every field at every period, and {@code compute_stats},
 * {@code model} and {@code autoperiod} match too. The fast method equals astropy's fast algorithm with the
 * documented wrap-around change (a numpy transcription in the oracle script) to 1e-9 everywhere, and
 * astropy's own {@code method="fast"} at the best period and wherever astropy's lost edge bin does not decide
 * the maximum (see {@link BlsFast}).
 */
class BlsAstropyAgreementTest {
    private static final double TOLERANCE = 1e-6;
    private static final String[] KEYS = {"period", "power", "depth", "depth_err", "duration", "transit_time",
            "depth_snr", "log_likelihood"};

    private static AstropyOracle oracle;

    @BeforeAll
    static void oracle() {
        oracle = AstropyOracle.require();
    }

    private static double[] logGrid(double from, double to, int n) {
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = Math.exp(Math.log(from) + (Math.log(to) - Math.log(from)) * i / (n - 1));
        }
        return p;
    }

    @Test
    void exactMethodMatchesAstropySlowOnSyntheticDataWithErrors() {
        Synthetic s = Synthetic.transit(7, 700, 1325.3, 20, 2.7, 1326.1, 0.12, 0.005, 0.002);
        double[] periods = logGrid(1, 6, 50);
        double[] durations = {0.08, 0.12, 0.16};
        List<JsonNode> r = oracle.run("bls-exact-synthetic", AstropyOracle.request(s.t(), s.y(), s.dy())
                .op("bls_power", "periods", periods, "durations", durations, "method", "slow"));
        BlsResult mine = Bls.of(s.t(), s.y(), s.dy()).power(PeriodGrid.of(periods), durations,
                BlsOptions.DEFAULT.withMethod(Method.EXACT));
        assertAllFields(mine, r.get(0));
        assertThat(mine.best().period()).isCloseTo(2.7, within(0.05));
    }

    @Test
    void exactMethodMatchesAstropySlowWithSnrObjectiveWithoutErrors() {
        Synthetic s = Synthetic.transit(8, 600, 120.5, 9.7, 2.47, 122.0, 0.08, 0.01, 0.003);
        double[] periods = logGrid(0.8, 4, 40);
        double[] durations = {0.05, 0.08};
        List<JsonNode> r = oracle.run("bls-exact-snr", AstropyOracle.request(s.t(), s.y(), null)
                .op("bls_power", "periods", periods, "durations", durations, "method", "slow", "objective", "snr",
                        "oversample", 5));
        BlsResult mine = Bls.of(s.t(), s.y(), null).power(PeriodGrid.of(periods), durations,
                BlsOptions.DEFAULT.withMethod(Method.EXACT).withObjective(Objective.SNR).withOversample(5));
        assertAllFields(mine, r.get(0));
    }

    @Test
    void autoperiodComputeStatsAndModelMatchAstropy() {
        Synthetic s = Synthetic.transit(9, 1500, 1325.3, 27, 3.289, 1327.52, 0.15, 0.006, 0.002);
        double[] durations = {0.05, 0.1, 0.15, 0.2};
        double[] tModel = logGrid(1325.3, 1352.3, 300);
        List<JsonNode> r = oracle.run("bls-grid-stats-model", AstropyOracle.request(s.t(), s.y(), s.dy())
                .op("bls_autoperiod", "durations", durations)
                .op("bls_autoperiod", "durations", durations, "minimum_period", 0.5, "maximum_period", 9.0,
                        "frequency_factor", 10.0)
                .op("bls_stats", "period", 3.289, "duration", 0.15, "transit_time", 1327.52)
                .op("bls_model", "t_model", tModel, "period", 3.289, "duration", 0.15, "transit_time", 1327.52));
        Bls bls = Bls.of(s.t(), s.y(), s.dy());
        assertThat(bls.autoperiod(durations).periods()).containsExactly(AstropyOracle.doubles(r.get(0), "period"));
        assertThat(bls.autoperiod(durations, AutoPeriod.DEFAULT.withMinimumPeriod(0.5).withMaximumPeriod(9)
                .withFrequencyFactor(10)).periods()).containsExactly(AstropyOracle.doubles(r.get(1), "period"));
        assertStats(bls.computeStats(3.289, 0.15, 1327.52), r.get(2));
        BlsTest.assertRelative(bls.model(tModel, 3.289, 0.15, 1327.52), AstropyOracle.doubles(r.get(3), "model"),
                1e-12);
    }

    @Test
    void fastMethodIsAstropysFastAlgorithmWithTheWrapCompletedAndFindsTheSamePeak() {
        Synthetic s = Synthetic.transit(10, 3000, 1325.3, 27, 3.289, 1327.52, 0.15, 0.004, 0.002);
        double[] durations = {0.05, 0.1, 0.15, 0.2, 0.25};
        Bls bls = Bls.of(s.t(), s.y(), s.dy());
        PeriodGrid grid = bls.autoperiod(durations, AutoPeriod.DEFAULT.withMinimumPeriod(0.6).withFrequencyFactor(5));
        List<JsonNode> r = oracle.run("bls-fast", AstropyOracle.request(s.t(), s.y(), s.dy())
                .op("bls_power", "periods", grid.periods(), "durations", durations, "method", "fast")
                .op("bls_fast_full_wrap", "periods", grid.periods(), "durations", durations));
        BlsResult mine = bls.power(grid, durations);
        // every field at every period equals astropy's algorithm with the documented wrap-around change
        assertAllFields(mine, r.get(1), 1e-9);
        // astropy's own fast method: the same peak, and the same power wherever its wrap-around does not decide
        double[] theirs = AstropyOracle.doubles(r.get(0), "power");
        double[] power = mine.power();
        int same = 0;
        for (int i = 0; i < power.length; i++) {
            same += Math.abs(power[i] - theirs[i]) <= TOLERANCE * theirs[i] ? 1 : 0;
        }
        assertThat((double) same / power.length).as("share of periods equal to astropy's fast power")
                .isGreaterThan(0.75);
        int best = mine.bestIndex().orElseThrow();
        assertThat(best).as("index of the best period").isEqualTo(Series.nanArgmax(theirs));
        BlsPeak peak = mine.best();
        assertThat(peak.power()).isCloseTo(theirs[best], within(TOLERANCE * theirs[best]));
        assertThat(peak.depth()).isCloseTo(AstropyOracle.doubles(r.get(0), "depth")[best],
                within(TOLERANCE * peak.depth()));
        assertThat(peak.epoch()).isCloseTo(AstropyOracle.doubles(r.get(0), "transit_time")[best], within(1e-6));
        assertThat(peak.duration()).isEqualTo(AstropyOracle.doubles(r.get(0), "duration")[best]);
    }

    @Test
    void exactMethodMatchesAstropySlowOnTheWasp126TessLightCurve() throws IOException {
        LightCurve lc = new FitsLightCurveReader().read(
                Fixtures.file("fits/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits")).normalize();
        Bls bls = Bls.of(lc);
        double[] t = finite(lc.time(), lc.flux());
        double[] y = finite(lc.flux(), lc.flux());
        double[] dy = finite(lc.fluxErr(), lc.flux());
        assertThat(bls.size()).isEqualTo(18104).isEqualTo(t.length);
        double[] periods = {1.1, 2.2, 3.2878, 3.2888, 3.2898, 4.7};
        double[] durations = {0.1, 0.15};
        List<JsonNode> r = oracle.run("bls-exact-wasp126", AstropyOracle.request(t, y, dy)
                .op("bls_power", "periods", periods, "durations", durations, "method", "slow")
                .op("bls_stats", "period", 3.2888, "duration", 0.15, "transit_time", 1327.52));
        BlsResult mine = bls.power(PeriodGrid.of(periods), durations, BlsOptions.DEFAULT.withMethod(Method.EXACT));
        assertAllFields(mine, r.get(0));
        assertThat(mine.bestIndex().orElseThrow())
                .isEqualTo(Series.nanArgmax(AstropyOracle.doubles(r.get(0), "power")));
        assertStats(bls.computeStats(3.2888, 0.15, 1327.52), r.get(1));
    }

    private static double[] finite(double[] values, double[] flux) {
        return java.util.stream.IntStream.range(0, flux.length).filter(i -> Double.isFinite(flux[i]))
                .mapToDouble(i -> values[i]).toArray();
    }

    private static void assertAllFields(BlsResult mine, JsonNode theirs) {
        assertAllFields(mine, theirs, TOLERANCE);
    }

    private static void assertAllFields(BlsResult mine, JsonNode theirs, double tolerance) {
        double[][] fields = {mine.period(), mine.power(), mine.depth(), mine.depthErr(), mine.duration(),
                mine.transitTime(), mine.depthSnr(), mine.logLikelihood()};
        for (int k = 0; k < KEYS.length; k++) {
            double[] expected = AstropyOracle.doubles(theirs, KEYS[k]);
            assertThat(fields[k]).as(KEYS[k]).hasSameSizeAs(expected);
            for (int i = 0; i < expected.length; i++) {
                assertThat(fields[k][i]).as("%s at period %s", KEYS[k], mine.period()[i])
                        .isCloseTo(expected[i], within(tolerance * Math.abs(expected[i])));
            }
        }
    }

    private static void assertStats(BlsStats s, JsonNode theirs) {
        assertEstimate("depth", s.depth(), theirs);
        assertEstimate("depth_odd", s.depthOdd(), theirs);
        assertEstimate("depth_even", s.depthEven(), theirs);
        assertEstimate("depth_half", s.depthHalf(), theirs);
        assertEstimate("depth_phased", s.depthPhased(), theirs);
        assertThat(s.harmonicAmplitude()).isCloseTo(theirs.get("harmonic_amplitude").asDouble(),
                within(TOLERANCE * s.harmonicAmplitude()));
        double dll = theirs.get("harmonic_delta_log_likelihood").asDouble();
        assertThat(s.harmonicDeltaLogLikelihood()).isCloseTo(dll, within(TOLERANCE * Math.abs(dll)));
        assertThat(s.transitTimes()).containsExactly(AstropyOracle.doubles(theirs, "transit_times"));
        assertThat(s.perTransitCount()).containsExactly(AstropyOracle.ints(theirs, "per_transit_count"));
        BlsTest.assertRelative(s.perTransitLogLikelihood(), AstropyOracle.doubles(theirs, "per_transit_log_likelihood"),
                TOLERANCE);
    }

    private static void assertEstimate(String key, DepthEstimate mine, JsonNode theirs) {
        double[] e = AstropyOracle.doubles(theirs, key);
        assertThat(mine.depth()).as(key).isCloseTo(e[0], within(TOLERANCE * Math.abs(e[0])));
        assertThat(mine.error()).as(key + " error").isCloseTo(e[1], within(TOLERANCE * Math.abs(e[1])));
    }
}
