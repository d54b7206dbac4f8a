package radio.sim.content;

import java.util.SplittableRandom;

/**
 * What a pipeline leaves behind: correlated noise (granulation and residual pointing systematics, an AR(1)
 * process with the given time scale) and a slow drift over the observation.
 *
 * @param sigma      standard deviation of the correlated part, fraction of the flux
 * @param tauDays    correlation time, days
 * @param drift      total linear drift over the observation, fraction of the flux
 * @param seed       seed of the noise
 */
public record RedNoise(double sigma, double tauDays, double drift, long seed) implements Signal {
    public RedNoise {
        if (sigma < 0 || !(tauDays > 0)) {
            throw new IllegalArgumentException("implausible correlated noise: sigma=" + sigma + ", tau=" + tauDays);
        }
    }

    @Override
    public void apply(double[] time, double[] relativeFlux) {
        if (time.length == 0) {
            return;
        }
        SplittableRandom r = new SplittableRandom(seed);
        double span = Math.max(1e-9, time[time.length - 1] - time[0]);
        double x = r.nextGaussian() * sigma;
        for (int i = 0; i < time.length; i++) {
            if (i > 0) {
                double rho = Math.exp(-(time[i] - time[i - 1]) / tauDays);
                x = rho * x + Math.sqrt(1 - rho * rho) * sigma * r.nextGaussian();
            }
            relativeFlux[i] *= 1 + x + drift * ((time[i] - time[0]) / span - 0.5);
        }
    }
}
