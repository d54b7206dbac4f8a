package radio.archive.exoplanets;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import radio.archive.HttpStatusException;
import radio.archive.MalformedResponseException;

/**
 * A cursor over a TAP result, read from the response stream one row at a time (memory stays flat however
 * many rows come). Starts before the first row; {@link #next()} advances; {@link #row()} is the current row.
 * Use in try-with-resources: closing releases the HTTP response. One thread only.
 *
 * <pre>{@code
 * try (TapRows rows = client.query(TapQuery.json("select epic_id,k2_name from k2names"))) {
 *     while (rows.next()) {
 *         String epic = rows.row().text("epic_id").orElseThrow();
 *     }
 * }
 * }</pre>
 *
 * <p>Opening already checks for the archive's error bodies, which arrive with HTTP 200
 * ({@code exoplanet-archive-tap.md} §4.3), and throws {@link TapException} with the archive's message.
 */
public final class TapRows implements Closeable {
    private static final int SNIFF_LIMIT = 1 << 16;
    private static final int ERROR_BODY_LIMIT = 1 << 20;

    /** The rows of a body; returns {@code null} at the end. */
    interface Source extends Closeable {
        List<String> columns();

        Object[] nextValues() throws IOException;
    }

    private final Source source;
    private TapRow current;
    private boolean done;

    private TapRows(Source source) {
        this.source = source;
    }

    /**
     * Reads a TAP answer in JSON, after checking it is not an error body.
     *
     * @param in     the response body; closed by {@link #close()} (or here, when this throws)
     * @param source the request URL, for error messages
     * @throws TapException               the archive reported an error
     * @throws MalformedResponseException the body is neither JSON rows nor a known error body
     */
    public static TapRows read(InputStream in, URI source) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, SNIFF_LIMIT);
        try {
            int first = firstSignificantByte(buffered);
            if (first == '<') {
                throw errorFromXml(readAll(buffered), source);
            }
            if (first == '{') {
                throw new TapException(source, ErrorBodies.jsonMessage(readAll(buffered)));
            }
            if (first == 'E' && startsWithLegacyError(buffered)) {
                throw new TapException(source, ErrorBodies.legacyMessage(readAll(buffered)));
            }
            if (first == -1) {
                throw new MalformedResponseException(source, "empty body (asked for json)", null);
            }
            if (first != '[') {
                throw new MalformedResponseException(source, "expected a JSON array, got '" + (char) first + "'",
                        null);
            }
            Source s = new JsonSource(buffered);
            return new TapRows(s);
        } catch (IOException | RuntimeException e) {
            buffered.close();
            throw e;
        }
    }

    /** Column names, lower-case as the archive sends them, in SELECT order. */
    public List<String> columns() {
        return source.columns();
    }

    /** Advances to the next row; false at the end. */
    public boolean next() throws IOException {
        if (done) {
            return false;
        }
        Object[] v = source.nextValues();
        if (v == null) {
            done = true;
            current = null;
            return false;
        }
        current = new TapRow(source.columns(), v);
        return true;
    }

    /** The current row; only valid after {@link #next()} returned true. */
    public TapRow row() {
        if (current == null) {
            throw new NoSuchElementException("no current row: call next() first");
        }
        return current;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }

    private static int firstSignificantByte(BufferedInputStream in) throws IOException {
        in.mark(SNIFF_LIMIT);
        int b;
        int n = 0;
        do {
            b = in.read();
            n++;
        } while (b != -1 && n < SNIFF_LIMIT && (Character.isWhitespace(b) || b == 0xEF || b == 0xBB || b == 0xBF));
        in.reset();
        return b;
    }

    private static boolean startsWithLegacyError(BufferedInputStream in) throws IOException {
        in.mark(16);
        byte[] head = in.readNBytes(5);
        in.reset();
        return new String(head, StandardCharsets.US_ASCII).equals("ERROR");
    }

    private static String readAll(InputStream in) throws IOException {
        return new String(in.readNBytes(ERROR_BODY_LIMIT), StandardCharsets.UTF_8);
    }

    private static IOException errorFromXml(String xml, URI source) {
        return ErrorBodies.votableError(xml)
                .<IOException>map(m -> new TapException(source, m))
                .orElseGet(() -> new MalformedResponseException(source, "unexpected XML instead of the format asked for: "
                        + HttpStatusException.excerpt(xml, 200), null));
    }

    static void requireColumns(List<String> columns, URI source) throws MalformedResponseException {
        Objects.requireNonNull(columns);
        if (columns.isEmpty() || columns.stream().allMatch(String::isBlank)) {
            throw new MalformedResponseException(source, "no header line with column names", null);
        }
    }
}
