package radio.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import radio.config.ConfigException;
import radio.output.IoReasons;
import radio.output.OutputPathException;

/** Entry point and composition root. Only {@link #main} exits the process. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = run(CliContext.ofProcess(), args, new FileOutputStream(FileDescriptor.out),
                new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), Charset.defaultCharset()),
                        true));
        stopHttpClientSelectors();
        System.exit(code);
    }

    /**
     * Runs a command line with its standard output going to {@code stdout}: output that cannot be written (a full
     * disk, a closed pipe) makes a finished command fail (exit 1) with one line naming the OS's reason.
     */
    static int run(CliContext context, String[] args, OutputStream stdout, PrintWriter err) {
        CheckedOutputStream checked = new CheckedOutputStream(stdout);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(checked, Charset.defaultCharset()));
        CommandLine cl = commandLine(context, args);
        cl.setOut(out);
        cl.setErr(err);
        int code = cl.execute(args);
        out.flush();
        Optional<IOException> failure = checked.failure();
        if (failure.isEmpty() || code == 2) {
            return code;
        }
        if (!CheckedOutputStream.isBrokenPipe(failure.get())) { // a reader that left on purpose (| head) is no news
            err.println("radio: cannot write output: " + IoReasons.of(failure.get()));
        }
        err.flush();
        return 1;
    }

    /**
     * At exit HotSpot waits up to 300 ms for threads blocked in native code to quiesce, and the JDK 17
     * {@code HttpClient} keeps a selector thread in {@code epoll_wait} for as long as the process lives (its
     * {@code close()} arrived in Java 21). Interrupting that thread ends it at once; with the command finished
     * nothing uses the client any more. Saves a third of a second on every command that went online.
     */
    static void stopHttpClientSelectors() {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("HttpClient-") && t.getName().endsWith("-SelectorManager")) {
                t.interrupt();
                try {
                    t.join(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * A fully wired command line for the given context. Tests call {@code execute} on it with their
     * own output writers ({@code setOut}/{@code setErr}) and environment.
     */
    public static CommandLine commandLine(CliContext context) {
        return commandLine(context, new String[0]);
    }

    /**
     * As {@link #commandLine(CliContext)}, but when {@code args} name a subcommand only that one is registered:
     * picocli builds the model of every registered command up front, a tenth of a second of start-up for
     * commands that will not run. Help for the top command (no subcommand named) still lists them all.
     */
    static CommandLine commandLine(CliContext context, String[] args) {
        ContextFactory factory = new ContextFactory(context);
        CommandLine cl = new CommandLine(new RadioCommand(), factory);
        String named = firstWord(args);
        List<Class<?>> chosen = RadioCommand.SUBCOMMANDS.stream()
                .filter(c -> c.getAnnotation(Command.class).name().equals(named)).toList();
        for (Class<?> sub : chosen.isEmpty() ? RadioCommand.SUBCOMMANDS : chosen) {
            cl.addSubcommand(new CommandLine(sub, factory));
        }
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionStrategy(Main::executeWithLogging);
        cl.setExecutionExceptionHandler(ERRORS);
        cl.setParameterExceptionHandler(Main::usageError);
        return cl;
    }

    /** The first argument that is not an option of the top command (which takes no values), or "". */
    private static String firstWord(String[] args) {
        for (String a : args) {
            if (!a.startsWith("-")) {
                return a;
            }
        }
        return "";
    }

    /** Logging is configured from -v before any command (and so any logger) runs. */
    private static int executeWithLogging(ParseResult parseResult) {
        Logging.configure(verbosity(parseResult), parseResult.commandSpec().commandLine().getErr());
        return new CommandLine.RunLast().execute(parseResult);
    }

    /** The -v count of a parsed command line. */
    static int verbosity(ParseResult parseResult) {
        return ((RadioCommand) parseResult.commandSpec().userObject()).verbosityLevel();
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
        if (ex instanceof ConfigException || ex instanceof CommandLine.ParameterException
                || ex instanceof OutputPathException) {
            err.println("radio: " + ex.getMessage());
            return 2;
        }
        err.println("radio: " + Logging.describe(ex));
        if (!(ex instanceof OutputFailure)) {
            Logging.logStackTrace(ex);
        }
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
