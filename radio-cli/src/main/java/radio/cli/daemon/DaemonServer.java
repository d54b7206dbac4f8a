package radio.cli.daemon;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A resident radio: a JVM that stays up and runs the commands {@link DaemonClient}s hand it, so that each command
 * starts warm instead of paying for a new JVM, class loading and cold code. It listens on 127.0.0.1, writes its
 * port and token to an endpoint file in a folder only its user can enter (see {@link Wire}), runs one command at a
 * time (a client that finds it busy runs its command itself: the process-wide standard streams and log level are
 * the command's while it runs), and ends when told to, when it has been idle for its idle timeout, when its
 * endpoint file is removed or replaced, or when a client of another build asks it to run a command (that client
 * runs it itself).
 *
 * <p>A command whose client goes away or cancels is interrupted; one that has not ended three seconds later takes
 * the daemon down with it, as a killed process would (radio leaves only complete files and resumable parts).
 */
public final class DaemonServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DaemonServer.class);
    private static final Duration CANCEL_GRACE = Duration.ofSeconds(3);

    /** How the daemon runs a command; the command line supplies it, so this package does not depend on it. */
    public interface Commands {
        /** Why this command must run in a JVM of its own, or empty to run it here. */
        Optional<String> declines(Wire.Request request);

        /** Runs the command as a radio process would, writing to the given streams; returns its exit code. */
        int run(Wire.Request request, InputStream stdin, OutputStream stdout, OutputStream stderr);
    }

    private final Path endpointFile;
    private final Wire.Endpoint endpoint;
    private final String build;
    private final Duration idleTimeout;
    private final Commands commands;
    private final ServerSocket server;
    private final Semaphore busy = new Semaphore(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final ScheduledExecutorService watchdog;
    private final Instant started = Instant.now();
    private final AtomicLong served = new AtomicLong();
    private volatile Instant lastActivity = Instant.now();
    private volatile String stopReason;

    private DaemonServer(Path endpointFile, Wire.Endpoint endpoint, String build, Duration idleTimeout,
                         Commands commands, ServerSocket server) {
        this.endpointFile = endpointFile;
        this.endpoint = endpoint;
        this.build = build;
        this.idleTimeout = idleTimeout;
        this.commands = commands;
        this.server = server;
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> daemonThread(r, "radio-daemon-watchdog"));
        long every = Math.max(50, Math.min(idleTimeout.toMillis() / 4, 5_000));
        watchdog.scheduleWithFixedDelay(this::checkIdleAndEndpoint, every, every, TimeUnit.MILLISECONDS);
        Thread acceptor = new Thread(this::acceptLoop, "radio-daemon-accept");
        acceptor.start();
    }

    /**
     * Listens on a free port of 127.0.0.1 and writes the endpoint file (its folder made private to the user, the
     * file readable by the user alone) with that port and a new random token.
     *
     * @throws DaemonException when another daemon answers at that endpoint or the daemon cannot be set up
     */
    public static DaemonServer start(Path endpointFile, String build, Duration idleTimeout, Commands commands) {
        Path dir = endpointFile.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            if (new DaemonClient(endpointFile, build).ask(Wire.STATUS).isPresent()) {
                throw new DaemonException("a radio daemon already runs for " + endpointFile);
            }
            byte[] secret = new byte[24];
            new SecureRandom().nextBytes(secret);
            ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Wire.Endpoint endpoint = new Wire.Endpoint(server.getLocalPort(), HexFormat.of().formatHex(secret));
            Path temp = Files.createTempFile(dir, "endpoint", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temp, endpoint.line(), StandardCharsets.US_ASCII);
            Files.move(temp, endpointFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new DaemonServer(endpointFile, endpoint, build, idleTimeout, commands, server);
        } catch (IOException e) {
            throw new DaemonException("cannot start a radio daemon for " + endpointFile + ": " + e.getMessage());
        }
    }

    /** Blocks until the daemon has stopped; returns why it stopped. */
    public String awaitStopped() throws InterruptedException {
        stopped.await();
        return stopReason;
    }

    /** Stops accepting commands; a running command finishes first. */
    public void stop(String why) {
        synchronized (this) {
            if (stopReason != null) {
                return;
            }
            stopReason = why;
        }
        LOG.info("radio daemon stopping: {}", why);
        try {
            server.close();
        } catch (IOException e) {
            LOG.debug("closing the server socket", e);
        }
        deleteOwnEndpoint();
        watchdog.shutdownNow();
        Thread finisher = new Thread(() -> {
            busy.acquireUninterruptibly(); // the running command, if any, ends first
            stopped.countDown();
        }, "radio-daemon-stop");
        finisher.start();
    }

    @Override
    public void close() {
        stop("closed");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void acceptLoop() {
        while (true) {
            Socket connection;
            try {
                connection = server.accept();
                connection.setTcpNoDelay(true);
            } catch (IOException e) {
                if (server.isClosed()) {
                    return;
                }
                LOG.warn("radio daemon: accept failed: {}", e.getMessage());
                stop("accept failed: " + e.getMessage());
                return;
            }
            Thread handler = new Thread(() -> handle(connection), "radio-daemon-connection");
            handler.setDaemon(true);
            handler.start();
        }
    }

    private void handle(Socket connection) {
        try (connection) {
            InputStream in = new BufferedInputStream(connection.getInputStream());
            OutputStream out = connection.getOutputStream();
            Wire.Hello hello = Wire.Hello.decode(Wire.expect(in, Wire.HELLO).payload());
            if (hello.version() != Wire.VERSION) {
                Wire.write(out, Wire.DECLINED, Wire.text("protocol version " + hello.version() + ", daemon speaks "
                        + Wire.VERSION));
                return;
            }
            if (!MessageDigest.isEqual(hello.token().getBytes(StandardCharsets.US_ASCII),
                    endpoint.token().getBytes(StandardCharsets.US_ASCII))) {
                LOG.warn("radio daemon: refused a connection without this daemon's token");
                Wire.write(out, Wire.DECLINED, Wire.text("wrong token"));
                return;
            }
            switch (hello.wants()) {
                case Wire.STATUS -> answer(out, status());
                case Wire.STOP -> {
                    stop("asked to stop");
                    answer(out, "radio daemon stopping (pid " + ProcessHandle.current().pid() + ")");
                }
                case Wire.RUN -> run(hello, Wire.Request.decode(Wire.expect(in, Wire.REQUEST).payload()), in, out);
                default -> Wire.write(out, Wire.DECLINED, Wire.text("unknown request " + hello.wants()));
            }
        } catch (IOException e) {
            LOG.debug("radio daemon: connection ended: {}", e.getMessage());
        }
    }

    private void run(Wire.Hello hello, Wire.Request request, InputStream in, OutputStream out) throws IOException {
        lastActivity = Instant.now();
        if (!hello.build().equals(build)) {
            Wire.write(out, Wire.DECLINED, Wire.text("the daemon runs another build of radio"));
            stop("a client of another build (" + hello.build() + ") came; this daemon runs " + build);
            return;
        }
        Optional<String> declined = stopReason != null ? Optional.of("stopping") : commands.declines(request);
        if (declined.isEmpty() && !busy.tryAcquire()) {
            declined = Optional.of("busy with another command");
        }
        if (declined.isPresent()) {
            Wire.write(out, Wire.DECLINED, Wire.text(declined.get()));
            return;
        }
        try {
            Wire.write(out, Wire.ACCEPTED, new byte[0]);
            new Command(request, in, out).runToTheEnd();
        } finally {
            served.incrementAndGet();
            lastActivity = Instant.now();
            busy.release();
        }
    }

    /** One accepted command: runs on a worker thread while this thread listens to the client. */
    private final class Command {
        private final Wire.Request request;
        private final InputStream in;
        private final OutputStream out;
        private final RemoteStdin stdin;
        /**
         * Frames to the client, written by one sender thread: the command's threads, the stdin requests and the
         * exit code go out whole and in order, the exit code last, and a command whose client has gone never
         * blocks on the dead connection (the sender drains the queue unwritten).
         */
        private final BlockingQueue<Wire.Frame> outbox = new ArrayBlockingQueue<>(256);
        private volatile boolean cancelled;

        Command(Wire.Request request, InputStream in, OutputStream out) {
            this.request = request;
            this.in = in;
            this.out = out;
            this.stdin = new RemoteStdin(max -> send(Wire.WANT_STDIN, Wire.number(max)));
        }

        void runToTheEnd() {
            Charset charset = request.outputCharset();
            FrameStream stdout = new FrameStream(Wire.OUT);
            FrameStream stderr = new FrameStream(Wire.ERR);
            PrintStream daemonOut = System.out;
            PrintStream daemonErr = System.err;
            // anything written to the process's streams while the command runs (log lines) is the command's
            System.setOut(new PrintStream(stdout, true, charset));
            System.setErr(new PrintStream(stderr, true, charset));
            int[] code = {1};
            Thread worker = new Thread(() -> {
                try {
                    code[0] = commands.run(request, stdin, stdout, stderr);
                } catch (RuntimeException | Error e) {
                    LOG.debug("command failed", e);
                    writeQuietly(stderr, "radio: " + e + "\n", charset);
                }
            }, "radio-daemon-command");
            Thread sender = new Thread(this::sendFrames, "radio-daemon-sender");
            sender.setDaemon(true);
            sender.start();
            worker.start();
            listenToTheClient(worker);
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                System.setOut(daemonOut);
                System.setErr(daemonErr);
            }
            try {
                send(Wire.EXIT, Wire.number(cancelled ? 130 : code[0]));
                sender.join();
            } catch (IOException | InterruptedException e) {
                LOG.debug("radio daemon: no exit code sent: {}", e.getMessage());
            }
        }

        /** Writes the outbox to the client until the exit code; if the client is gone, drains it unwritten. */
        private void sendFrames() {
            boolean clientGone = false;
            while (true) {
                Wire.Frame f;
                try {
                    f = outbox.take();
                } catch (InterruptedException e) {
                    return;
                }
                if (!clientGone) {
                    try {
                        Wire.write(out, f.type(), f.payload());
                    } catch (IOException e) {
                        clientGone = true;
                    }
                }
                if (f.type() == Wire.EXIT) {
                    return;
                }
            }
        }

        /**
         * Feeds stdin and watches for a cancel or a vanished client; then interrupts the command, and takes the
         * daemon down if it does not end within the grace period.
         */
        private void listenToTheClient(Thread worker) {
            Thread listener = new Thread(() -> {
                try {
                    for (Wire.Frame f; (f = Wire.read(in)) != null && f.type() != Wire.CANCEL; ) {
                        if (f.type() == Wire.STDIN) {
                            stdin.offer(f.payload());
                        }
                    }
                } catch (IOException e) {
                    // the client is gone: the same as a cancel
                }
                if (!worker.isAlive()) {
                    return;
                }
                cancelled = true;
                LOG.info("radio daemon: the client cancelled or went away; interrupting {}", request.args());
                stdin.offer(new byte[0]);
                worker.interrupt();
                try {
                    worker.join(CANCEL_GRACE.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                if (worker.isAlive()) {
                    LOG.warn("radio daemon: a cancelled command did not stop within {} s; exiting as a killed "
                            + "process would", CANCEL_GRACE.toSeconds());
                    deleteOwnEndpoint();
                    Runtime.getRuntime().halt(1);
                }
            }, "radio-daemon-client");
            listener.setDaemon(true);
            listener.start();
        }

        private void send(byte type, byte[] payload) throws InterruptedIOException {
            try {
                outbox.put(new Wire.Frame(type, payload));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while writing to the client");
            }
        }

        /** An output stream of the command: each write becomes one frame to the client. */
        private final class FrameStream extends OutputStream {
            private final byte type;

            FrameStream(byte type) {
                this.type = type;
            }

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (len > 0) {
                    send(type, java.util.Arrays.copyOfRange(b, off, off + len));
                }
            }
        }
    }

    /** The client's standard input, read from it only as the command asks. */
    static final class RemoteStdin extends InputStream {
        private final BlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
        private final Asker ask;
        private byte[] current = new byte[0];
        private int pos;
        private boolean ended;

        /** Sends the client a request for at most so many bytes. */
        interface Asker {
            void ask(int max) throws IOException;
        }

        RemoteStdin(Asker ask) {
            this.ask = ask;
        }

        void offer(byte[] chunk) {
            chunks.add(chunk);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (pos == current.length) {
                if (ended) {
                    return -1;
                }
                ask.ask(len);
                try {
                    current = chunks.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while reading standard input");
                }
                pos = 0;
                if (current.length == 0) {
                    ended = true;
                    return -1;
                }
            }
            int n = Math.min(len, current.length - pos);
            System.arraycopy(current, pos, b, off, n);
            pos += n;
            return n;
        }
    }

    private void answer(OutputStream out, String text) throws IOException {
        Wire.write(out, Wire.TEXT, Wire.text(text));
        Wire.write(out, Wire.EXIT, Wire.number(0));
    }

    String status() {
        Duration up = Duration.between(started, Instant.now());
        return String.format(java.util.Locale.ROOT,
                "radio daemon running: pid %d, up %s, %d commands served, %s, stops after %s idle; 127.0.0.1:%d, "
                        + "endpoint %s", ProcessHandle.current().pid(), human(up), served.get(),
                busy.availablePermits() == 0 ? "running a command" : "idle", human(idleTimeout), endpoint.port(),
                endpointFile);
    }

    private static String human(Duration d) {
        long s = d.toSeconds();
        return s < 120 ? s + " s" : s < 7200 ? s / 60 + " min" : s / 3600 + " h";
    }

    private void checkIdleAndEndpoint() {
        if (!endpointStillOurs()) {
            stop("its endpoint file " + endpointFile + " was removed or replaced");
        } else if (busy.availablePermits() > 0
                && Duration.between(lastActivity, Instant.now()).compareTo(idleTimeout) >= 0) {
            stop("idle for " + human(idleTimeout));
        }
    }

    private boolean endpointStillOurs() {
        return endpoint.equals(Wire.Endpoint.read(endpointFile));
    }

    private void deleteOwnEndpoint() {
        try {
            if (endpointStillOurs()) {
                Files.deleteIfExists(endpointFile);
            }
        } catch (IOException e) {
            LOG.debug("removing the endpoint file", e);
        }
    }

    private static void writeQuietly(OutputStream to, String text, Charset charset) {
        try {
            to.write(text.getBytes(charset));
        } catch (IOException ignored) {
            // the client has gone; nobody to tell
        }
    }

    private static Thread daemonThread(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
