package radio.cli.daemon;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The daemon's wire format, over a TCP connection on 127.0.0.1: frames of a type byte, a 4-byte big-endian length
 * and that many bytes. The client opens with {@link #HELLO} (protocol version, the daemon's token, its build, what
 * it wants); for {@link #RUN} it sends the {@link Request} in a {@link #REQUEST}, then the daemon answers
 * {@link #DECLINED} (the client runs the command itself; nothing has happened) or {@link #ACCEPTED}, then
 * {@link #OUT}, {@link #ERR} and {@link #WANT_STDIN} frames as the command runs, and {@link #EXIT} last. The client
 * answers {@code WANT_STDIN} with {@link #STDIN} (empty at end of input) and may send {@link #CANCEL} at any time.
 *
 * <p>Loopback TCP rather than a Unix socket: the JDK's Unix sockets initialise a {@code SecureRandom} and a selector
 * provider in every client JVM, ~40 ms that the client exists to avoid. Any local user can connect to a loopback
 * port, so the daemon writes its port and a random token to {@link #endpointIn a file} in a folder only its user
 * can open, and serves only clients that present the token. Kept free of radio's other classes: the client loads
 * nothing else.
 */
public final class Wire {
    /** Bumped whenever a frame changes; a daemon of another version declines. */
    public static final int VERSION = 1;

    public static final byte HELLO = 'H';
    public static final byte REQUEST = 'R';
    public static final byte DECLINED = 'D';
    public static final byte ACCEPTED = 'A';
    public static final byte OUT = 'O';
    public static final byte ERR = 'E';
    public static final byte WANT_STDIN = 'W';
    public static final byte STDIN = 'I';
    public static final byte CANCEL = 'C';
    public static final byte EXIT = 'X';
    /** A line of text answering {@link #STATUS} or {@link #STOP}. */
    public static final byte TEXT = 'T';

    /** What a client asks for in its {@link #HELLO}. */
    public static final String RUN = "run";
    public static final String STATUS = "status";
    public static final String STOP = "stop";

    /** The launcher's signal that no daemon took the command and it must run it in a JVM of its own. */
    public static final int RUN_IT_YOURSELF = 75;

    /** The endpoint file of the daemon serving a {@code RADIO_HOME}; {@code ./radio} spells the same path. */
    public static Path endpointIn(Path radioHome) {
        return radioHome.resolve("daemon").resolve("endpoint");
    }

    /** Where a daemon listens and the token it serves: the one line of its endpoint file. */
    public record Endpoint(int port, String token) {
        /** The endpoint a file names, or null if there is no such file or it is not one. */
        public static Endpoint read(Path file) {
            try {
                String line = new String(Files.readAllBytes(file), StandardCharsets.US_ASCII).trim();
                int space = line.indexOf(' ');
                return space < 0 ? null : new Endpoint(Integer.parseInt(line.substring(0, space)),
                        line.substring(space + 1));
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        String line() {
            return port + " " + token + "\n";
        }
    }

    private Wire() {
    }

    public record Frame(byte type, byte[] payload) {
        public String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }

        public int number() throws IOException {
            return new DataInputStream(new java.io.ByteArrayInputStream(payload)).readInt();
        }
    }

    /** Everything a command may know of the process it would have run in (see {@code CliContext}). */
    public record Request(List<String> args, Map<String, String> env, String workingDir, String userHome,
                          boolean interactive, String charset) {
        /** The charset the client's terminal expects; UTF-8 if this JVM does not know it. */
        public java.nio.charset.Charset outputCharset() {
            try {
                return java.nio.charset.Charset.forName(charset);
            } catch (RuntimeException e) {
                return StandardCharsets.UTF_8;
            }
        }

        byte[] encode() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            writeString(out, workingDir);
            writeString(out, userHome);
            out.writeBoolean(interactive);
            writeString(out, charset);
            out.writeInt(args.size());
            for (String a : args) {
                writeString(out, a);
            }
            out.writeInt(env.size());
            for (Map.Entry<String, String> e : env.entrySet()) {
                writeString(out, e.getKey());
                writeString(out, e.getValue());
            }
            return bytes.toByteArray();
        }

        static Request decode(byte[] payload) throws IOException {
            DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(payload));
            String cwd = readString(in);
            String home = readString(in);
            boolean interactive = in.readBoolean();
            String charset = readString(in);
            int n = in.readInt();
            List<String> args = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                args.add(readString(in));
            }
            int m = in.readInt();
            Map<String, String> env = new LinkedHashMap<>();
            for (int i = 0; i < m; i++) {
                env.put(readString(in), readString(in));
            }
            return new Request(List.copyOf(args), env, cwd, home, interactive, charset);
        }
    }

    /** A client's opening: the protocol it speaks, the daemon's token, the build it belongs to, what it wants. */
    public record Hello(int version, String token, String build, String wants) {
        byte[] encode() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(version);
            writeString(out, token);
            writeString(out, build);
            writeString(out, wants);
            return bytes.toByteArray();
        }

        /** A hello of another protocol version decodes to its version alone: nothing more is understood. */
        static Hello decode(byte[] payload) throws IOException {
            DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(payload));
            int version = in.readInt();
            return version != VERSION ? new Hello(version, "", "", "")
                    : new Hello(version, readString(in), readString(in), readString(in));
        }
    }

    static byte[] number(int n) {
        return new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n};
    }

    static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Writes one frame in one write; callers that share a stream between threads hold its lock. */
    static void write(OutputStream out, byte type, byte[] payload, int off, int len) throws IOException {
        byte[] frame = new byte[5 + len];
        frame[0] = type;
        frame[1] = (byte) (len >>> 24);
        frame[2] = (byte) (len >>> 16);
        frame[3] = (byte) (len >>> 8);
        frame[4] = (byte) len;
        System.arraycopy(payload, off, frame, 5, len);
        out.write(frame);
        out.flush();
    }

    static void write(OutputStream out, byte type, byte[] payload) throws IOException {
        write(out, type, payload, 0, payload.length);
    }

    /** The next frame, or null at a clean end of stream between frames. */
    static Frame read(InputStream in) throws IOException {
        int type = in.read();
        if (type < 0) {
            return null;
        }
        DataInputStream data = new DataInputStream(in);
        int len = data.readInt();
        if (len < 0 || len > 64 << 20) {
            throw new IOException("bad frame length " + len);
        }
        byte[] payload = new byte[len];
        data.readFully(payload);
        return new Frame((byte) type, payload);
    }

    static Frame readOrFail(InputStream in) throws IOException {
        Frame f = read(in);
        if (f == null) {
            throw new EOFException("connection closed");
        }
        return f;
    }

    /** The next frame, which must be of the given type. */
    static Frame expect(InputStream in, byte type) throws IOException {
        Frame f = readOrFail(in);
        if (f.type() != type) {
            throw new IOException("expected frame " + (char) type + ", got " + (char) f.type());
        }
        return f;
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    /**
     * What identifies a build: the path, size and modification time (whole seconds) of its radio.jar (a rebuilt jar
     * is another build), or the class folder's path when run from a build tree. The Perl client spells the same.
     */
    public static String buildOf(Path jarOrClasses) {
        try {
            if (!Files.isRegularFile(jarOrClasses)) {
                return jarOrClasses.toAbsolutePath().toString();
            }
            // StringBuilder, not +: string concatenation bootstraps method handles, tens of ms in the client's JVM
            return new StringBuilder().append(jarOrClasses.toAbsolutePath()).append('|')
                    .append(Files.size(jarOrClasses)).append('|')
                    .append(Files.getLastModifiedTime(jarOrClasses).to(java.util.concurrent.TimeUnit.SECONDS)).toString();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The build this JVM's radio classes come from. */
    public static String buildOf(Class<?> c) {
        try {
            return buildOf(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }
}
