package radio.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A tiny HTTP/1.1 server on 127.0.0.1 (port 0) written on raw sockets, so tests can do what real servers and
 * networks do to clients: answer 503, reset the connection mid-body, cut a body short, or stall. One request per
 * connection ({@code Connection: close}); every request is recorded for assertions (method, target, headers).
 *
 * <p>{@link #proxyTo(int)} turns it into a reverse proxy (e.g. in front of s3proxy) that forwards requests
 * byte-for-byte, {@code Host} included, so AWS signatures stay valid, and applies the same faults to the answers.
 */
public final class LoopbackHttpServer implements AutoCloseable {
    /** A request as received; header names are lower-case. */
    public record Request(String method, String target, Map<String, List<String>> headers) {
        public Optional<String> header(String name) {
            List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
            return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
        }

        /** The path without the query. */
        public String path() {
            int q = target.indexOf('?');
            return q < 0 ? target : target.substring(0, q);
        }
    }

    /** An answer; for HEAD requests the body is not sent but its length is announced. */
    public record Response(int status, Map<String, String> headers, byte[] body) {
        public static Response of(int status, String contentType, byte[] body) {
            Map<String, String> h = new LinkedHashMap<>();
            h.put("Content-Type", contentType);
            return new Response(status, h, body);
        }
    }

    /** Produces the answer to a request. */
    @FunctionalInterface
    public interface Handler {
        Response handle(Request request) throws IOException;
    }

    /** What to do to an answer. */
    public enum Fault {
        /** Answer normally. */
        NONE,
        /** Answer 503 with an S3-style {@code SlowDown} body instead. */
        STATUS_503,
        /** Send the headers and about half the body, then reset the connection (RST). */
        RESET,
        /** Send the headers and about half the body, then close the connection cleanly. */
        TRUNCATE,
        /** Send the headers and about half the body, then send nothing for {@link #stallMillis(long)}. */
        STALL
    }

    /** Chooses a fault per request; called concurrently. */
    @FunctionalInterface
    public interface FaultPolicy {
        Fault decide(Request request);

        FaultPolicy NONE = r -> Fault.NONE;
    }

    private final ServerSocket socket;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "loopback-http");
        t.setDaemon(true);
        return t;
    });
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Handler handler;
    private volatile FaultPolicy faults = FaultPolicy.NONE;
    private volatile long stallMillis = 2_000;
    private volatile long bytesPerSecond;

    private LoopbackHttpServer(Handler handler) throws IOException {
        this.handler = handler;
        this.socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        pool.execute(this::acceptLoop);
    }

    /** Starts serving with {@code handler}. */
    public static LoopbackHttpServer start(Handler handler) throws IOException {
        return new LoopbackHttpServer(handler);
    }

    /** Starts a reverse proxy to {@code 127.0.0.1:port}. */
    public static LoopbackHttpServer proxyTo(int port) throws IOException {
        return new LoopbackHttpServer(r -> forward(r, port));
    }

    /** {@code http://127.0.0.1:<port>}. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }

    public int port() {
        return socket.getLocalPort();
    }

    public LoopbackHttpServer faults(FaultPolicy policy) {
        this.faults = policy;
        return this;
    }

    public LoopbackHttpServer handler(Handler h) {
        this.handler = h;
        return this;
    }

    /** How long a {@link Fault#STALL} keeps the connection silent. */
    public LoopbackHttpServer stallMillis(long millis) {
        this.stallMillis = millis;
        return this;
    }

    /** Throttles every body to about this rate (0 = unlimited), to keep transfers in flight for a while. */
    public LoopbackHttpServer throttle(long bytesPerSecond) {
        this.bytesPerSecond = bytesPerSecond;
        return this;
    }

    /** Every request received so far, in arrival order. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public long count(Predicate<Request> which) {
        return requests.stream().filter(which).count();
    }

    public void clearRequests() {
        requests.clear();
    }


    @Override
    public void close() throws IOException {
        socket.close();
        pool.shutdownNow();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                pool.execute(() -> serve(s));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            InputStream in = new BufferedInputStream(s.getInputStream());
            Request request = readRequest(in);
            if (request == null) {
                return;
            }
            requests.add(request);
            respond(s, request);
        } catch (IOException e) {
            // the client went away (often on purpose, after a fault); nothing to do
        }
    }

    private void respond(Socket s, Request request) throws IOException {
        Fault fault = faults.decide(request);
        OutputStream out = s.getOutputStream();
        if (fault == Fault.STATUS_503) {
            byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>SlowDown</Code>"
                    + "<Message>Please reduce your request rate.</Message></Error>").getBytes(StandardCharsets.UTF_8);
            Map<String, String> h = new LinkedHashMap<>();
            h.put("Content-Type", "application/xml");
            write(out, s, request, new Response(503, h, body), Fault.NONE);
            return;
        }
        Response response = handler.handle(request);
        boolean bodyFault = response.body().length > 1 && !request.method().equals("HEAD")
                && (response.status() == 200 || response.status() == 206);
        write(out, s, request, response, bodyFault ? fault : Fault.NONE);
    }

    private void write(OutputStream out, Socket s, Request request, Response r, Fault fault) throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(r.status()).append(' ').append(reason(r.status()))
                .append("\r\n");
        for (Map.Entry<String, String> h : r.headers().entrySet()) {
            String k = h.getKey().toLowerCase(Locale.ROOT);
            if (!k.equals("content-length") && !k.equals("connection") && !k.equals("transfer-encoding")) {
                head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
            }
        }
        head.append("Content-Length: ").append(r.body().length).append("\r\n");
        head.append("Connection: close\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (request.method().equals("HEAD")) {
            out.flush();
            return;
        }
        byte[] body = r.body();
        int cut = fault == Fault.NONE ? body.length : body.length / 2;
        writeThrottled(out, body, cut);
        out.flush();
        switch (fault) {
            case RESET -> {
                s.setSoLinger(true, 0);
                s.close();
            }
            case TRUNCATE -> s.shutdownOutput();
            case STALL -> {
                try {
                    Thread.sleep(stallMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            default -> {
            }
        }
    }

    private void writeThrottled(OutputStream out, byte[] body, int length) throws IOException {
        long rate = bytesPerSecond;
        if (rate <= 0) {
            out.write(body, 0, length);
            return;
        }
        int chunk = (int) Math.max(1024, rate / 20);
        for (int off = 0; off < length; off += chunk) {
            int n = Math.min(chunk, length - off);
            try {
                Thread.sleep(Math.max(1, n * 1000L / rate));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SocketException("interrupted");
            }
            out.write(body, off, n);
            out.flush();
        }
    }

    private static Request readRequest(InputStream in) throws IOException {
        String line = readLine(in);
        if (line == null || line.isEmpty()) {
            return null;
        }
        String[] parts = line.split(" ");
        if (parts.length < 3) {
            return null;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        String h;
        while ((h = readLine(in)) != null && !h.isEmpty()) {
            int colon = h.indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(h.substring(colon + 1).trim());
            }
        }
        return new Request(parts[0], parts[1], headers);
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                break;
            }
            if (c != '\r') {
                b.write(c);
            }
        }
        if (c < 0 && b.size() == 0) {
            return null;
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }

    /** Sends the request unchanged (but for {@code Connection}) to the target and reads the whole answer. */
    private static Response forward(Request r, int port) throws IOException {
        try (Socket up = new Socket(InetAddress.getLoopbackAddress(), port)) {
            StringBuilder head = new StringBuilder(r.method()).append(' ').append(r.target()).append(" HTTP/1.1\r\n");
            r.headers().forEach((k, values) -> {
                if (!k.equals("connection")) {
                    values.forEach(v -> head.append(k).append(": ").append(v).append("\r\n"));
                }
            });
            head.append("connection: close\r\n\r\n");
            OutputStream out = up.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = new BufferedInputStream(up.getInputStream());
            String status = readLine(in);
            if (status == null) {
                throw new IOException("no answer from the proxied server");
            }
            int code = Integer.parseInt(status.split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            String h;
            boolean chunked = false;
            long length = -1;
            while ((h = readLine(in)) != null && !h.isEmpty()) {
                int colon = h.indexOf(':');
                String k = h.substring(0, colon).trim();
                String v = h.substring(colon + 1).trim();
                if (k.equalsIgnoreCase("transfer-encoding")) {
                    chunked = v.equalsIgnoreCase("chunked");
                } else if (k.equalsIgnoreCase("content-length")) {
                    length = Long.parseLong(v);
                }
                headers.put(k, v);
            }
            byte[] body;
            if (r.method().equals("HEAD")) {
                body = new byte[(int) Math.max(0, length)];
            } else if (chunked) {
                body = readChunked(in);
            } else if (length >= 0) {
                body = in.readNBytes((int) length);
            } else {
                body = in.readAllBytes();
            }
            return new Response(code, headers, body);
        }
    }

    private static byte[] readChunked(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        while (true) {
            String size = readLine(in);
            if (size == null) {
                break;
            }
            int n = Integer.parseInt(size.split(";")[0].trim(), 16);
            if (n == 0) {
                readLine(in);
                break;
            }
            b.write(in.readNBytes(n));
            readLine(in);
        }
        return b.toByteArray();
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 206 -> "Partial Content";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 304 -> "Not Modified";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 412 -> "Precondition Failed";
            case 416 -> "Range Not Satisfiable";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }
}
