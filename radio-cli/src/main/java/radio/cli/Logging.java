package radio.cli;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Configures slf4j-simple (stderr, terse) from the -v count; the only place logging is set up. */
final class Logging {
    private Logging() {
    }

    static void configure(int verbosity) {
        String level = switch (verbosity) {
            case 0 -> "warn";
            case 1 -> "info";
            default -> "debug";
        };
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", level);
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
        System.setProperty("org.slf4j.simpleLogger.showShortLogName", "true");
        System.setProperty("org.slf4j.simpleLogger.levelInBrackets", "true");
        // the AWS SDK and the HTTP stack are chatty at info; keep them to warnings unless -vv
        if (verbosity < 2) {
            System.setProperty("org.slf4j.simpleLogger.log.software.amazon.awssdk", "warn");
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

    static void debugStackTrace(Throwable t) {
        Logger log = LoggerFactory.getLogger(Main.class);
        log.debug("stack trace", t);
    }
}
