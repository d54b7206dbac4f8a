package radio.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code radio dataset}: the group of data set commands (today: {@code build}). */
@Command(name = "dataset", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Build machine-learning data sets from light curves.",
        subcommands = DatasetBuildCommand.class)
final class DatasetCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
