package radio.archive;

import java.io.IOException;
import java.net.http.HttpResponse.BodyHandler;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs every attempt at debug level as a {@code curl} command that repeats it, then the status and time taken.
 * Secrets (the MAST token, and any {@code Authorization} or {@code mast_token} cookie value) are replaced by
 * {@code <redacted>} in what is logged; the request itself is not changed. Thread-safe.
 */
public final class LoggingHttp implements Http {
    private static final Logger LOG = LoggerFactory.getLogger(LoggingHttp.class);

    /** Strings that must never appear in a log line. */
    public record Secrets(List<String> values) {
        public Secrets {
            values = values.stream().filter(v -> v != null && !v.isEmpty()).toList();
        }

        public static Secrets none() {
            return new Secrets(List.of());
        }

        public String redact(String text) {
            String t = text;
            for (String v : values) {
                t = t.replace(v, "<redacted>");
            }
            return t;
        }
    }

    private final Http inner;
    private final Secrets secrets;
    private final Consumer<String> sink;

    public LoggingHttp(Http inner, Secrets secrets) {
        this(inner, secrets, null);
    }

    /** With {@code sink} non-null, lines go there (always) instead of the debug log: for tests. */
    LoggingHttp(Http inner, Secrets secrets, Consumer<String> sink) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.sink = sink;
    }

    @Override
    public <T> Response<T> send(Request request, BodyHandler<T> handler) throws IOException, InterruptedException {
        boolean on = sink != null || LOG.isDebugEnabled();
        if (!on) {
            return inner.send(request, handler);
        }
        emit(curl(request, secrets));
        long t0 = System.nanoTime();
        try {
            Response<T> r = inner.send(request, handler);
            emit("HTTP " + r.statusCode() + " " + secrets.redact(request.uri().toString()) + " in "
                    + (System.nanoTime() - t0) / 1_000_000 + " ms");
            return r;
        } catch (IOException e) {
            emit("failed " + secrets.redact(request.uri().toString()) + " after " + (System.nanoTime() - t0) / 1_000_000
                    + " ms: " + e);
            throw e;
        }
    }

    private void emit(String line) {
        if (sink != null) {
            sink.accept(line);
        } else {
            LOG.debug(line);
        }
    }

    /** A shell-quoted {@code curl} command equivalent to the request, with secrets redacted. */
    public static String curl(Request request, Secrets secrets) {
        StringBuilder sb = new StringBuilder("curl");
        if (!request.method().equals("GET") || request.hasBody()) {
            sb.append(" -X ").append(request.method());
        }
        sb.append(' ').append(quote(request.uri().toString()));
        for (Request.Header h : request.headers()) {
            String value = h.value();
            if (h.name().equalsIgnoreCase("Authorization")) {
                value = "<redacted>";
            } else if (h.name().equalsIgnoreCase("Cookie")) {
                value = value.replaceAll("(?i)(mast_token=)[^;]*", "$1<redacted>");
            }
            sb.append(" -H ").append(quote(h.name() + ": " + value));
        }
        if (request.hasBody()) {
            sb.append(" --data-raw ").append(quote(request.bodyText()));
        }
        return secrets.redact(sb.toString());
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
