package radio.sim.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import radio.sim.content.LightCurveFits;

/**
 * The truth the simulated archive serves: targets, their planets, observations, products and bucket keys.
 *
 * <p>Only targets are stored (a compact index); observations and products are derived on demand, so a catalogue
 * of many thousands of targets costs little memory and starts quickly. Generation is deterministic: the same
 * {@link CatalogueSpec} always gives the same catalogue, ids, sizes and keys.
 *
 * <p>Contents, in this order in {@link #targets()}:
 * <ul>
 *   <li>K2: the 31 seed hosts of {@link SeedTargets} with their real EPIC ids (K2-76 synthetic, K2-1
 *       engineering), then the synthetic hosts {@code K2-10001}, …;</li>
 *   <li>Kepler: Kepler-90 and Kepler-1 with their real KIC ids, then synthetic stars (see {@link KeplerTargets});</li>
 *   <li>TESS: pi Men, WASP-126, WASP-100, WASP-46, WASP-4 with their real TIC ids, then synthetic 2-minute
 *       targets (see {@link TessTargets}), plus the TESS FFI groups, which belong to no target.</li>
 * </ul>
 * Besides the targets: a small fixed set of HST and JWST observations ({@link HstPrograms}, {@link JwstPrograms}),
 * found by proposal, observation id, filter or position ({@link #programObservations}).
 *
 * <p>Immutable and thread-safe (a bounded memo of recently generated observation lists is synchronised).
 */
public final class Catalogue {

    /**
     * How a name matched.
     *
     * @param target         the star
     * @param planet         the planet, when the name was a planet name
     * @param canonicalName  the name the resolver reports
     * @param catalogueName  true when the name was the star's designation ({@code EPIC n}, {@code KIC n},
     *                       {@code TIC n}) or MAST target name ({@code ktwo…}, {@code kplr…})
     */
    public record NameMatch(Target target, Optional<Planet> planet, String canonicalName, boolean catalogueName) {
        public NameMatch {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(planet, "planet");
            Objects.requireNonNull(canonicalName, "canonicalName");
        }
    }

    private static final int RECENT_TARGETS = 4096;

    private final CatalogueSpec spec;
    private final List<Target> targets;
    private final List<Target> seeds;
    private final Map<String, NameMatch> names = new HashMap<>();
    private final Map<String, Target> byTargetName = new HashMap<>();
    private final Map<Mission, Section> sections = new EnumMap<>(Mission.class);
    private final Map<Integer, List<Observation>> recent = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<Observation>> eldest) {
            return size() > RECENT_TARGETS;
        }
    };
    private final List<LabelledStar> labelled;
    private volatile List<String> bucketKeys;
    /** Target indices sorted by declination, and those declinations: a one-dimensional spatial index. */
    private final int[] byDec;
    private final double[] sortedDec;

    private Catalogue(CatalogueSpec spec) {
        this.spec = spec;
        Set<String> seedNames = SeedTargets.all().stream().map(SeedTargets.Seed::k2Host)
                .collect(Collectors.toUnmodifiableSet());
        CloudGaps gaps = new CloudGaps(spec.cloudGaps(), 0.02, 0.02, Set.of(CloudGaps.DEFAULT_PRIVATE_SEED),
                Set.of(CloudGaps.DEFAULT_MISSING_SEED), seedNames);
        List<Target> all = new ArrayList<>();
        all.addAll(K2Targets.generate(spec.seed(), spec.extraK2Targets(), all.size(), new HashSet<>()));
        all.addAll(KeplerTargets.generate(spec.seed(), spec.keplerTargets(), all.size(), new HashSet<>()));
        all.addAll(TessTargets.generate(spec.seed(), spec.tessTargets(), all.size(), new HashSet<>()));
        // labelled stars come last so that every other target keeps its index, ids and observation ids
        Set<Long> epics = all.stream().filter(t -> t.mission() == Mission.K2).map(Target::id)
                .collect(Collectors.toCollection(HashSet::new));
        this.labelled = List.copyOf(LabelledStars.generate(spec.seed(), spec.labelledStars(), spec.population(),
                all.size(), epics));
        labelled.forEach(l -> all.add(l.target()));
        this.targets = List.copyOf(all);
        this.seeds = this.targets.subList(0, SeedTargets.all().size());
        Map<Mission, Map<Long, Target>> byId = new EnumMap<>(Mission.class);
        for (Mission m : Mission.values()) {
            byId.put(m, new HashMap<>());
        }
        for (Target t : this.targets) {
            byId.get(t.mission()).put(t.id(), t);
            byTargetName.put(t.targetName().toLowerCase(Locale.ROOT), t);
            index(t);
        }
        this.byDec = java.util.stream.IntStream.range(0, targets.size()).boxed()
                .sorted(java.util.Comparator.comparingDouble(i -> targets.get(i).dec()))
                .mapToInt(Integer::intValue).toArray();
        this.sortedDec = java.util.Arrays.stream(byDec).mapToDouble(i -> targets.get(i).dec()).toArray();
        LightCurveFits fits = new LightCurveFits();
        Map<Long, LabelledStar> scenes = new HashMap<>();
        labelled.forEach(l -> scenes.put(l.target().id(), l));
        sections.put(Mission.K2, new K2Section(byId.get(Mission.K2), spec.seed(), gaps, fits,
                spec.keyRoot(Mission.K2), scenes));
        sections.put(Mission.KEPLER, new KeplerSection(byId.get(Mission.KEPLER), spec.seed(), gaps, fits,
                spec.keyRoot(Mission.KEPLER)));
        sections.put(Mission.TESS, new TessSection(byId.get(Mission.TESS), spec.seed(), gaps, fits,
                spec.keyRoot(Mission.TESS)));
        sections.put(Mission.HST, new ProgramSection(HstPrograms.URI_PREFIX, HstPrograms.KEY_PREFIX,
                HstPrograms.generate(spec.seed())));
        sections.put(Mission.JWST, new ProgramSection(JwstPrograms.URI_PREFIX, JwstPrograms.KEY_PREFIX,
                JwstPrograms.generate(spec.seed())));
    }

    /** Generates a catalogue. */
    public static Catalogue generate(CatalogueSpec spec) {
        return new Catalogue(Objects.requireNonNull(spec, "spec"));
    }

    private void index(Target t) {
        put(t.name(), new NameMatch(t, Optional.empty(), t.name(), false));
        for (String alias : t.aliases()) {
            put(alias, new NameMatch(t, Optional.empty(), alias, false));
        }
        put(t.designation(), new NameMatch(t, Optional.empty(), t.designation(), true));
        if (t.mission() != Mission.TESS) {
            // TESS target names are bare numbers, which no resolver takes for a name
            put(t.targetName(), new NameMatch(t, Optional.empty(), t.designation(), true));
        }
        for (Planet p : t.planets()) {
            put(p.name(), new NameMatch(t, Optional.of(p), p.name(), false));
            p.missionName().ifPresent(m -> put(m, new NameMatch(t, Optional.of(p), p.name(), false)));
            if (t.mission() == Mission.TESS) {
                p.candidateId().ifPresent(toi -> put("TOI-" + toi, new NameMatch(t, Optional.of(p), p.name(), false)));
            }
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

    /** What this catalogue was generated from. */
    public CatalogueSpec spec() {
        return spec;
    }

    /** The seed the catalogue was generated from. */
    public long seed() {
        return spec.seed();
    }

    /** All targets: K2 (seed hosts first), then Kepler, then TESS. */
    public List<Target> targets() {
        return targets;
    }

    /** The targets of one mission, in catalogue order. */
    public List<Target> targets(Mission mission) {
        return targets.stream().filter(t -> t.mission() == mission).toList();
    }

    /** The 31 seed hosts in the seed list's order ({@code K2-1}, {@code K2-21}, … {@code K2-172}). */
    public List<Target> seedTargets() {
        return seeds;
    }

    /**
     * The labelled stars ({@link CatalogueSpec#labelledStars()}), in catalogue order: the truth a machine-learning
     * data set is labelled with.
     */
    public List<LabelledStar> labelledStars() {
        return labelled;
    }

    /** Names of the 31 seed hosts in order, as the seed workflow lists them. */
    public List<String> seedTargetNames() {
        return seeds.stream().map(Target::name).toList();
    }

    /**
     * Looks a name up the way the simulated resolver does: host name ({@code K2-21}, {@code Kepler-90},
     * {@code TOI-10001}), alias ({@code WASP-28}, {@code TrES-2}), planet name ({@code K2-21 b}, {@code K2-21b}),
     * TOI ({@code TOI-144.01}), designation ({@code EPIC 206011691}, {@code KIC 11442793}, {@code TIC 25155310}) or
     * Kepler/K2 MAST target name ({@code ktwo206011691}, {@code kplr011442793}); case and white space are ignored.
     */
    public Optional<NameMatch> lookup(String name) {
        return Optional.ofNullable(names.get(normalise(name)));
    }

    /** The target a name denotes (see {@link #lookup}). */
    public Optional<Target> target(String name) {
        return lookup(name).map(NameMatch::target);
    }

    /** The target with this exact MAST {@code target_name} ({@code ktwo206011691}, {@code kplr011442793},
     * {@code 25155310}). */
    public Optional<Target> targetByTargetName(String targetName) {
        return Optional.ofNullable(byTargetName.get(targetName.toLowerCase(Locale.ROOT)));
    }

    private Target require(String name) {
        return target(name).orElseThrow(() -> new IllegalArgumentException("no simulated target named " + name));
    }

    // ------------------------------------------------------------------ observations

    /** All observations of a target, in the order MAST lists them for a filtered query. */
    public List<Observation> observations(Target target) {
        synchronized (recent) {
            List<Observation> cached = recent.get(target.index());
            if (cached != null) {
                return cached;
            }
        }
        List<Observation> generated = List.copyOf(sections.get(target.mission()).observations(target));
        synchronized (recent) {
            recent.put(target.index(), generated);
        }
        return generated;
    }

    /** All observations of a named target. */
    public List<Observation> observations(String name) {
        return observations(require(name));
    }

    /** Every observation in the catalogue (targets', FFI groups, HST and JWST), generated lazily. */
    public Stream<Observation> allObservations() {
        return allObservations(EnumSet.allOf(Mission.class));
    }

    /** Every observation of some missions (targets', and groups such as FFIs and HST/JWST), generated lazily. */
    public Stream<Observation> allObservations(Set<Mission> missions) {
        return Stream.concat(targets.stream().filter(t -> missions.contains(t.mission()))
                        .flatMap(t -> observations(t).stream()),
                missions.stream().map(sections::get).flatMap(Section::groups));
    }

    /** The observations of a mission searched by programme (HST, JWST), in listing order. */
    public List<Observation> programObservations(Mission mission) {
        if (mission.lightCurves()) {
            throw new IllegalArgumentException(mission + " observations belong to catalogue targets");
        }
        return sections.get(mission).groups().toList();
    }

    /** The observation with this {@code obsid}, if any. */
    public Optional<Observation> observation(long obsid) {
        if (ObsIds.group(obsid)) {
            return sections.values().stream().map(s -> s.group(obsid)).flatMap(Optional::stream).findFirst();
        }
        long index = ObsIds.targetIndex(obsid);
        if (index < 0 || index >= targets.size()) {
            return Optional.empty();
        }
        return observations(targets.get((int) index)).stream().filter(o -> o.obsid() == obsid).findFirst();
    }

    /**
     * Observations whose footprint touches a search circle. A radius of 0 returns the observations whose
     * footprint contains the point.
     */
    public List<Observation> observationsNear(double ra, double dec, double radiusDeg) {
        List<Observation> out = new ArrayList<>();
        // every observation of a target is centred on it; its widest footprint is a TESS stamp (0.016 deg)
        double reach = radiusDeg + 0.02;
        int from = java.util.Arrays.binarySearch(sortedDec, dec - reach);
        from = from >= 0 ? from : -from - 1;
        while (from > 0 && sortedDec[from - 1] >= dec - reach) {
            from--;
        }
        for (int k = from; k < sortedDec.length && sortedDec[k] <= dec + reach; k++) {
            Target t = targets.get(byDec[k]);
            if (Footprint.angularDistance(t.ra(), t.dec(), ra, dec) <= reach) {
                for (Observation o : observations(t)) {
                    if (o.footprint().overlaps(ra, dec, radiusDeg)) {
                        out.add(o);
                    }
                }
            }
        }
        sections.values().stream().flatMap(s -> s.groupsNear(ra, dec, radiusDeg)).forEach(out::add);
        return out;
    }

    // ------------------------------------------------------------------ products

    /** Product rows of one observation, in MAST's order; a product may also appear under other observations. */
    public List<Product> products(Observation observation) {
        return sections.get(observation.target().mission()).products(observation);
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
     * The mission-pipeline long-cadence light curves of a named target: K2 and Kepler {@code LLC} products,
     * TESS SPOC 2-minute {@code LC} products. What the seed workflow downloads for K2; empty for K2-1
     * (engineering target).
     */
    public List<Product> lightCurves(String name) {
        return products(name).stream().filter(p -> switch (p.target().mission()) {
            case K2 -> "LLC".equals(p.productSubGroupDescription()) && "K2".equals(p.obsCollection());
            case KEPLER -> "LLC".equals(p.productSubGroupDescription());
            case TESS -> "LC".equals(p.productSubGroupDescription());
            case HST, JWST -> false;
        }).toList();
    }

    /** The product with this data URI (compared case-insensitively on the collection token). */
    public Optional<Product> productByUri(String dataUri) {
        for (Section s : sections.values()) {
            if (s.ownsUri(dataUri)) {
                Optional<Product> found = s.targetOf(dataUri).flatMap(t -> findProduct(t, p -> sameUri(p.dataUri(),
                        dataUri)));
                return found.isPresent() ? found : s.groupProduct(dataUri);
            }
        }
        return Optional.empty();
    }

    /** The product stored in the simulated bucket under this key (whatever its cloud state). */
    public Optional<Product> productByS3Key(String key) {
        for (Section s : sections.values()) {
            if (s.ownsKey(key)) {
                Optional<Product> found = s.targetOf(key)
                        .flatMap(t -> findProduct(t, p -> p.s3Key().filter(key::equals).isPresent()));
                return found.isPresent() ? found : s.groupProduct(key);
            }
        }
        return Optional.empty();
    }

    private Optional<Product> findProduct(Target t, Predicate<Product> test) {
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
     * S3 lists them, HST and JWST files included. TESS full-frame images are left out (millions of keys; they can
     * still be fetched by key).
     * Computed once.
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
            sections.values().stream().flatMap(Section::bucketGroupProducts)
                    .filter(p -> p.cloud() == CloudState.PUBLIC || p.cloud() == CloudState.PRIVATE)
                    .forEach(p -> all.add(p.s3Key().orElseThrow()));
            Collections.sort(all);
            keys = List.copyOf(all);
            bucketKeys = keys;
        }
        return keys;
    }
}
