package radio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code radio sim}: radio's simulated archive (MAST, the name resolver, the Exoplanet Archive, the S3 bucket) on
 * 127.0.0.1, for trying radio and its README offline. Prints the environment that points radio at it.
 */
@Command(name = "sim", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Run radio's simulated archive on 127.0.0.1 and print the environment that points radio at it.",
        description = {
            "Serves a simulated MAST (invoke, path_lookup, Download/file), name resolver, Exoplanet Archive (TAP) and "
                    + "S3 bucket stpubdata, each on a free port of 127.0.0.1, with the real services' protocols and "
                    + "real FITS light curves: the 31 K2 planet hosts of spacekit's post, K2-18, 20 more K2 hosts "
                    + "over every campaign, Kepler-90 and Kepler-1, 10 more Kepler stars, WASP-126, pi Mensae and 10 "
                    + "more TESS stars.",
            "",
            "Prints one 'export NAME=URL' line per endpoint (RADIO_MAST_URL, RADIO_RESOLVER_URL, "
                    + "RADIO_EXOPLANET_ARCHIVE_URL, AWS_ENDPOINT_URL_S3) and serves until stopped (Ctrl-C). With "
                    + "--detach it starts the archive in the background, prints the same lines and "
                    + "'export RADIO_SIM_PID=N', and returns: eval its output, and 'kill $RADIO_SIM_PID' stops it."},
        sortOptions = false,
        footerHeading = "%nExamples:%n",
        footer = {
            "  eval \"$(radio sim --detach)\"          # the archive in the background, radio pointed at it",
            "  radio search K2-18 --product LLC",
            "  kill $RADIO_SIM_PID",
            "",
            "  radio sim                              # in another terminal: serves until Ctrl-C",
            "",
            "Exit codes: 0 stopped (or, with --detach, started) · 1 it could not",
            "start · 2 usage error"})
public final class SimCommand implements Callable<Integer> {
    private static final String PID_VARIABLE = "RADIO_SIM_PID";
    /** Printed once every endpoint is up; a comment to a shell that evaluates the output. */
    private static final String SERVING = "# radio sim: serving on 127.0.0.1 until stopped";

    @Spec
    CommandSpec spec;

    @Option(names = "--detach", description = "Start the archive in the background, print its environment and "
            + "RADIO_SIM_PID, and return.")
    boolean detach;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the simulated sky (positions, planets, extra targets). Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--latency-ms", paramLabel = "MS", defaultValue = "0",
            description = "Delay added to every response, as a distant archive would. Default: ${DEFAULT-VALUE}.")
    int latencyMs;

    @Override
    public Integer call() throws Exception {
        if (latencyMs < 0) {
            throw new ParameterException(spec.commandLine(), "--latency-ms: " + latencyMs + " is negative");
        }
        PrintWriter out = spec.commandLine().getOut();
        SimProcess sim;
        try {
            sim = SimProcess.start(List.of("--seed", Long.toString(seed), "--latency-ms",
                    Integer.toString(latencyMs)));
        } catch (IOException e) {
            spec.commandLine().getErr().println("radio: sim: " + e.getMessage());
            return 1;
        }
        sim.clientEnvironment().forEach((name, value) -> out.println("export " + name + "=" + value));
        if (detach) {
            sim.detach();
            out.println("export " + PID_VARIABLE + "=" + sim.pid());
            out.flush();
            return 0;
        }
        out.println(SERVING);
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(sim::close, "radio-sim-stop"));
        sim.waitFor();
        return 0;
    }
}
