package radio.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on 127.0.0.1 and a free port, recording every request it receives, for client tests.
 * Handlers are plain functions of the recorded request. Close it after the test.
 */
public final class LoopbackServer implements AutoCloseable {

    /** A request as received: method, path with query, headers, body. */
    public record Received(String method, URI uri, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    /** What to answer. */
    public record Reply(int status, Map<String, String> headers, byte[] body) {
        public static Reply json(String body) {
            return new Reply(200, Map.of("Content-Type", "application/json; charset=utf-8"),
                    body.getBytes(StandardCharsets.UTF_8));
        }

        public static Reply of(int status, String body) {
            return new Reply(status, Map.of(), body.getBytes(StandardCharsets.UTF_8));
        }

        public Reply withHeader(String name, String value) {
            Map<String, String> h = new java.util.LinkedHashMap<>(headers);
            h.put(name, value);
            return new Reply(status, h, body);
        }
    }

    @FunctionalInterface
    public interface Handler {
        Reply handle(Received request) throws Exception;
    }

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();

    private LoopbackServer(HttpServer server) {
        this.server = server;
    }

    /** Starts a server; {@code threads} handler threads (requests beyond that queue). */
    public static LoopbackServer start(int threads, Handler handler) {
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
            LoopbackServer ls = new LoopbackServer(s);
            s.createContext("/", ex -> ls.serve(ex, handler));
            s.setExecutor(Executors.newFixedThreadPool(threads));
            s.start();
            return ls;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static LoopbackServer start(Handler handler) {
        return start(8, handler);
    }

    /** {@code http://127.0.0.1:<port>} */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    private void serve(HttpExchange ex, Handler handler) throws IOException {
        try (ex) {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Received r = new Received(ex.getRequestMethod(), ex.getRequestURI(), Map.copyOf(ex.getRequestHeaders()), body);
            synchronized (this) {
                received.add(r);
            }
            Reply reply;
            try {
                reply = handler.handle(r);
            } catch (Exception e) {
                reply = Reply.of(500, "handler failed: " + e);
            }
            reply.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
            ex.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
            if (reply.body().length > 0) {
                ex.getResponseBody().write(reply.body());
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
