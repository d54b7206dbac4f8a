package radio.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import radio.lightcurve.Flatten;
import radio.lightcurve.LightCurve;
import radio.lightcurve.LightCurveMeta;
import radio.lightcurve.SigmaClip;
import radio.lightcurve.TimeSystem;

class NoiseTest {
    /**
     * The figure is the standard deviation of 13-cadence means (6.4 h at Kepler's long cadence) of the light curve
     * flattened over 101 cadences with 5σ outliers dropped: the same computed here the slow way.
     */
    @Test
    void isTheSpreadOfSixAndAHalfHourMeansOfTheFlattenedLightCurve() {
        LightCurve lc = whiteNoise(4000, 400e-6, 7);
        double[] f = lc.flatten(Flatten.DEFAULT.withWindowLength(101)).removeOutliers(SigmaClip.of(5)).flux();
        int n = f.length - 13 + 1;
        double[] means = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int k = i; k < i + 13; k++) {
                s += f[k];
            }
            means[i] = s / 13;
        }
        double avg = java.util.Arrays.stream(means).average().orElseThrow();
        double var = java.util.Arrays.stream(means).map(m -> (m - avg) * (m - avg)).sum() / n;

        assertThat(Noise.cdppPpm(lc)).isCloseTo(Math.sqrt(var) * 1e6, within(1e-6));
    }

    /** White noise of σ per cadence: the figure scales with σ, and stays below σ/√13 (the flattening takes a share). */
    @Test
    void scalesWithTheNoise() {
        double small = Noise.cdppPpm(whiteNoise(4000, 200e-6, 11));
        double large = Noise.cdppPpm(whiteNoise(4000, 800e-6, 11));

        assertThat(large / small).isCloseTo(4, within(0.05));
        assertThat(small).isBetween(0.5 * 200 / Math.sqrt(13), 200 / Math.sqrt(13));
    }

    private static LightCurve whiteNoise(int n, double sigma, long seed) {
        double cadence = 29.4244 / 1440;
        double[] t = new double[n];
        double[] f = new double[n];
        double[] e = new double[n];
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            t[i] = i * cadence;
            f[i] = 1 + sigma * gaussian(random);
            e[i] = sigma;
        }
        return LightCurve.of(t, f, e, TimeSystem.BKJD, "", LightCurveMeta.inMemory("white"));
    }

    @Test
    void aLightCurveShorterThanSixHoursHasNoNoiseFigure() {
        double cadence = 29.4244 / 1440;
        double[] t = new double[12];
        double[] f = new double[12];
        for (int i = 0; i < 12; i++) {
            t[i] = i * cadence;
            f[i] = 1 + (i % 2) * 1e-4;
        }
        LightCurve lc = LightCurve.of(t, f, new double[12], TimeSystem.BKJD, "", LightCurveMeta.inMemory("short"));
        assertThat(Noise.cdppPpm(lc)).isNaN();
    }

    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
