package radio.cli;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import radio.config.ConfigException;

/** Entry point and composition root. Only {@link #main} exits the process. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(commandLine(CliContext.ofProcess()).execute(args));
    }

    /**
     * A fully wired command line for the given context. Tests call {@code execute} on it with their
     * own output writers ({@code setOut}/{@code setErr}) and environment.
     */
    public static CommandLine commandLine(CliContext context) {
        CommandLine cl = new CommandLine(new RadioCommand(), new ContextFactory(context));
        cl.setExecutionStrategy(Main::executeWithLogging);
        cl.setExecutionExceptionHandler(ERRORS);
        cl.setParameterExceptionHandler(Main::usageError);
        return cl;
    }

    /** Logging is configured from -v before any command (and so any logger) runs. */
    private static int executeWithLogging(ParseResult parseResult) {
        RadioCommand top = (RadioCommand) parseResult.commandSpec().userObject();
        Logging.configure(top.verbosityLevel());
        return new CommandLine.RunLast().execute(parseResult);
    }

    /** Bad input is one line naming the culprit, then a hint; exit 2, nothing attempted. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("radio: " + e.getMessage());
        err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
        return 2;
    }

    private static final IExecutionExceptionHandler ERRORS = (ex, cl, parseResult) -> {
        PrintWriter err = cl.getErr();
        if (ex instanceof ConfigException || ex instanceof CommandLine.ParameterException) {
            err.println("radio: " + ex.getMessage());
            return 2;
        }
        err.println("radio: " + Logging.describe(ex));
        Logging.debugStackTrace(ex);
        return 1;
    };

    /** Creates commands with the {@link CliContext} when they ask for it in their constructor. */
    private record ContextFactory(CliContext context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            for (Constructor<?> c : cls.getDeclaredConstructors()) {
                Class<?>[] types = c.getParameterTypes();
                if (types.length == 1 && types[0] == CliContext.class) {
                    c.setAccessible(true);
                    return cls.cast(c.newInstance(context));
                }
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
