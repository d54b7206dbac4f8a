package radio.sim.server;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.sun.net.httpserver.HttpExchange;

/**
 * Writes one response, applying the body faults ({@link Fault#TRUNCATE}, {@link Fault#STALL}) chosen for it.
 * Not thread-safe; one per exchange.
 */
public final class Reply {
    private final HttpExchange exchange;
    private final Optional<Fault> fault;
    private final Traffic traffic;
    private final boolean head;

    Reply(HttpExchange exchange, Optional<Fault> fault, Traffic traffic, boolean head) {
        this.exchange = exchange;
        this.fault = fault;
        this.traffic = traffic;
        this.head = head;
    }

    /** The fault this response must carry, if any. */
    public Optional<Fault> fault() {
        return fault;
    }

    /** Seconds to announce in {@code Retry-After}. */
    public long retryAfterSeconds() {
        return traffic.retryAfter().toSeconds();
    }

    /** Adds a response header. */
    public void header(String name, String value) {
        exchange.getResponseHeaders().add(name, value);
    }

    /** Sends a complete body with {@code Content-Length} (headers only for HEAD). */
    public void send(int status, String contentType, byte[] body) throws IOException {
        header("Content-Type", contentType);
        if (head) {
            header("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Sends text as UTF-8. */
    public void sendText(int status, String contentType, String body) throws IOException {
        send(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Starts a chunked response ({@code Transfer-Encoding: chunked}, no {@code Content-Length}) and returns a
     * UTF-8 writer for the body; the caller closes it.
     */
    public Writer chunked(int status, String contentType) throws IOException {
        header("Content-Type", contentType);
        exchange.sendResponseHeaders(status, 0);
        return new OutputStreamWriter(exchange.getResponseBody(), StandardCharsets.UTF_8);
    }

    /**
     * Sends a body of {@code length} bytes from {@code source}, announcing the full length. Under
     * {@link Fault#TRUNCATE} only part is written and the connection is dropped; under {@link Fault#STALL} part
     * is written, then the response hangs until the stall limit and the connection is dropped. For HEAD only
     * the headers go out.
     */
    public void sendBody(int status, String contentType, long length, BodySource source) throws IOException {
        header("Content-Type", contentType);
        if (head) {
            header("Content-Length", Long.toString(length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, length == 0 ? -1 : length);
        OutputStream out = exchange.getResponseBody();
        if (fault.isPresent() && (fault.get() == Fault.TRUNCATE || fault.get() == Fault.STALL) && length > 0) {
            long part = (long) Math.floor(length * traffic.cutFraction());
            if (part > 0) {
                source.write(out, 0, part);
            }
            out.flush();
            if (fault.get() == Fault.STALL) {
                traffic.stall();
            }
            throw new AbortConnection(fault.get() + " after " + part + " of " + length + " bytes");
        }
        try (out) {
            if (length > 0) {
                source.write(out, 0, length);
            }
        }
    }

    /** Drops the connection without a response. */
    void abort(String why) {
        throw new AbortConnection(why);
    }
}
