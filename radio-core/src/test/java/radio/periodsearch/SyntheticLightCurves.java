package radio.periodsearch;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import radio.lightcurve.LightCurve;
import radio.lightcurve.LightCurveMeta;
import radio.lightcurve.TimeSystem;

/** Seeded synthetic Kepler-like light curves in e-/s: half-hour cadence from BKJD 100, 200 ppm noise. */
final class SyntheticLightCurves {
    static final double CADENCE = 1.0 / 48;
    static final double SIGMA = 2e-4;

    private SyntheticLightCurves() {
    }

    /**
     * A box transit (depth 0 for none) on a slow 1 % sinusoidal trend of period 10 d, which a search must flatten
     * away.
     */
    static LightCurve transit(String name, long seed, double baselineDays, double period, double epoch,
                              double duration, double depth) {
        return of(name, seed, baselineDays, t -> 1 + 0.01 * Math.sin(2 * Math.PI * t / 10)
                - (Math.abs(Math.IEEEremainder(t - epoch, period)) < duration / 2 ? depth : 0));
    }

    /** A sinusoid of the given period and relative amplitude, no trend. */
    static LightCurve sinusoid(String name, long seed, double baselineDays, double period, double amplitude) {
        return of(name, seed, baselineDays, t -> 1 + amplitude * Math.sin(2 * Math.PI * t / period));
    }

    private static LightCurve of(String name, long seed, double baselineDays, DoubleUnaryOperator signal) {
        Random r = new Random(seed);
        int n = (int) Math.round(baselineDays / CADENCE);
        double[] t = new double[n];
        double[] f = new double[n];
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = 100 + i * CADENCE;
            f[i] = 5000 * (signal.applyAsDouble(t[i]) + SIGMA * r.nextGaussian());
            e[i] = 5000 * SIGMA;
        }
        return LightCurve.of(t, f, e, TimeSystem.BKJD, "e-/s", LightCurveMeta.inMemory(name));
    }
}
