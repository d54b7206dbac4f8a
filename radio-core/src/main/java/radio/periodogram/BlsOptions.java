package radio.periodogram;

import java.util.Objects;

/**
 * How {@link Bls#power} searches.
 *
 * @param objective  what is maximised at each period (astropy default: log-likelihood)
 * @param method     {@link Method#FAST} (phase bins) or {@link Method#EXACT} (reference)
 * @param oversample phase resolution: bins (fast) or phase steps (exact) per shortest (fast) or current
 *                   (exact) duration; astropy's default is 10
 * @param threads    threads to use; 0 means one per available processor. Results do not depend on it.
 */
public record BlsOptions(Objective objective, Method method, int oversample, int threads) {
    public static final BlsOptions DEFAULT = new BlsOptions(Objective.LIKELIHOOD, Method.FAST, 10, 0);

    public BlsOptions {
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(method, "method");
        if (oversample < 1) {
            throw new IllegalArgumentException("oversample must be at least 1, got " + oversample);
        }
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (all processors) or more, got " + threads);
        }
    }

    public BlsOptions withObjective(Objective o) {
        return new BlsOptions(o, method, oversample, threads);
    }

    public BlsOptions withMethod(Method m) {
        return new BlsOptions(objective, m, oversample, threads);
    }

    public BlsOptions withOversample(int n) {
        return new BlsOptions(objective, method, n, threads);
    }

    public BlsOptions withThreads(int n) {
        return new BlsOptions(objective, method, oversample, n);
    }
}
