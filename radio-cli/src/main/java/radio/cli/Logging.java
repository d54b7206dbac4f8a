package radio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the library's log records go (SLF4J over {@code java.util.logging}); the only place logging is set up.
 *
 * <p>Users read radio's own one-line messages, never log lines: by default nothing is logged to the console, and
 * warnings (with their stack traces) are appended to {@code RADIO_HOME/radio.log}, created at the first one, once a
 * command knows its {@code RADIO_HOME} ({@link #logTo}). {@code -v} shows radio's details (retries, fallbacks,
 * timings) on stderr, {@code -vv} also those of the AWS SDK and the HTTP stack.
 */
final class Logging {
    private static final String LOG_FILE = "radio.log";
    /** Held here: java.util.logging keeps loggers weakly, and a collected one forgets its level. */
    private static final Logger ROOT = Logger.getLogger("");
    private static final Logger RADIO = Logger.getLogger("radio");

    private Logging() {
    }

    /**
     * Sets up logging for a command run with {@code verbosity} {@code -v} flags, before any logger runs; with
     * {@code -v}, records go to {@code err}, the command's standard error.
     */
    static void configure(int verbosity, PrintWriter err) {
        LogManager.getLogManager().reset();
        // radio's details (retries, fallbacks, timings) from -v; the AWS SDK and the HTTP stack only from -vv
        ROOT.setLevel(verbosity < 2 ? Level.WARNING : Level.FINE);
        RADIO.setLevel(verbosity < 1 ? Level.WARNING : Level.FINE);
        Handler handler = verbosity == 0 ? new FileHandler() : new ConsoleHandler(err);
        handler.setLevel(Level.ALL);
        ROOT.addHandler(handler);
    }

    /** Warnings of the command go to {@code radioHome/radio.log} (at default verbosity; with -v, to stderr). */
    static void logTo(Path radioHome) {
        for (Handler h : ROOT.getHandlers()) {
            if (h instanceof FileHandler f) {
                f.file = radioHome.resolve(LOG_FILE);
            }
        }
    }

    /** One line for the user: the real cause, not the wrapper an executor put around it. */
    static String describe(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        String msg = c.getMessage();
        return msg == null || msg.isBlank() ? c.getClass().getSimpleName() : msg;
    }

    /** A stack trace for whoever reads the log (not the user's console at default verbosity). */
    static void logStackTrace(Throwable t) {
        LoggerFactory.getLogger(Main.class).warn("stack trace", t);
    }

    /** {@code [WARN] ProductSearch - message}, and the stack trace when there is one. */
    private static String format(LogRecord r, boolean stamped) {
        String name = r.getLoggerName() == null ? "" : r.getLoggerName();
        String shortName = name.substring(name.lastIndexOf('.') + 1);
        String level = r.getLevel().intValue() >= Level.SEVERE.intValue() ? "ERROR"
                : r.getLevel().intValue() >= Level.WARNING.intValue() ? "WARN"
                : r.getLevel().intValue() >= Level.INFO.intValue() ? "INFO" : "DEBUG";
        StringBuilder line = new StringBuilder();
        if (stamped) {
            line.append(Instant.ofEpochMilli(r.getMillis())).append(' ');
        }
        line.append('[').append(level).append("] ").append(shortName).append(" - ")
                .append(message(r))
                .append(System.lineSeparator());
        if (r.getThrown() != null) {
            StringWriter trace = new StringWriter();
            r.getThrown().printStackTrace(new PrintWriter(trace));
            line.append(trace);
        }
        return line.toString();
    }

    /** SLF4J hands over formatted messages; java.util.logging's own "{0}" parameters are filled in. */
    private static String message(LogRecord r) {
        String m = r.getMessage() == null ? "" : r.getMessage();
        Object[] p = r.getParameters();
        return p == null || p.length == 0 ? m : MessageFormat.format(m, p);
    }

    /** -v and -vv: records on stderr as they come. */
    private static final class ConsoleHandler extends Handler {
        private final PrintWriter err;

        ConsoleHandler(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void publish(LogRecord r) {
            if (isLoggable(r)) {
                err.print(format(r, false));
                err.flush();
            }
        }

        @Override
        public void flush() {
            err.flush();
        }

        @Override
        public void close() {
            flush();
        }
    }

    /** Default verbosity: warnings appended to the command's log file, opened at the first one; else dropped. */
    private static final class FileHandler extends Handler {
        private volatile Path file;

        @Override
        public synchronized void publish(LogRecord r) {
            Path target = file;
            if (target == null || !isLoggable(r)) {
                return;
            }
            try {
                Files.createDirectories(target.getParent());
                try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND)) {
                    w.write(format(r, true));
                }
            } catch (IOException e) {
                // a log that cannot be written must not fail the command; the user's messages are on stderr
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
