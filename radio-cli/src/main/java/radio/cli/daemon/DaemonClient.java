package radio.cli.daemon;

import java.io.BufferedInputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The thin client {@code ./radio} starts when a daemon's endpoint file exists: it hands the command, its environment,
 * working directory and terminal state to the daemon, copies the daemon's output to its own, feeds it standard
 * input when the command reads it, and exits with the command's code. When no daemon takes the command (none
 * listening, busy, another build) it exits with {@link Wire#RUN_IT_YOURSELF} having done nothing, and the launcher
 * runs the command in a JVM of its own. Interrupting the client (Ctrl-C) cancels the command in the daemon.
 *
 * <p>{@code ./radio} prefers {@code radio-cli/src/main/perl/radio-client.pl}, the same client in Perl, which starts
 * in a tenth of the time; this one serves systems without perl, and {@code radio daemon} itself.
 *
 * <p>Loads only JDK classes and {@link Wire}: its JVM must start as fast as a JVM can. For the same
 * reason it has no lambdas and no string concatenation on its path: each bootstraps method handles at first use,
 * tens of milliseconds in a fresh JVM.
 */
public final class DaemonClient {
    private final Path endpointFile;
    private final String build;

    public DaemonClient(Path endpointFile, String build) {
        this.endpointFile = endpointFile;
        this.build = build;
    }

    /** Arguments: ENDPOINT_FILE RADIO_JAR COMMAND-ARGS... (the jar says which build the daemon must be running). */
    public static void main(String[] args) {
        DaemonClient client = new DaemonClient(Path.of(args[0]), Wire.buildOf(Path.of(args[1])));
        Wire.Request request = new Wire.Request(List.of(Arrays.copyOfRange(args, 2, args.length)), System.getenv(),
                Path.of("").toAbsolutePath().toString(), System.getProperty("user.home"), System.console() != null,
                Charset.defaultCharset().name());
        Session session = client.open(request, System.in, new FileOutputStream(FileDescriptor.out),
                new FileOutputStream(FileDescriptor.err));
        if (session != null) {
            // Ctrl-C or a TERM: cancel the command in the daemon and give it a moment to stop before the shell returns
            Runtime.getRuntime().addShutdownHook(new Thread() {
                @Override
                public void run() {
                    session.cancelAndAwait(5, TimeUnit.SECONDS);
                }
            });
        }
        // halt, not exit: the command is over, and the shutdown hook must not cancel it after the fact
        Runtime.getRuntime().halt(session == null ? Wire.RUN_IT_YOURSELF : session.await());
    }

    /**
     * Connects and sends the request; null if no daemon takes it (nothing was run). The returned session relays
     * output on a thread of its own until the command exits.
     */
    public Session open(Wire.Request request, InputStream stdin, OutputStream stdout, OutputStream stderr) {
        Wire.Endpoint endpoint = Wire.Endpoint.read(endpointFile);
        Socket socket = connect(endpoint);
        if (socket == null) {
            return null;
        }
        try {
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            Wire.write(out, Wire.HELLO, hello(endpoint, Wire.RUN));
            Wire.write(out, Wire.REQUEST, request.encode());
            Wire.Frame answer = Wire.readOrFail(in);
            if (answer.type() != Wire.ACCEPTED) {
                socket.close();
                return null;
            }
            Session session = new Session(socket, in, out, stdin, stdout, stderr);
            Thread relay = new Thread("radio-daemon-relay") {
                @Override
                public void run() {
                    session.relay();
                }
            };
            relay.setDaemon(true);
            relay.start();
            return session;
        } catch (IOException e) {
            closeQuietly(socket);
            return null;
        }
    }

    /** A connection to the daemon at this endpoint, or null if there is none. */
    private static Socket connect(Wire.Endpoint endpoint) {
        if (endpoint == null) {
            return null;
        }
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true); // frames are small and each one is awaited
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), endpoint.port()));
            return socket;
        } catch (IOException e) {
            closeQuietly(socket);
            return null;
        }
    }

    private byte[] hello(Wire.Endpoint endpoint, String wants) throws IOException {
        return new Wire.Hello(Wire.VERSION, endpoint.token(), build, wants).encode();
    }

    /**
     * Asks the daemon for its {@link Wire#STATUS} or to {@link Wire#STOP}: its answer, or empty when no daemon
     * answers at the endpoint.
     */
    public Optional<String> ask(String what) {
        Wire.Endpoint endpoint = Wire.Endpoint.read(endpointFile);
        Socket socket = connect(endpoint);
        if (socket == null) {
            return Optional.empty();
        }
        try (socket) {
            Wire.write(socket.getOutputStream(), Wire.HELLO, hello(endpoint, what));
            Wire.Frame answer = Wire.readOrFail(new BufferedInputStream(socket.getInputStream()));
            return answer.type() == Wire.TEXT ? Optional.of(answer.text()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A command accepted by the daemon. */
    public static final class Session {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private final InputStream stdin;
        private final OutputStream stdout;
        private final OutputStream stderr;
        private final CountDownLatch exited = new CountDownLatch(1);
        private volatile int exitCode = 1;

        private Session(Socket socket, InputStream in, OutputStream out, InputStream stdin,
                        OutputStream stdout, OutputStream stderr) {
            this.socket = socket;
            this.in = in;
            this.out = out;
            this.stdin = stdin;
            this.stdout = stdout;
            this.stderr = stderr;
        }

        /** The command's exit code, once it has exited. */
        public int await() {
            try {
                exited.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return exitCode;
        }

        /** Asks the daemon to stop the command and waits up to the given time for it to end. */
        public void cancelAndAwait(long time, TimeUnit unit) {
            if (exited.getCount() == 0) {
                return;
            }
            send(Wire.CANCEL, new byte[0]);
            try {
                exited.await(time, unit);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void relay() {
            try {
                for (Wire.Frame f; (f = Wire.read(in)) != null; ) {
                    switch (f.type()) {
                        case Wire.OUT -> copy(f.payload(), stdout);
                        case Wire.ERR -> copy(f.payload(), stderr);
                        case Wire.WANT_STDIN -> feedStdin(f.number());
                        case Wire.EXIT -> {
                            finish(f.number());
                            return;
                        }
                        default -> throw new IOException("unexpected frame type " + f.type());
                    }
                }
                throw new IOException("connection closed");
            } catch (IOException e) {
                copyQuietly("radio: the radio daemon went away before the command finished (" + e.getMessage()
                        + "); files it was writing are left resumable\n");
                finish(1);
            }
        }

        /** Reads stdin only when the command asks, on a thread of its own so output keeps flowing meanwhile. */
        private void feedStdin(int max) {
            Thread reader = new Thread("radio-daemon-stdin") {
                @Override
                public void run() {
                    byte[] buf = new byte[Math.max(1, Math.min(max, 1 << 16))];
                    int n;
                    try {
                        n = stdin.read(buf);
                    } catch (IOException e) {
                        n = -1;
                    }
                    send(Wire.STDIN, n <= 0 ? new byte[0] : Arrays.copyOf(buf, n));
                }
            };
            reader.setDaemon(true);
            reader.start();
        }

        private synchronized void send(byte type, byte[] payload) {
            try {
                Wire.write(out, type, payload);
            } catch (IOException e) {
                // the relay sees the connection end and reports it
            }
        }

        private void finish(int code) {
            exitCode = code;
            closeQuietly(socket);
            exited.countDown();
        }

        private static void copy(byte[] bytes, OutputStream to) throws IOException {
            to.write(bytes);
            to.flush();
        }

        private void copyQuietly(String message) {
            try {
                copy(message.getBytes(Charset.defaultCharset()), stderr);
            } catch (IOException ignored) {
                // stderr is gone too; the exit code still says it failed
            }
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a connection that failed anyway
        }
    }
}
