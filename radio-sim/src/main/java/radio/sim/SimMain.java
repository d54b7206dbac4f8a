package radio.sim;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import radio.sim.catalogue.LabelledStarFiles;
import radio.sim.catalogue.Mission;
import radio.sim.catalogue.StarPopulation;
import radio.sim.server.Endpoint;
import radio.sim.server.Fault;
import radio.sim.server.FaultRule;

/**
 * Runs the simulated archive as a separate process (benchmarks, kill tests, manual use). Prints the endpoint
 * URLs as {@code NAME=value} lines (ready to {@code eval} in a shell, names as radio's configuration reads them),
 * then {@code RADIO_SIM_READY=1}, and serves until killed.
 *
 * <pre>
 * java -cp radio-sim.jar:... radio.sim.SimMain --extra-k2-targets 5000 --latency-ms 50 \
 *      --fault files:503,reset,truncate,stall:rate=0.2 --fault invoke:503:first=2
 * </pre>
 */
public final class SimMain {
    static final String USAGE = """
            usage: radio.sim.SimMain [options]
              --seed N                 catalogue seed (default 1)
              --extra-k2-targets N     synthetic K2 hosts besides the 31 seed hosts (default 20)
              --kepler-targets N       synthetic Kepler stars besides Kepler-90 and Kepler-1 (default 10)
              --tess-targets N         synthetic TESS 2-minute targets besides the 5 named ones (default 10)
              --labelled-stars N       labelled K2 stars for machine learning (planet hosts, eclipsing binaries,
                                         variables, quiet stars), named EPIC n (default 0)
              --population NAME        their distributions: standard (default) or shifted
              --labels-out FILE        write the labelled stars' labels and ephemerides (CSV) once started
              --no-cloud-gaps          every pipeline product public in the bucket
              --moved-keys M=PREFIX    serve mission M's pipeline products (k2, kepler, tess) under another bucket
                                         prefix, e.g. kepler=kepler/moved/ (path_lookup and S3 follow)
              --latency-ms N           delay added to every response (default 0)
              --executing-polls N      MAST answers each distinct request N times with EXECUTING first
              --fault SPEC             add a fault rule (repeatable), SPEC = ENDPOINTS:FAULTS:TRIGGER
                                         ENDPOINTS  comma list of invoke, path_lookup, download_get, download_head,
                                                    resolver, tap, s3_get, s3_head, s3_list, s3_other,
                                                    or the groups files (download_get,s3_get), queries
                                         FAULTS     comma list of 503, slow_down, reset, error, truncate, stall
                                         TRIGGER    first=N or rate=R (0..1)
              --fault-seed N           seed of random fault choices (default 42)
              --retry-after-s N        Retry-After of injected 503s (default 1)
              --stall-limit-s N        how long a stalled body hangs (default 60)
              --host ADDRESS           bind address (default 127.0.0.1)
              --mast-port P --resolver-port P --tap-port P --s3-port P   fixed ports (default: free ports)
              --help
            """;

    private SimMain() {
    }

    public static void main(String[] args) throws InterruptedException, IOException {
        SimArchive.Builder builder;
        Optional<Path> labelsOut = Optional.empty();
        try {
            List<String> rest = new ArrayList<>(List.of(args));
            int at = rest.indexOf("--labels-out");
            if (at >= 0) {
                labelsOut = Optional.of(Path.of(value(args, at + 1, "--labels-out")));
                rest.subList(at, at + 2).clear();
            }
            builder = parse(rest.toArray(String[]::new), System.out);
        } catch (IllegalArgumentException e) {
            System.err.println("radio-sim: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (builder == null) {
            return;
        }
        SimArchive sim = builder.start();
        if (labelsOut.isPresent()) {
            // the truth about the labelled stars, for a machine-learning run in another process
            Files.writeString(labelsOut.get(), LabelledStarFiles.labelsCsv(sim.catalogue(), true));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sim.close();
            stopped.countDown();
        }, "radio-sim-shutdown"));
        printUrls(sim, System.out);
        stopped.await();
    }

    private static StarPopulation population(String name) {
        return switch (name) {
            case "standard" -> StarPopulation.standard();
            case "shifted" -> StarPopulation.shifted();
            default -> throw new IllegalArgumentException("--population: standard or shifted, not '" + name + "'");
        };
    }

    static void printUrls(SimArchive sim, PrintStream out) {
        sim.clientEnvironment().forEach((name, value) -> out.println(name + "=" + value));
        out.println("RADIO_SIM_BUCKET=" + sim.bucket());
        out.println("RADIO_SIM_TARGETS=" + sim.catalogue().targets().size());
        out.println("RADIO_SIM_READY=1");
        out.flush();
    }

    /** Parses the command line; returns null after printing help. Bad input raises IllegalArgumentException. */
    static SimArchive.Builder parse(String[] args, PrintStream out) {
        SimArchive.Builder b = SimArchive.builder();
        int[] ports = new int[4];
        int[] labelled = {0};
        StarPopulation[] population = {StarPopulation.standard()};
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--help", "-h" -> {
                    out.print(USAGE);
                    return null;
                }
                case "--no-cloud-gaps" -> b.cloudGaps(false);
                case "--moved-keys" -> movedKeys(b, value(args, ++i, a));
                case "--seed" -> b.seed(number(a, value(args, ++i, a)));
                case "--extra-k2-targets" -> b.extraK2Targets((int) number(a, value(args, ++i, a)));
                case "--kepler-targets" -> b.keplerTargets((int) number(a, value(args, ++i, a)));
                case "--tess-targets" -> b.tessTargets((int) number(a, value(args, ++i, a)));
                case "--labelled-stars" -> labelled[0] = (int) number(a, value(args, ++i, a));
                case "--population" -> population[0] = population(value(args, ++i, a));
                case "--latency-ms" -> b.latency(Duration.ofMillis(number(a, value(args, ++i, a))));
                case "--executing-polls" -> b.executingPolls((int) number(a, value(args, ++i, a)));
                case "--fault" -> b.fault(faultRule(value(args, ++i, a)));
                case "--fault-seed" -> b.faultSeed(number(a, value(args, ++i, a)));
                case "--retry-after-s" -> b.retryAfter(Duration.ofSeconds(number(a, value(args, ++i, a))));
                case "--stall-limit-s" -> b.stallLimit(Duration.ofSeconds(number(a, value(args, ++i, a))));
                case "--host" -> b.host(value(args, ++i, a));
                case "--mast-port" -> ports[0] = port(a, value(args, ++i, a));
                case "--resolver-port" -> ports[1] = port(a, value(args, ++i, a));
                case "--tap-port" -> ports[2] = port(a, value(args, ++i, a));
                case "--s3-port" -> ports[3] = port(a, value(args, ++i, a));
                default -> throw new IllegalArgumentException("unknown option " + a + " (try --help)");
            }
        }
        return b.labelledStars(labelled[0], population[0]).ports(ports[0], ports[1], ports[2], ports[3]);
    }

    /** Parses {@code MISSION=PREFIX}, e.g. {@code kepler=kepler/moved/}. */
    private static void movedKeys(SimArchive.Builder b, String spec) {
        int eq = spec.indexOf('=');
        Mission mission = null;
        if (eq > 0) {
            try {
                mission = Mission.valueOf(spec.substring(0, eq).trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                mission = null;
            }
        }
        if (mission == null || !mission.lightCurves()) {
            throw new IllegalArgumentException("--moved-keys wants MISSION=PREFIX with MISSION k2, kepler or tess, "
                    + "got '" + spec + "'");
        }
        b.movedKeys(mission, spec.substring(eq + 1).trim());
    }

    /** Parses {@code ENDPOINTS:FAULTS:TRIGGER}, e.g. {@code files:503,truncate:rate=0.2}. */
    static FaultRule faultRule(String spec) {
        String[] parts = spec.split(":");
        if (parts.length != 3) {
            throw new IllegalArgumentException("--fault wants ENDPOINTS:FAULTS:TRIGGER, got '" + spec + "'");
        }
        Set<Endpoint> endpoints = EnumSet.noneOf(Endpoint.class);
        for (String e : parts[0].split(",")) {
            switch (e.trim().toLowerCase(Locale.ROOT)) {
                case "files" -> endpoints.addAll(Endpoint.FILE_BODIES);
                case "queries" -> endpoints.addAll(Endpoint.QUERIES);
                default -> endpoints.add(endpoint(e.trim()));
            }
        }
        List<Fault> faults = new ArrayList<>();
        for (String f : parts[1].split(",")) {
            faults.add(switch (f.trim().toLowerCase(Locale.ROOT)) {
                case "503" -> Fault.HTTP_503;
                case "slow_down", "slowdown" -> Fault.SLOW_DOWN;
                case "reset" -> Fault.RESET;
                case "error" -> Fault.ERROR_STATUS;
                case "truncate" -> Fault.TRUNCATE;
                case "stall" -> Fault.STALL;
                default -> throw new IllegalArgumentException("unknown fault '" + f + "' in --fault " + spec);
            });
        }
        String trigger = parts[2].trim();
        if (trigger.startsWith("first=")) {
            return new FaultRule(endpoints, faults, (int) number("--fault", trigger.substring(6)), 0);
        }
        if (trigger.startsWith("rate=")) {
            try {
                return new FaultRule(endpoints, faults, 0, Double.parseDouble(trigger.substring(5)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--fault rate must be a number in [0, 1]: '" + trigger + "'");
            }
        }
        throw new IllegalArgumentException("--fault trigger must be first=N or rate=R, got '" + trigger + "'");
    }

    private static Endpoint endpoint(String name) {
        try {
            return Endpoint.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown endpoint '" + name + "' in --fault");
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static long number(String option, String text) {
        try {
            long n = Long.parseLong(text.trim());
            if (n < 0) {
                throw new IllegalArgumentException(option + " must not be negative: " + text);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " wants a whole number, got '" + text + "'");
        }
    }

    private static int port(String option, String text) {
        long p = number(option, text);
        if (p > 65535) {
            throw new IllegalArgumentException(option + " must be a port number (0-65535): " + text);
        }
        return (int) p;
    }
}
