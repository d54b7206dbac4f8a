package radio.sim.catalogue;

/**
 * What to generate.
 *
 * @param seed            selects positions, planets, sizes and noise
 * @param extraK2Targets  synthetic K2 hosts besides the 31 seed hosts
 * @param keplerTargets   synthetic Kepler stars besides Kepler-90 and Kepler-1
 * @param tessTargets     synthetic TESS 2-minute targets besides the five named TESS stars
 * @param cloudGaps       whether some pipeline products are private or missing in the bucket ({@link CloudGaps})
 */
public record CatalogueSpec(long seed, int extraK2Targets, int keplerTargets, int tessTargets, boolean cloudGaps) {
    public CatalogueSpec {
        if (extraK2Targets < 0 || keplerTargets < 0 || tessTargets < 0) {
            throw new IllegalArgumentException("target counts must be >= 0: " + extraK2Targets + ", "
                    + keplerTargets + ", " + tessTargets);
        }
    }

    /** The defaults of the simulated archive: seed 1, 20 K2, 10 Kepler and 10 TESS extras, cloud gaps on. */
    public static CatalogueSpec defaults() {
        return new CatalogueSpec(1, 20, 10, 10, true);
    }

    public CatalogueSpec withSeed(long newSeed) {
        return new CatalogueSpec(newSeed, extraK2Targets, keplerTargets, tessTargets, cloudGaps);
    }

    public CatalogueSpec withExtraK2Targets(int n) {
        return new CatalogueSpec(seed, n, keplerTargets, tessTargets, cloudGaps);
    }

    public CatalogueSpec withKeplerTargets(int n) {
        return new CatalogueSpec(seed, extraK2Targets, n, tessTargets, cloudGaps);
    }

    public CatalogueSpec withTessTargets(int n) {
        return new CatalogueSpec(seed, extraK2Targets, keplerTargets, n, cloudGaps);
    }

    public CatalogueSpec withCloudGaps(boolean on) {
        return new CatalogueSpec(seed, extraK2Targets, keplerTargets, tessTargets, on);
    }
}
