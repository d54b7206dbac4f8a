package radio.sim.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import radio.sim.content.K2LightCurveFits;

/**
 * The truth the simulated archive serves: targets, their planets, observations, products and bucket keys.
 *
 * <p>Only targets are stored (a compact index); observations and products are derived on demand, so a catalogue
 * of many thousands of targets costs little memory and starts in milliseconds. Generation is deterministic: the
 * same seed and sizes always give the same catalogue, ids, sizes and keys.
 *
 * <p>Contents (K2 only so far; the section structure leaves room for Kepler, TESS, HST/JWST):
 * <ul>
 *   <li>the 31 seed hosts of {@link SeedTargets} with their real EPIC ids (K2-76 synthetic, K2-1 engineering),
 *       all in campaign 3 except K2-1;</li>
 *   <li>{@code extraK2Targets} synthetic hosts {@code K2-10001}, … in all campaigns 1-19.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class Catalogue {

    /**
     * How a name matched.
     *
     * @param target         the star
     * @param planet         the planet, when the name was a planet name
     * @param canonicalName  the name the resolver reports
     */
    public record NameMatch(Target target, Optional<Planet> planet, String canonicalName) {
        public NameMatch {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(planet, "planet");
            Objects.requireNonNull(canonicalName, "canonicalName");
        }
    }

    private final long seed;
    private final List<Target> targets;
    private final List<Target> seeds;
    private final Map<String, NameMatch> names = new HashMap<>();
    private final Map<String, Target> byTargetName = new HashMap<>();
    private final K2Section k2;
    private volatile List<String> bucketKeys;

    private Catalogue(long seed, List<Target> targets, CloudGaps gaps) {
        this.seed = seed;
        this.targets = List.copyOf(targets);
        this.seeds = this.targets.subList(0, SeedTargets.all().size());
        Map<Long, Target> byEpic = new HashMap<>();
        for (Target t : this.targets) {
            byEpic.put(t.id(), t);
            byTargetName.put(t.targetName(), t);
            index(t);
        }
        this.k2 = new K2Section(this.targets, byEpic, seed, gaps, new K2LightCurveFits());
    }

    /**
     * Generates a catalogue.
     *
     * @param seed            selects positions, planets, sizes and noise
     * @param extraK2Targets  number of synthetic K2 hosts besides the 31 seed hosts (0 or more)
     * @param cloudGaps       whether some pipeline products are private or missing in the bucket (see
     *                        {@link CloudGaps}; 2 % private and 2 % missing among non-seed targets, and the seed
     *                        hosts {@value CloudGaps#DEFAULT_PRIVATE_SEED} (private) and
     *                        {@value CloudGaps#DEFAULT_MISSING_SEED} (missing))
     */
    public static Catalogue generate(long seed, int extraK2Targets, boolean cloudGaps) {
        if (extraK2Targets < 0) {
            throw new IllegalArgumentException("extraK2Targets must be >= 0: " + extraK2Targets);
        }
        Set<String> seedNames = SeedTargets.all().stream().map(SeedTargets.Seed::k2Host)
                .collect(Collectors.toUnmodifiableSet());
        CloudGaps gaps = new CloudGaps(cloudGaps, 0.02, 0.02, Set.of(CloudGaps.DEFAULT_PRIVATE_SEED),
                Set.of(CloudGaps.DEFAULT_MISSING_SEED), seedNames);
        return new Catalogue(seed, K2Targets.generate(seed, extraK2Targets), gaps);
    }

    private void index(Target t) {
        String canonical = t.name();
        put(t.name(), new NameMatch(t, Optional.empty(), canonical));
        for (String alias : t.aliases()) {
            put(alias, new NameMatch(t, Optional.empty(), alias));
        }
        put(t.designation(), new NameMatch(t, Optional.empty(), canonical));
        put(t.targetName(), new NameMatch(t, Optional.empty(), canonical));
        for (Planet p : t.planets()) {
            put(p.name(), new NameMatch(t, Optional.of(p), p.name()));
            p.missionName().ifPresent(m -> put(m, new NameMatch(t, Optional.of(p), p.name())));
        }
    }

    private void put(String name, NameMatch match) {
        names.putIfAbsent(normalise(name), match);
    }

    /** Lower case without white space: "EPIC 206011691", "epic206011691" and "K2-21 b"/"k2-21b" match. */
    static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    // ------------------------------------------------------------------ targets

    /** The seed the catalogue was generated from. */
    public long seed() {
        return seed;
    }

    /** All targets, seed hosts first. */
    public List<Target> targets() {
        return targets;
    }

    /** The 31 seed hosts in the seed list's order ({@code K2-1}, {@code K2-21}, … {@code K2-172}). */
    public List<Target> seedTargets() {
        return seeds;
    }

    /** Names of the 31 seed hosts in order, as the seed workflow lists them. */
    public List<String> seedTargetNames() {
        return seeds.stream().map(Target::name).toList();
    }

    /**
     * Looks a name up the way the simulated resolver does: host name ({@code K2-21}), alias ({@code WASP-28}),
     * planet name ({@code K2-21 b}, {@code K2-21b}), designation ({@code EPIC 206011691}) or MAST target name
     * ({@code ktwo206011691}); case and white space are ignored.
     */
    public Optional<NameMatch> lookup(String name) {
        return Optional.ofNullable(names.get(normalise(name)));
    }

    /** The target a name denotes (see {@link #lookup}). */
    public Optional<Target> target(String name) {
        return lookup(name).map(NameMatch::target);
    }

    /** The target with this exact MAST {@code target_name} (e.g. {@code ktwo206011691}). */
    public Optional<Target> targetByTargetName(String targetName) {
        return Optional.ofNullable(byTargetName.get(targetName.toLowerCase(Locale.ROOT)));
    }

    private Target require(String name) {
        return target(name).orElseThrow(() -> new IllegalArgumentException("no simulated target named " + name));
    }

    // ------------------------------------------------------------------ observations

    /** All observations of a target, in the order MAST lists them for a filtered query. */
    public List<Observation> observations(Target target) {
        return k2.observations(target);
    }

    /** All observations of a named target. */
    public List<Observation> observations(String name) {
        return observations(require(name));
    }

    /** Every observation in the catalogue, generated lazily. */
    public Stream<Observation> allObservations() {
        return targets.stream().flatMap(t -> observations(t).stream());
    }

    /** The observation with this {@code obsid}, if any. */
    public Optional<Observation> observation(long obsid) {
        return k2.observation(obsid);
    }

    /**
     * Observations whose footprint touches a search circle, nearest first. A radius of 0 returns the
     * observations whose footprint contains the point.
     */
    public List<Observation> observationsNear(double ra, double dec, double radiusDeg) {
        List<Observation> out = new ArrayList<>();
        for (Target t : targets) {
            // every observation of a K2 target is centred on the target; test the widest footprint first
            if (Footprint.angularDistance(t.ra(), t.dec(), ra, dec) <= radiusDeg + 0.0012) {
                for (Observation o : observations(t)) {
                    if (o.footprint().overlaps(ra, dec, radiusDeg)) {
                        out.add(o);
                    }
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ products

    /** Product rows of one observation, in MAST's order; a product may also appear under other observations. */
    public List<Product> products(Observation observation) {
        return k2.products(observation);
    }

    /** Every product of a named target, de-duplicated on dataURI, in listing order. */
    public List<Product> products(String name) {
        return products(require(name));
    }

    /** Every product of a target, de-duplicated on dataURI, in listing order. */
    public List<Product> products(Target target) {
        Map<String, Product> distinct = new LinkedHashMap<>();
        for (Observation o : observations(target)) {
            for (Product p : products(o)) {
                distinct.putIfAbsent(p.dataUri(), p);
            }
        }
        return List.copyOf(distinct.values());
    }

    /**
     * The mission-pipeline long-cadence light curves ({@code productSubGroupDescription} {@code LLC}, collection
     * K2) of a named target: what the seed workflow downloads. Empty for K2-1 (engineering target).
     */
    public List<Product> lightCurves(String name) {
        return products(name).stream()
                .filter(p -> "LLC".equals(p.productSubGroupDescription()) && "K2".equals(p.obsCollection()))
                .toList();
    }

    /** The product with this data URI (compared case-insensitively on the collection token). */
    public Optional<Product> productByUri(String dataUri) {
        if (!k2.isK2Uri(dataUri)) {
            return Optional.empty();
        }
        return k2.targetOf(dataUri).flatMap(t -> findProduct(t, p -> sameUri(p.dataUri(), dataUri)));
    }

    /** The product stored in the simulated bucket under this key (whatever its cloud state). */
    public Optional<Product> productByS3Key(String key) {
        if (!k2.isK2Key(key)) {
            return Optional.empty();
        }
        return k2.targetOf(key).flatMap(t -> findProduct(t, p -> p.s3Key().filter(key::equals).isPresent()));
    }

    private Optional<Product> findProduct(Target t, java.util.function.Predicate<Product> test) {
        for (Observation o : observations(t)) {
            for (Product p : products(o)) {
                if (test.test(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** The collection token ({@code K2}, {@code Kepler}/{@code KEPLER}) compares case-insensitively. */
    private static boolean sameUri(String a, String b) {
        int slash = a.indexOf('/');
        return a.length() == b.length() && slash > 0 && a.regionMatches(true, 0, b, 0, slash)
                && a.regionMatches(slash, b, slash, a.length() - slash);
    }

    /**
     * Every key present in the simulated bucket (public and private objects; missing ones excluded), sorted as
     * S3 lists them (UTF-8 binary order, which is plain string order for these ASCII keys). Computed once.
     */
    public List<String> bucketKeys() {
        List<String> keys = bucketKeys;
        if (keys == null) {
            List<String> all = new ArrayList<>();
            for (Target t : targets) {
                for (Product p : products(t)) {
                    if (p.cloud() == CloudState.PUBLIC || p.cloud() == CloudState.PRIVATE) {
                        all.add(p.s3Key().orElseThrow());
                    }
                }
            }
            Collections.sort(all);
            keys = List.copyOf(all);
            bucketKeys = keys;
        }
        return keys;
    }
}
