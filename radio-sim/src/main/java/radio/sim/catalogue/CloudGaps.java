package radio.sim.catalogue;

import java.util.Objects;
import java.util.Set;

/**
 * Which pipeline products are private (S3 403) or missing from the bucket (S3 404) although {@code path_lookup}
 * gives a key for them, so clients' fallbacks to MAST can be exercised.
 *
 * <p>Seed targets are affected only by name: the long-cadence light curve of each target in
 * {@code privateLightCurves} is private, of each in {@code missingLightCurves} missing. Every other target's
 * pipeline products are private or missing by a deterministic hash of the key, with the given fractions.
 *
 * @param enabled             false: every pipeline product is public
 * @param privateFraction     share of non-seed pipeline products that are private
 * @param missingFraction     share of non-seed pipeline products missing from the bucket
 * @param privateLightCurves  seed target names whose LLC is private
 * @param missingLightCurves  seed target names whose LLC is missing
 * @param seedNames           names of the seed targets
 */
public record CloudGaps(boolean enabled, double privateFraction, double missingFraction,
                        Set<String> privateLightCurves, Set<String> missingLightCurves, Set<String> seedNames) {

    /** The seed target whose long-cadence light curve is private in the bucket by default. */
    public static final String DEFAULT_PRIVATE_SEED = "K2-65";
    /** The seed target whose long-cadence light curve is missing from the bucket by default. */
    public static final String DEFAULT_MISSING_SEED = "K2-70";

    public CloudGaps {
        privateLightCurves = Set.copyOf(privateLightCurves);
        missingLightCurves = Set.copyOf(missingLightCurves);
        seedNames = Set.copyOf(seedNames);
        if (privateFraction < 0 || missingFraction < 0 || privateFraction + missingFraction > 1) {
            throw new IllegalArgumentException("cloud gap fractions out of range: " + privateFraction + ", "
                    + missingFraction);
        }
    }

    CloudState state(Target target, boolean lightCurve, String key, long seed) {
        Objects.requireNonNull(key, "key");
        if (!enabled) {
            return CloudState.PUBLIC;
        }
        if (seedNames.contains(target.name())) {
            if (lightCurve && privateLightCurves.contains(target.name())) {
                return CloudState.PRIVATE;
            }
            if (lightCurve && missingLightCurves.contains(target.name())) {
                return CloudState.MISSING;
            }
            return CloudState.PUBLIC;
        }
        double u = Hash.unit(Hash.of(seed ^ 0xC10D, key));
        if (u < privateFraction) {
            return CloudState.PRIVATE;
        }
        return u < privateFraction + missingFraction ? CloudState.MISSING : CloudState.PUBLIC;
    }
}
