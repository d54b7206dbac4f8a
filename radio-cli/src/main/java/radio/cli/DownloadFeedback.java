package radio.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import radio.transfer.SessionProgress;

/**
 * What {@code radio download} tells the user on stderr while it works.
 *
 * <ul>
 * <li>{@link Mode#BAR} (a terminal): one redrawn line, files done/total (the total grows while the search still
 *     streams, shown as {@code 12/31+}), a bar, bytes done/total, rate and ETA, ~10 times a second.</li>
 * <li>{@link Mode#LINES} (not a terminal): the same figures as a plain line every {@code interval}.</li>
 * <li>{@link Mode#QUIET}: nothing but errors.</li>
 * </ul>
 * Errors ({@link #error}) are printed in every mode, whole lines above the bar, in the order reported, from one
 * thread (callers, such as transfer threads, never wait for the terminal). Thread-safe.
 */
final class DownloadFeedback implements AutoCloseable {
    /** How progress is shown. */
    enum Mode { BAR, LINES, QUIET }

    private final Mode mode;
    private final PrintWriter err;
    private final Duration interval;
    private final int width;
    private final Object terminal = new Object();
    private final ExecutorService printer = Executors.newSingleThreadExecutor(daemon("radio-feedback"));
    private ScheduledExecutorService ticker;
    private ProgressBar bar;
    private volatile Supplier<SessionProgress> progress;
    private volatile boolean searching;
    /** Length of the bar line last drawn, to blank it before an error line. */
    private int drawn;

    /**
     * @param width    terminal columns for the bar
     * @param interval time between status lines in {@link Mode#LINES}
     */
    DownloadFeedback(Mode mode, PrintWriter err, Duration interval, int width) {
        this.mode = mode;
        this.err = err;
        this.interval = interval;
        this.width = Math.max(40, width);
    }

    /** Starts showing progress of a session; {@code searching} marks the total as still growing. */
    void start(Supplier<SessionProgress> source, boolean stillSearching) {
        this.progress = source;
        this.searching = stillSearching;
        switch (mode) {
            case BAR -> bar = new ProgressBarBuilder()
                    .setTaskName("download")
                    .setInitialMax(0)
                    .setUpdateIntervalMillis(100)
                    .continuousUpdate()
                    .setRenderer((state, max) -> render(max))
                    .setConsumer(new BarConsumer())
                    .build();
            case LINES -> {
                ticker = Executors.newSingleThreadScheduledExecutor(daemon("radio-feedback-lines"));
                long ms = interval.toMillis();
                ticker.scheduleAtFixedRate(() -> printer.execute(() -> line("radio: " + status(progress.get(),
                        searching))), ms, ms, TimeUnit.MILLISECONDS);
            }
            case QUIET -> {
            }
        }
    }

    /** The search has delivered every target: the total is final. */
    void searchDone() {
        searching = false;
    }

    /** Prints one error line (in every mode), above the bar. Returns at once. */
    void error(String message) {
        printer.execute(() -> line(message));
    }

    /** Stops the bar or the status lines, after printing every error reported so far. */
    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        printer.shutdown();
        try {
            printer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (bar != null) {
            searching = false;
            bar.close(); // draws the final state and ends the line
        }
        err.flush();
    }

    private void line(String text) {
        synchronized (terminal) {
            if (drawn > 0) {
                err.print("\r" + " ".repeat(drawn) + "\r");
                drawn = 0;
            }
            err.println(text);
            err.flush();
        }
    }

    private String render(int max) {
        SessionProgress p = progress.get();
        String text = status(p, searching);
        int room = Math.min(max, width) - text.length() - 3;
        if (room < 10) {
            return text;
        }
        int total = p.filesSubmitted();
        int filled = total == 0 ? 0 : (int) ((long) room * p.filesFinished() / total);
        return "[" + "=".repeat(filled) + (filled < room ? ">" + " ".repeat(room - filled - 1) : "") + "] " + text;
    }

    /** {@code 12/31+ files, 4.6/10.7 MB, 3.2 MB/s, ETA 3 s} (+ while the search may add more; failures counted). */
    static String status(SessionProgress p, boolean searching) {
        StringBuilder b = new StringBuilder();
        b.append(p.filesFinished()).append('/').append(p.filesSubmitted()).append(searching ? "+" : "")
                .append(" files");
        if (p.filesFailed() > 0) {
            b.append(" (").append(p.filesFailed()).append(" failed)");
        }
        b.append(", ").append(megabytes(p.bytesDone()));
        if (p.bytesTotal().isPresent()) {
            b.append('/').append(megabytes(p.bytesTotal().getAsLong()));
        }
        b.append(", ").append(rate(p.bytesPerSecond()));
        Optional<Duration> eta = searching ? Optional.empty() : p.eta();
        eta.ifPresent(d -> b.append(", ETA ").append(duration(d)));
        return b.toString();
    }

    /** {@code 12.3 MB} (decimal megabytes, as network tools count). */
    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    static String rate(double bytesPerSecond) {
        return String.format(Locale.ROOT, "%.1f MB/s", bytesPerSecond / 1e6);
    }

    /** {@code 850 ms}, {@code 3.2 s}, {@code 2 min 05 s}. */
    static String duration(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        long s = ms / 1000;
        return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }

    /** Draws the bar on the error writer, in place. */
    private final class BarConsumer implements ProgressBarConsumer {
        @Override
        public int getMaxRenderedLength() {
            return width;
        }

        @Override
        public void accept(String rendered) {
            synchronized (terminal) {
                String pad = rendered.length() < drawn ? " ".repeat(drawn - rendered.length()) : "";
                err.print("\r" + rendered + pad);
                err.flush();
                drawn = rendered.length();
            }
        }

        @Override
        public void close() {
            synchronized (terminal) {
                if (drawn > 0) {
                    err.println();
                    drawn = 0;
                }
                err.flush();
            }
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
