package radio.sim.server;

import java.util.Optional;

/**
 * A single HTTP byte range resolved against a body length (RFC 9110 section 14): {@code bytes=a-b},
 * {@code bytes=a-}, {@code bytes=-n}. Multiple ranges and malformed headers are ignored (the whole body is
 * served), as many servers do.
 *
 * @param first  first byte, inclusive
 * @param last   last byte, inclusive
 */
public record ByteRange(long first, long last) {

    /** Outcome of parsing a {@code Range} header. */
    public sealed interface Parsed permits Whole, Partial, Unsatisfiable {
    }

    /** No usable range: serve everything with 200. */
    public record Whole() implements Parsed {
    }

    /** Serve this range with 206. */
    public record Partial(ByteRange range) implements Parsed {
    }

    /** The range starts beyond the end: answer 416. */
    public record Unsatisfiable() implements Parsed {
    }

    public long length() {
        return last - first + 1;
    }

    /** The {@code Content-Range} value for this range of a body of {@code total} bytes. */
    public String contentRange(long total) {
        return "bytes " + first + "-" + last + "/" + total;
    }

    /** Interprets a {@code Range} header for a body of {@code total} bytes. */
    public static Parsed parse(Optional<String> header, long total) {
        if (header.isEmpty()) {
            return new Whole();
        }
        String h = header.get().trim();
        if (!h.startsWith("bytes=") || h.indexOf(',') >= 0) {
            return new Whole();
        }
        String spec = h.substring(6).trim();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return new Whole();
        }
        try {
            String a = spec.substring(0, dash).trim();
            String b = spec.substring(dash + 1).trim();
            if (a.isEmpty()) {
                long suffix = Long.parseLong(b);
                if (suffix <= 0) {
                    return new Unsatisfiable();
                }
                return total == 0 ? new Unsatisfiable()
                        : new Partial(new ByteRange(Math.max(0, total - suffix), total - 1));
            }
            long first = Long.parseLong(a);
            long last = b.isEmpty() ? total - 1 : Math.min(Long.parseLong(b), total - 1);
            if (first >= total) {
                return new Unsatisfiable();
            }
            if (last < first) {
                return new Whole();
            }
            return new Partial(new ByteRange(first, last));
        } catch (NumberFormatException e) {
            return new Whole();
        }
    }
}
