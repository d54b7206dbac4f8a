package radio.sim.content;

import java.util.SplittableRandom;

/**
 * Rotational modulation by evolving star spots: the first two harmonics of the rotation period, with amplitudes
 * and phases that wander on the spots' lifetime, so the signal is quasi-periodic as real spotted stars are.
 *
 * @param rotationDays   rotation period, days
 * @param amplitude      typical semi-amplitude, fraction of the flux
 * @param lifetimeDays   time over which spot patterns change, days
 * @param seed           seed of the spot evolution
 */
public record Spots(double rotationDays, double amplitude, double lifetimeDays, long seed) implements Signal {
    public Spots {
        if (!(rotationDays > 0) || amplitude < 0 || !(lifetimeDays > 0)) {
            throw new IllegalArgumentException("implausible spots: P=" + rotationDays + ", A=" + amplitude);
        }
    }

    @Override
    public void apply(double[] time, double[] relativeFlux) {
        if (time.length == 0) {
            return;
        }
        SplittableRandom r = new SplittableRandom(seed);
        // amplitudes and phases are smooth random walks sampled every tenth of a lifetime and interpolated
        double t0 = time[0];
        double knot = lifetimeDays / 10;
        int knots = (int) ((time[time.length - 1] - t0) / knot) + 2;
        double[][] walk = new double[4][knots];
        double[] start = {1, r.nextDouble(0.2, 0.6), r.nextDouble(2 * Math.PI), r.nextDouble(2 * Math.PI)};
        for (int c = 0; c < 4; c++) {
            walk[c][0] = start[c];
            for (int k = 1; k < knots; k++) {
                double spread = c < 2 ? 0.1 : 0.35;
                double pull = c < 2 ? 0.05 * (start[c] - walk[c][k - 1]) : 0;
                walk[c][k] = walk[c][k - 1] + pull + r.nextGaussian() * spread;
            }
        }
        for (int i = 0; i < time.length; i++) {
            double x = (time[i] - t0) / knot;
            int k = Math.min(knots - 2, (int) x);
            double f = x - k;
            double a1 = Math.abs(walk[0][k] * (1 - f) + walk[0][k + 1] * f);
            double a2 = Math.abs(walk[1][k] * (1 - f) + walk[1][k + 1] * f);
            double p1 = walk[2][k] * (1 - f) + walk[2][k + 1] * f;
            double p2 = walk[3][k] * (1 - f) + walk[3][k + 1] * f;
            double w = 2 * Math.PI * (time[i] - t0) / rotationDays;
            double dimming = amplitude * (a1 * (1 - Math.cos(w + p1)) + a2 * (1 - Math.cos(2 * w + p2))) / 2;
            relativeFlux[i] *= 1 - dimming;
        }
    }
}
