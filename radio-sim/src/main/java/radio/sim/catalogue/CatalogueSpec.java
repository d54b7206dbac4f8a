package radio.sim.catalogue;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What to generate.
 *
 * @param seed            selects positions, planets, sizes and noise
 * @param extraK2Targets  synthetic K2 hosts besides the 31 seed hosts
 * @param keplerTargets   synthetic Kepler stars besides Kepler-90 and Kepler-1
 * @param tessTargets     synthetic TESS 2-minute targets besides the five named TESS stars
 * @param cloudGaps       whether some pipeline products are private or missing in the bucket ({@link CloudGaps})
 * @param movedKeys       per mission (K2, Kepler, TESS), a bucket prefix replacing the real one for its pipeline
 *                        products ({@code k2/public/}, {@code kepler/public/}, {@code tess/public/} for SPOC
 *                        files): {@code path_lookup} and S3 then use the moved keys, so a client that builds keys
 *                        by the real layout instead of asking {@code path_lookup} gets them wrong. Empty: the real
 *                        layout
 * @param labelledStars   labelled K2 stars for machine learning ({@link LabelledStars}), after every other target
 * @param population      the distributions the labelled stars are drawn from
 */
public record CatalogueSpec(long seed, int extraK2Targets, int keplerTargets, int tessTargets, boolean cloudGaps,
                            Map<Mission, String> movedKeys, int labelledStars, StarPopulation population) {
    public CatalogueSpec {
        if (extraK2Targets < 0 || keplerTargets < 0 || tessTargets < 0) {
            throw new IllegalArgumentException("target counts must be >= 0: " + extraK2Targets + ", "
                    + keplerTargets + ", " + tessTargets);
        }
        if (labelledStars < 0) {
            throw new IllegalArgumentException("labelled star count must be >= 0: " + labelledStars);
        }
        Objects.requireNonNull(population, "population");
        movedKeys = Map.copyOf(movedKeys);
        movedKeys.forEach((m, root) -> {
            if (!m.lightCurves()) {
                throw new IllegalArgumentException("keys can be moved for K2, Kepler and TESS, not " + m);
            }
            if (root.isEmpty() || !root.endsWith("/") || root.startsWith("/")) {
                throw new IllegalArgumentException("a moved key prefix looks like 'kepler/moved/', not '" + root + "'");
            }
        });
    }

    /** A catalogue with the real bucket layout and no labelled stars. */
    public CatalogueSpec(long seed, int extraK2Targets, int keplerTargets, int tessTargets, boolean cloudGaps) {
        this(seed, extraK2Targets, keplerTargets, tessTargets, cloudGaps, Map.of());
    }

    /** A catalogue without labelled stars. */
    public CatalogueSpec(long seed, int extraK2Targets, int keplerTargets, int tessTargets, boolean cloudGaps,
                         Map<Mission, String> movedKeys) {
        this(seed, extraK2Targets, keplerTargets, tessTargets, cloudGaps, movedKeys, 0, StarPopulation.standard());
    }

    /** The defaults of the simulated archive: seed 1, 20 K2, 10 Kepler and 10 TESS extras, cloud gaps on. */
    public static CatalogueSpec defaults() {
        return new CatalogueSpec(1, 20, 10, 10, true, Map.of(), 0, StarPopulation.standard());
    }

    /** The bucket prefix of a mission's pipeline products: its moved prefix, or the real one. */
    public String keyRoot(Mission mission) {
        return movedKeys.getOrDefault(mission, switch (mission) {
            case K2 -> "k2/public/";
            case KEPLER -> "kepler/public/";
            case TESS -> "tess/public/";
            case HST -> "hst/public/";
            case JWST -> "jwst/public/";
        });
    }

    public CatalogueSpec withSeed(long newSeed) {
        return new CatalogueSpec(newSeed, extraK2Targets, keplerTargets, tessTargets, cloudGaps, movedKeys, labelledStars, population);
    }

    public CatalogueSpec withExtraK2Targets(int n) {
        return new CatalogueSpec(seed, n, keplerTargets, tessTargets, cloudGaps, movedKeys, labelledStars, population);
    }

    public CatalogueSpec withKeplerTargets(int n) {
        return new CatalogueSpec(seed, extraK2Targets, n, tessTargets, cloudGaps, movedKeys, labelledStars, population);
    }

    public CatalogueSpec withTessTargets(int n) {
        return new CatalogueSpec(seed, extraK2Targets, keplerTargets, n, cloudGaps, movedKeys, labelledStars, population);
    }

    public CatalogueSpec withCloudGaps(boolean on) {
        return new CatalogueSpec(seed, extraK2Targets, keplerTargets, tessTargets, on, movedKeys, labelledStars, population);
    }

    /** The same catalogue with one mission's pipeline keys under {@code root} (e.g. {@code kepler/moved/}). */
    public CatalogueSpec withMovedKeys(Mission mission, String root) {
        Map<Mission, String> moved = new EnumMap<>(Mission.class);
        moved.putAll(movedKeys);
        moved.put(Objects.requireNonNull(mission, "mission"), Objects.requireNonNull(root, "root"));
        return new CatalogueSpec(seed, extraK2Targets, keplerTargets, tessTargets, cloudGaps, moved, labelledStars,
                population);
    }

    /** The same catalogue with {@code n} labelled stars drawn from {@code from}. */
    public CatalogueSpec withLabelledStars(int n, StarPopulation from) {
        return new CatalogueSpec(seed, extraK2Targets, keplerTargets, tessTargets, cloudGaps, movedKeys, n, from);
    }
}
