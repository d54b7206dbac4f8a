package radio.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import radio.api.Radio;
import radio.api.Search;
import radio.archive.mast.CaomFilter;
import radio.config.RadioConfig;
import radio.search.Angle;
import radio.search.Cadence;
import radio.search.Criteria;
import radio.search.ExposureRange;
import radio.search.Mission;
import radio.search.ProductCodes;
import radio.search.SearchSettings;
import radio.search.Seasons;
import radio.search.Selection;

/**
 * Which targets and which of their products: shared by {@code radio search} and {@code radio download} so both
 * select exactly the same files. {@link #plan} validates everything before any network work; a bad value is a
 * usage error (exit 2) naming the option.
 */
public final class SelectionOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Parameters(paramLabel = "TARGET", arity = "0..*",
            description = {"Targets to search. Forms: EPIC n or ktwo… (K2), KIC n or kplr… (Kepler; kplr + 9 digits), "
                    + "TIC n (TESS): exact MAST target names; K2-n, Kepler-n, TOI-n (planet letter optional; looked "
                    + "up in the Exoplanet Archive's k2names, keplernames, toi); any other name (e.g. 'pi Mensae', "
                    + "WASP-47) is resolved to a position by MAST's name resolver. Quote names with spaces. "
                    + "No TARGET is needed when --proposal-id, --obs-id or --filters are given."})
    List<String> targets = new ArrayList<>();

    @Option(names = "--targets-file", paramLabel = "FILE|-",
            description = "Read targets from FILE, one per line ('-' = standard input). Blank lines and "
                    + "'#' comments are ignored. Combines with TARGET arguments.")
    String targetsFile;

    @Option(names = "--mission", paramLabel = "NAME",
            description = "Keep observations whose obs_collection or project is NAME, ignoring case: Kepler, K2, "
                    + "TESS, HST, JWST (sent to MAST as project), or HLSP, ... Default: any. "
                    + "Example: --mission TESS")
    String mission;

    @Option(names = "--author", paramLabel = "NAMES", split = ",",
            description = "Keep observations by these pipelines or HLSP teams (provenance_name, comma-separated, any "
                    + "case; sent to MAST): Kepler, K2, SPOC (mission pipelines); K2SFF, EVEREST, K2SC (K2 HLSPs); "
                    + "QLP, TESS-SPOC (TESS light curves from full-frame images). HLSP rows have no file-type code: "
                    + "pick their light curves with --extension. Example: --author K2SFF,EVEREST --extension lc.fits")
    List<String> authors = new ArrayList<>();

    @Option(names = "--cadence", paramLabel = "WORD",
            description = "Keep observations of this cadence, per mission (lightkurve's classes: fast < 60 s <= "
                    + "short < 200 s <= long): long = Kepler/K2 1800 s and TESS 200/600/1800 s FFI light curves; "
                    + "short = Kepler/K2 60 s, TESS 120 s; fast = TESS 20 s; ffi = TESS light curves made from "
                    + "full-frame images (QLP, TESS-SPOC, ...). Example: --cadence short")
    String cadence;

    @Option(names = "--exptime", paramLabel = "SECONDS|MIN..MAX",
            description = "Keep observations with this cadence (t_exptime, seconds, +-1 s) or in this range: 1800 = "
                    + "Kepler/K2 long cadence, 60 = short, 120 = TESS 2-min, 20 = TESS fast; 0..9999 = lightkurve's "
                    + "default range. Sent to MAST as a range. Default: any. Example: --exptime 120")
    String exptime;

    @Option(names = "--quarter", paramLabel = "LIST",
            description = "Kepler quarters (0-17): numbers and ranges, e.g. 4, 1-4, 1..4,8. Implies --mission Kepler. "
                    + "MAST does not record quarters (sequence_number is -999): each file's quarter is read from its "
                    + "description or file time stamp. Example: --quarter 1-4 --product LLC")
    String quarter;

    @Option(names = "--campaign", paramLabel = "LIST",
            description = "K2 campaigns (0-19), e.g. 5, 1-3,10; or one half of a split campaign: 91, 92, 101, 102, "
                    + "111, 112. Implies --mission K2. Sent to MAST as sequence_number; each file is then matched by "
                    + "the campaign code in its name, so 10 keeps the c102 light curve and 101 only c101 files. "
                    + "Example: --campaign 10 --product LLC")
    String campaign;

    @Option(names = "--sector", paramLabel = "LIST",
            description = "TESS sectors (1 and up), e.g. 14, 1-13, 27..39. Implies --mission TESS. Sent to MAST as "
                    + "sequence_number. Example: --sector 1 --cadence short --product LC")
    String sector;

    @Option(names = "--product", paramLabel = "CODES", split = ",",
            description = "Keep products with these productSubGroupDescription codes, comma-separated, any case: "
                    + "LLC, SLC (Kepler/K2 long/short-cadence light curves), LPD-TARG, SPD-TARG (their target pixel "
                    + "files), LC, TP (TESS SPOC 2-min light curve, target pixel file), FAST-LC, FAST-TP (TESS 20 s), "
                    + "DVT; HST: FLT, FLC, DRZ, DRC, RAW, SPT, ASN; JWST: UNCAL, RATE, CAL, I2D, ASN. "
                    + "Default: all products. Example: --product LC,TP")
    List<String> products = new ArrayList<>();

    @Option(names = "--extension", paramLabel = "ENDINGS", split = ",",
            description = "Keep products whose file name ends with one of these, any case (astroquery's extension): "
                    + "lc.fits = every light curve, pipeline or HLSP (K2SFF's _llc.fits, EVEREST's _lc.fits, QLP, "
                    + "TESS-SPOC). Example: --author QLP,TESS-SPOC --extension lc.fits")
    List<String> extensions = new ArrayList<>();

    @Option(names = "--mrp-only",
            description = "Keep only MAST's Minimum Recommended Products (productGroupDescription). "
                    + "Example: --proposal-id 9401 --mrp-only")
    boolean mrpOnly;

    @Option(names = "--proposal-id", paramLabel = "IDS", split = ",",
            description = "Observations of these proposals/programs (proposal_id, sent to MAST; HST and JWST "
                    + "programs, K2 GO ids, ...). With --obs-id or --filters, a search needs no TARGET: spacekit's "
                    + "prop_search. Example: radio search --proposal-id 9401 --product FLC,SPT")
    List<String> proposalIds = new ArrayList<>();

    @Option(names = "--obs-id", paramLabel = "IDS", split = ",",
            description = "Observations with these obs_id values; one may hold a * wildcard (sent to MAST as a "
                    + "pattern). Example: --obs-id 'j8pu0b*' or --obs-id 'jw02736-o001*' --product I2D,ASN")
    List<String> obsIds = new ArrayList<>();

    @Option(names = "--filters", paramLabel = "NAMES", split = ",",
            description = "Observations through these filters (the filters column: F606W, F814W, F090W, ...; one "
                    + "may hold a * wildcard). Example: --proposal-id 2736 --filters F090W --product I2D")
    List<String> filters = new ArrayList<>();

    @Option(names = "--radius", paramLabel = "ANGLE",
            description = {"Search every target by position with this radius instead of by exact target name: "
                    + "spacekit's behaviour. ANGLE: 0s, 2arcsec, 2\", 0.5arcmin, 0.001deg, or a bare number of "
                    + "degrees; 0s = observations whose footprint contains the position. Without --radius, "
                    + "names that are not mission designations are searched with a radius of 0.0001 arcsec."})
    String radius;

    @Option(names = "--batch-size", paramLabel = "N",
            description = "Most targets served by one batched MAST request (SANTA: at most 30 names, products: "
                    + "500 obsids, path_lookup: 40 URIs per request regardless). Default: "
                    + SearchSettings.DEFAULT_BATCH_SIZE + ".")
    Integer batchSize;

    @Option(names = "--sequential",
            description = "Search one target at a time over one MAST connection, each with its own chain of "
                    + "requests and every S3 key looked up, as spacekit and astroquery do. Much slower; for "
                    + "comparison and troubleshooting.")
    boolean sequential;

    @Option(names = "--verify-keys",
            description = "Look up every product's S3 key with MAST's path_lookup. By default the keys of Kepler, K2 "
                    + "and TESS SPOC products are built from their data URIs by the bucket's fixed layout, and only "
                    + "the first product of each mission is looked up to confirm the rule (if MAST disagrees, "
                    + "path_lookup is used for that mission and a warning is printed).")
    boolean verifyKeys;

    /** What was asked for, validated. */
    record Plan(List<String> targets, Selection selection, Optional<Angle> radius, boolean sequential,
                int batchSize, boolean verifyKeys, List<String> warnings) {

        /** The search these options ask for. */
        Search search() {
            return new Search(targets, selection, radius);
        }

        /** A radio wired for this search: its scheduling, and one MAST connection when sequential. */
        Radio.Builder radio(RadioConfig config) {
            Radio.Builder b = Radio.builder(config);
            if (sequential) {
                return b.mastConnections(1).searchSettings(SearchSettings.sequential());
            }
            SearchSettings d = SearchSettings.concurrent(config.mastConnections());
            return b.searchSettings(new SearchSettings(batchSize, d.linger(), d.targetsInFlight(), d.workers(),
                    verifyKeys));
        }
    }

    /** True when targets were given on the command line or through a file. */
    boolean hasTargets() {
        return !targets.isEmpty() || targetsFile != null;
    }

    /** True when observation criteria were given (a search then needs no target). */
    boolean hasCriteria() {
        return !proposalIds.isEmpty() || !obsIds.isEmpty() || !filters.isEmpty();
    }

    /** The option that selects products or schedules the search, if any was given (for "needs targets" errors). */
    Optional<String> criterionGiven() {
        Map<String, Boolean> given = new LinkedHashMap<>();
        given.put("--mission", mission != null);
        given.put("--author", !authors.isEmpty());
        given.put("--cadence", cadence != null);
        given.put("--exptime", exptime != null);
        given.put("--quarter", quarter != null);
        given.put("--campaign", campaign != null);
        given.put("--sector", sector != null);
        given.put("--product", !products.isEmpty());
        given.put("--extension", !extensions.isEmpty());
        given.put("--mrp-only", mrpOnly);
        given.put("--radius", radius != null);
        given.put("--batch-size", batchSize != null);
        given.put("--sequential", sequential);
        given.put("--verify-keys", verifyKeys);
        return given.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).findFirst();
    }

    /** The targets file, resolved, unless there is none or it is standard input. */
    Optional<Path> targetsFile(CliContext context) {
        return targetsFile == null || targetsFile.equals("-") ? Optional.empty()
                : Optional.of(context.workingDir().resolve(targetsFile));
    }

    /** True when the targets are to be read from standard input. */
    boolean targetsFromStdin() {
        return "-".equals(targetsFile);
    }

    /**
     * Validates every option and reads the targets file.
     *
     * @param requireTargets whether an empty target list is a usage error
     * @throws ParameterException naming the option at fault (exit 2)
     */
    Plan plan(CliContext context, boolean requireTargets) {
        Optional<Angle> angle = Optional.empty();
        if (radius != null) {
            try {
                angle = Optional.of(Angle.parse(radius));
            } catch (IllegalArgumentException e) {
                throw usage("--radius: " + e.getMessage());
            }
        }
        Optional<String> collection = Optional.empty();
        if (mission != null) {
            collection = Optional.of(Mission.collection(mission).orElseThrow(() -> usage("--mission: "
                    + (mission.isBlank() ? "empty mission name" : "'" + mission.strip() + "' is not a MAST mission")
                    + "; one of " + String.join(", ", Mission.COLLECTIONS))));
        }
        Optional<ExposureRange> exposure = exptime == null ? Optional.empty() : Optional.of(exposure());
        Optional<Cadence> word = cadence == null ? Optional.empty() : Optional.of(Cadence.parse(cadence)
                .orElseThrow(() -> usage("--cadence: '" + cadence + "' is not one of long, short, fast, ffi")));
        Optional<Seasons> seasons = seasons();
        Optional<Mission> named = collection.flatMap(Mission::parse);
        checkConflicts(named, exposure, word, seasons);
        if (sequential && batchSize != null) {
            throw usage("--sequential and --batch-size contradict each other: --sequential searches one target at a time");
        }
        if (batchSize != null && batchSize < 1) {
            throw usage("--batch-size: " + batchSize + " must be at least 1");
        }
        Criteria criteria = new Criteria(criterion("--proposal-id", proposalIds), criterion("--obs-id", obsIds),
                criterion("--filters", filters));
        List<String> all = new ArrayList<>();
        for (String t : targets) {
            if (!t.isBlank()) {
                all.add(t.strip());
            }
        }
        if (targetsFile != null) {
            List<String> listed = readTargets(context);
            if (listed.isEmpty()) {
                throw usage("--targets-file " + targetsFile + ": no targets in it");
            }
            all.addAll(listed);
        }
        if (requireTargets && all.isEmpty() && criteria.isEmpty()) {
            throw usage("no targets: give at least one TARGET or --targets-file FILE (or criteria: --proposal-id, "
                    + "--obs-id, --filters)");
        }
        if (requireTargets && all.isEmpty() && radius != null) {
            throw usage("--radius needs targets: it sets how far from each target's position to search");
        }
        List<String> warnings = new ArrayList<>();
        List<String> unknown = products.stream().filter(c -> !c.isBlank() && !ProductCodes.isKnown(c)).toList();
        if (!unknown.isEmpty()) {
            warnings.add("--product " + String.join(",", unknown) + ": not a product code radio knows ("
                    + String.join(", ", ProductCodes.KNOWN) + "); MAST's codes are open-ended, so it is searched "
                    + "for as given");
        }
        Selection selection = new Selection(collection,
                Set.copyOf(values("--author", authors)), exposure, word, seasons, values("--product", products),
                values("--extension", extensions), mrpOnly, criteria);
        return new Plan(List.copyOf(all), selection, angle, sequential,
                batchSize == null ? SearchSettings.DEFAULT_BATCH_SIZE : batchSize, verifyKeys, warnings);
    }

    private ExposureRange exposure() {
        try {
            double exact = Double.parseDouble(exptime.strip());
            if (!(exact > 0) || Double.isInfinite(exact)) {
                throw usage("--exptime: " + exact + " is not a positive number of seconds (e.g. 1800)");
            }
            return ExposureRange.around(exact);
        } catch (NumberFormatException e) {
            try {
                return ExposureRange.parse(exptime);
            } catch (IllegalArgumentException e2) {
                throw usage("--exptime: " + e2.getMessage());
            }
        }
    }

    /** The one season option given, parsed; two of them is a usage error. */
    private Optional<Seasons> seasons() {
        Map<String, Mission> given = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        if (quarter != null) {
            given.put("--quarter", Mission.KEPLER);
            texts.put("--quarter", quarter);
        }
        if (campaign != null) {
            given.put("--campaign", Mission.K2);
            texts.put("--campaign", campaign);
        }
        if (sector != null) {
            given.put("--sector", Mission.TESS);
            texts.put("--sector", sector);
        }
        if (given.size() > 1) {
            List<String> names = new ArrayList<>();
            given.forEach((option, m) -> names.add(option + " (" + m + ")"));
            throw usage(String.join(" and ", names) + " contradict each other: seasons of one mission at a time");
        }
        if (given.isEmpty()) {
            return Optional.empty();
        }
        String option = given.keySet().iterator().next();
        try {
            return Optional.of(Seasons.parse(given.get(option), texts.get(option)));
        } catch (IllegalArgumentException e) {
            throw usage(option + ": " + e.getMessage());
        }
    }

    /** Options that cannot all hold are a usage error naming them, before any work. */
    private void checkConflicts(Optional<Mission> named, Optional<ExposureRange> exposure, Optional<Cadence> word,
                                Optional<Seasons> seasons) {
        String seasonOption = quarter != null ? "--quarter" : campaign != null ? "--campaign" : "--sector";
        if (seasons.isPresent() && named.isPresent() && named.get() != seasons.get().mission()) {
            throw usage(seasonOption + " and --mission " + mission.strip() + " contradict each other: "
                    + seasonOption + " is for " + seasons.get().mission());
        }
        if (word.isPresent()) {
            Cadence c = word.get();
            if (named.isPresent() && !c.missions().contains(named.get())) {
                throw usage("--cadence " + c + " and --mission " + mission.strip() + " contradict each other: "
                        + named.get() + " has no " + c + "-cadence light curves");
            }
            if (seasons.isPresent() && !c.missions().contains(seasons.get().mission())) {
                throw usage("--cadence " + c + " and " + seasonOption + " contradict each other: "
                        + seasons.get().mission() + " has no " + c + "-cadence light curves");
            }
            if (exposure.isPresent() && !exposure.get().compatibleWith(c)) {
                throw usage("--cadence " + c + " and --exptime " + exptime.strip() + " contradict each other: "
                        + exposure.get() + " is " + (exposure.get().exact()
                        ? Cadence.classOf(exposure.get().centre()) + " cadence" : "outside " + c + " cadence"));
            }
        }
    }

    /** The values of a criteria option: at most one wildcard pattern, since MAST takes one per criterion. */
    private Set<String> criterion(String option, List<String> given) {
        Set<String> out = values(option, given);
        if (out.stream().filter(CaomFilter::isPattern).count() > 1) {
            throw usage(option + ": one wildcard pattern at a time (MAST takes one per criterion): "
                    + String.join(",", given));
        }
        return out;
    }

    /** The non-blank values of a comma-separated option; an empty one is a usage error naming the option. */
    private Set<String> values(String option, List<String> given) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : given) {
            if (v.isBlank()) {
                throw usage(option + ": empty " + (option.equals("--product") ? "code" : "value") + " in '"
                        + String.join(",", given) + "'");
            }
            out.add(v.strip());
        }
        return out;
    }

    private List<String> readTargets(CliContext context) {
        try {
            if (targetsFile.equals("-")) {
                return targetLines(new InputStreamReader(context.stdin(), StandardCharsets.UTF_8));
            }
            Path file = context.workingDir().resolve(targetsFile);
            if (!Files.isRegularFile(file)) {
                throw usage("--targets-file: " + file + " does not exist or is not a file");
            }
            return targetLines(Files.newBufferedReader(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw usage("--targets-file: cannot read " + targetsFile + ": " + e.getMessage());
        }
    }

    /** One target per line; blank lines and '#' comments (whole-line or trailing) are skipped. */
    static List<String> targetLines(Reader in) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(in)) {
            String line;
            while ((line = r.readLine()) != null) {
                int hash = line.indexOf('#');
                String t = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
