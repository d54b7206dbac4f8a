package radio.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import radio.search.Angle;
import radio.search.SearchSettings;
import radio.search.Selection;
import radio.workflow.SearchRequest;

/**
 * Which targets and which of their products: shared by {@code radio search} and {@code radio download} so both
 * select exactly the same files. {@link #plan} validates everything before any network work; a bad value is a
 * usage error (exit 2) naming the option.
 */
public final class SelectionOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Parameters(paramLabel = "TARGET", arity = "0..*",
            description = {"Targets to search. Forms: EPIC n, KIC n, TIC n, ktwo…, kplr… (exact MAST target names); "
                    + "K2-n, Kepler-n, TOI-n (planet letter optional; looked up in the Exoplanet Archive's "
                    + "k2names, keplernames, toi); any other name (e.g. 'pi Mensae', WASP-47) is resolved to a "
                    + "position by MAST's name resolver. Quote names with spaces."})
    List<String> targets = new ArrayList<>();

    @Option(names = "--targets-file", paramLabel = "FILE|-",
            description = "Read targets from FILE, one per line ('-' = standard input). Blank lines and "
                    + "'#' comments are ignored. Combines with TARGET arguments.")
    String targetsFile;

    @Option(names = "--mission", paramLabel = "NAME",
            description = "Keep observations whose obs_collection or project is NAME, ignoring case "
                    + "(K2, Kepler, TESS, HLSP, ...). Default: any.")
    String mission;

    @Option(names = "--exptime", paramLabel = "SECONDS",
            description = "Keep observations with this cadence (t_exptime, seconds, ±1 s): 1800 = Kepler/K2 long "
                    + "cadence, 60 = short, 120 = TESS 2-min. Sent to MAST as a range. Default: any.")
    Double exptime;

    @Option(names = "--product", paramLabel = "CODES", split = ",",
            description = "Keep products with these productSubGroupDescription codes, comma-separated, any case: "
                    + "LLC (long-cadence light curve), SLC, LPD-TARG (target pixel file), LC (TESS light curve), "
                    + "TP, DVT, ... Default: all products.")
    List<String> products = new ArrayList<>();

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
                    + "requests, as spacekit and astroquery do. Much slower; for comparison and troubleshooting.")
    boolean sequential;

    /** What was asked for, validated. */
    record Plan(List<String> targets, Selection selection, Optional<Angle> radius, boolean sequential,
                int batchSize) {

        /** The search these options ask for. */
        SearchRequest request() {
            return new SearchRequest(targets, selection, radius);
        }

        /** Scheduling for the given number of MAST connections. */
        SearchSettings settings(int mastConnections) {
            if (sequential) {
                return SearchSettings.sequential();
            }
            SearchSettings d = SearchSettings.concurrent(mastConnections);
            return new SearchSettings(batchSize, d.linger(), d.targetsInFlight(), d.workers());
        }
    }

    /** True when targets were given on the command line or through a file. */
    boolean hasTargets() {
        return !targets.isEmpty() || targetsFile != null;
    }

    /** The option that selects products or schedules the search, if any was given (for "needs targets" errors). */
    Optional<String> criterionGiven() {
        if (mission != null) return Optional.of("--mission");
        if (exptime != null) return Optional.of("--exptime");
        if (!products.isEmpty()) return Optional.of("--product");
        if (radius != null) return Optional.of("--radius");
        if (batchSize != null) return Optional.of("--batch-size");
        if (sequential) return Optional.of("--sequential");
        return Optional.empty();
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
        if (exptime != null && (!(exptime > 0) || exptime.isInfinite())) {
            throw usage("--exptime: " + exptime + " is not a positive number of seconds (e.g. 1800)");
        }
        if (mission != null && mission.isBlank()) {
            throw usage("--mission: empty mission name (e.g. K2, Kepler, TESS)");
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String p : products) {
            if (p.isBlank()) {
                throw usage("--product: empty code in '" + String.join(",", products) + "' (e.g. LLC or LLC,SLC)");
            }
            codes.add(p.strip());
        }
        if (sequential && batchSize != null) {
            throw usage("--sequential and --batch-size contradict each other: --sequential searches one target at a time");
        }
        if (batchSize != null && batchSize < 1) {
            throw usage("--batch-size: " + batchSize + " must be at least 1");
        }
        List<String> all = new ArrayList<>();
        for (String t : targets) {
            if (!t.isBlank()) {
                all.add(t.strip());
            }
        }
        if (targetsFile != null) {
            all.addAll(readTargets(context));
        }
        if (requireTargets && all.isEmpty()) {
            throw usage(targetsFile != null ? "--targets-file " + targetsFile + ": no targets in it"
                    : "no targets: give at least one TARGET or --targets-file FILE");
        }
        Selection selection = new Selection(Optional.ofNullable(mission).map(String::strip),
                exptime == null ? OptionalDouble.empty() : OptionalDouble.of(exptime), codes);
        return new Plan(List.copyOf(all), selection, angle, sequential,
                batchSize == null ? SearchSettings.DEFAULT_BATCH_SIZE : batchSize);
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
