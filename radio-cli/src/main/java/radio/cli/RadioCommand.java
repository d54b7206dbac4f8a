package radio.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The top command: lists the subcommands; each one is a thin layer over a library service. */
@Command(name = "radio",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        header = "Find, download, read and search Kepler, K2 and TESS light curves.",
        description = "radio finds targets in the NASA Exoplanet Archive, finds their light-curve products on "
                + "MAST, downloads them from the public AWS bucket stpubdata or from MAST, and reads, plots and "
                + "searches them for transiting planets.",
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  everything asked for was done",
            "  1  some of the work failed (the rest was done; each failure is named on stderr)",
            "  2  usage or configuration error (nothing was attempted)",
            "",
            "Run 'radio help COMMAND' or 'radio COMMAND --help' for a command's options."},
        subcommands = HelpCommand.class)
public final class RadioCommand implements Runnable {
    /** The subcommands in the order help lists them; {@link Main} registers them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            TargetsCommand.class,
            SearchCommand.class,
            DownloadCommand.class,
            LsCommand.class,
            ExportCommand.class,
            InfoCommand.class,
            PlotCommand.class,
            PeriodogramCommand.class,
            HuntCommand.class,
            DemoCommand.class,
            SimCommand.class,
            SparkCommand.class,
            DatasetCommand.class,
            TrainCommand.class,
            EvaluateCommand.class,
            ClassifyCommand.class);

    @Spec
    CommandSpec spec;

    @Option(names = {"-v", "--verbose"}, scope = CommandLine.ScopeType.INHERIT,
            description = "Log more: -v for progress details, -vv for every request.")
    boolean[] verbosity = new boolean[0];

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    int verbosityLevel() {
        return verbosity.length;
    }
}
