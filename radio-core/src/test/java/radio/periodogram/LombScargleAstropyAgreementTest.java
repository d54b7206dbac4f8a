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
 * Lomb–Scargle against astropy's {@code LombScargle} on the same data and grid. The exact method matches
 * astropy's {@code method="cython"} to 1e-6 relative at every frequency. The fast method (a NUFFT) matches the
 * same direct sums: within 1e-6 of the power or 1e-9 of the highest power, whichever is larger (low powers are
 * differences of large sums). astropy's own {@code method="fast"} is not the reference: its extirpolation errors
 * reach per cent of the peak near the top of the grid.
 */
class LombScargleAstropyAgreementTest {
    private static AstropyOracle oracle;

    @BeforeAll
    static void oracle() {
        oracle = AstropyOracle.require();
    }

    @Test
    void bothMethodsMatchAstropyOnSyntheticDataWithAndWithoutErrors() {
        Synthetic s = Synthetic.sinusoid(3, 0.02, 1325.3, 27, 1.0, 3.3, 0.002, 0.003);
        for (double[] dy : new double[][] {s.dy(), null}) {
            LombScargle ls = LombScargle.of(s.t(), s.y(), dy);
            FrequencyGrid g = ls.autofrequency(AutoFrequency.DEFAULT.withMaximumFrequency(12));
            List<JsonNode> r = oracle.run("ls-synthetic-" + (dy == null ? "unweighted" : "weighted"),
                    AstropyOracle.request(s.t(), s.y(), dy)
                            .op("ls_autofrequency", "maximum_frequency", 12.0)
                            .op("ls_power", "f0", g.start(), "df", g.step(), "n", g.size(), "method", "cython"));
            assertThat(g.frequencies()).containsExactly(AstropyOracle.doubles(r.get(0), "frequency"));
            LombScargleResult exact = ls.power(g, Method.EXACT);
            BlsTest.assertRelative(exact.power(), AstropyOracle.doubles(r.get(1), "power"), 1e-6);
            assertFastAgrees(ls.power(g, Method.FAST).power(), AstropyOracle.doubles(r.get(1), "power"));
            assertThat(exact.bestPeriod()).isCloseTo(3.3, within(0.05));
        }
    }

    @Test
    void otherNormalizationsAndFixedMeanMatchAstropy() {
        Synthetic s = Synthetic.sinusoid(5, 0.03, 100, 20, 2.0, 1.7, 0.004, 0.003);
        LombScargle ls = LombScargle.of(s.t(), s.y(), s.dy());
        FrequencyGrid g = new FrequencyGrid(0.02, 0.01, 800);
        AstropyOracle.Request request = AstropyOracle.request(s.t(), s.y(), s.dy());
        for (Normalization n : Normalization.values()) {
            request.op("ls_power", "f0", g.start(), "df", g.step(), "n", g.size(), "method", "cython",
                    "normalization", n.name().toLowerCase(java.util.Locale.ROOT));
        }
        request.op("ls_power", "f0", g.start(), "df", g.step(), "n", g.size(), "method", "cython",
                "fit_mean", false, "center_data", true);
        request.op("ls_power", "f0", g.start(), "df", g.step(), "n", g.size(), "method", "cython",
                "fit_mean", false, "center_data", false);
        List<JsonNode> r = oracle.run("ls-normalizations", request);
        Normalization[] all = Normalization.values();
        for (int k = 0; k < all.length; k++) {
            BlsTest.assertRelative(ls.withNormalization(all[k]).power(g, Method.EXACT).power(),
                    AstropyOracle.doubles(r.get(k), "power"), 1e-6);
        }
        BlsTest.assertRelative(ls.withFitMean(false).power(g, Method.EXACT).power(),
                AstropyOracle.doubles(r.get(all.length), "power"), 1e-6);
        assertFastAgrees(ls.withFitMean(false).withCenterData(false).power(g, Method.FAST).power(),
                AstropyOracle.doubles(r.get(all.length + 1), "power"));
    }

    @Test
    void falseAlarmProbabilitiesMatchAstropyForLongAndShortSeries() {
        // 40 points make the small-sample factors (N − 1, N − 3) visible; 1300 points the large-sample regime
        Synthetic big = Synthetic.sinusoid(6, 0.02, 1325.3, 27, 1.0, 3.3, 0.0006, 0.003);
        Synthetic small = Synthetic.sinusoid(7, 0.5, 1325.3, 20, 0.0, 3.3, 0.001, 0.003);
        assertThat(small.t()).hasSize(40);
        for (Synthetic s : new Synthetic[] {big, small}) {
            double[] powers = s == big ? new double[] {0.002, 0.005, 0.01, 0.02} : new double[] {0.2, 0.3, 0.5};
            double fmax = s == big ? 10.0 : 1.0;
            AstropyOracle.Request request = AstropyOracle.request(s.t(), s.y(), s.dy());
            for (FalseAlarmMethod m : FalseAlarmMethod.values()) {
                request.op("ls_fap", "power", powers, "maximum_frequency", fmax, "method",
                        m.name().toLowerCase(java.util.Locale.ROOT));
            }
            Normalization[] norms = {Normalization.MODEL, Normalization.LOG, Normalization.PSD};
            for (Normalization n : norms) {
                request.op("ls_fap", "power", powers, "maximum_frequency", fmax, "normalization",
                        n.name().toLowerCase(java.util.Locale.ROOT));
            }
            List<JsonNode> r = oracle.run("ls-fap-" + s.t().length, request);
            LombScargle ls = LombScargle.of(s.t(), s.y(), s.dy());
            // astropy takes the highest frequency of the automatic grid that the maximum frequency asks for
            double gridMax = ls.autofrequency(AutoFrequency.DEFAULT.withMaximumFrequency(fmax)).maximum();
            assertThat(gridMax).isCloseTo(fmax, within(0.02 * fmax));
            FalseAlarmMethod[] methods = FalseAlarmMethod.values();
            for (int k = 0; k < methods.length; k++) {
                double[] expected = AstropyOracle.doubles(r.get(k), "false_alarm_probability");
                for (int i = 0; i < powers.length; i++) {
                    assertThat(ls.falseAlarmProbability(powers[i], gridMax, methods[k]))
                            .as("%s at %s, %d points", methods[k], powers[i], s.t().length)
                            .isCloseTo(expected[i], within(1e-6 * expected[i]));
                }
            }
            for (int k = 0; k < norms.length; k++) {
                double[] expected = AstropyOracle.doubles(r.get(methods.length + k), "false_alarm_probability");
                for (int i = 0; i < powers.length; i++) {
                    assertThat(ls.withNormalization(norms[k]).falseAlarmProbability(powers[i], gridMax))
                            .as("%s at %s, %d points", norms[k], powers[i], s.t().length)
                            .isCloseTo(expected[i], within(1e-6 * expected[i]));
                }
            }
        }
    }

    @Test
    void bothMethodsMatchAstropyOnTheKepler90Quarter3LightCurve() throws IOException {
        LightCurve lc = new FitsLightCurveReader().read(
                Fixtures.file("fits/kplr011442793-2009350155506_llc.fits")).normalize();
        LombScargle ls = LombScargle.of(lc);
        assertThat(ls.size()).isEqualTo(4134);
        double[] keep = lc.flux();
        double[] t = java.util.stream.IntStream.range(0, keep.length).filter(i -> Double.isFinite(keep[i]))
                .mapToDouble(i -> lc.time()[i]).toArray();
        double[] y = java.util.Arrays.stream(keep).filter(Double::isFinite).toArray();
        double[] err = lc.fluxErr();
        double[] dy = java.util.stream.IntStream.range(0, keep.length).filter(i -> Double.isFinite(keep[i]))
                .mapToDouble(i -> err[i]).toArray();
        FrequencyGrid g = ls.autofrequency();
        List<JsonNode> r = oracle.run("ls-kepler90-q3", AstropyOracle.request(t, y, dy)
                .op("ls_power", "f0", g.start(), "df", g.step(), "n", g.size(), "method", "cython"));
        double[] direct = AstropyOracle.doubles(r.get(0), "power");
        LombScargleResult mine = ls.power(g, Method.FAST);
        assertFastAgrees(mine.power(), direct);
        assertThat(mine.bestIndex()).hasValue(Series.nanArgmax(direct));
        FrequencyGrid low = new FrequencyGrid(g.start(), g.step(), 3000);
        double[] lowDirect = java.util.Arrays.copyOf(direct, 3000);
        BlsTest.assertRelative(ls.power(low, Method.EXACT).power(), lowDirect, 1e-6);
    }

    private static void assertFastAgrees(double[] mine, double[] theirs) {
        assertThat(mine).hasSameSizeAs(theirs);
        double peak = java.util.Arrays.stream(theirs).max().orElseThrow();
        for (int i = 0; i < mine.length; i++) {
            assertThat(mine[i]).as("fast power at index %d", i)
                    .isCloseTo(theirs[i], within(Math.max(1e-6 * Math.abs(theirs[i]), 1e-9 * peak)));
        }
    }
}
