package radio.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the fetchers read from HTTP object responses the same way, whichever service sent them. */
final class HttpObjects {
    private static final Logger log = LoggerFactory.getLogger(HttpObjects.class);
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+|\\*)");

    private HttpObjects() {
    }

    /** {@code Content-Length}, when given and not negative. */
    static OptionalLong contentLength(HttpHeaders h) {
        OptionalLong n = h.firstValueAsLong("Content-Length");
        return n.isPresent() && n.getAsLong() >= 0 ? n : OptionalLong.empty();
    }

    /**
     * The complete object's size from a {@code Content-Range} answering a request from {@code offset} on (empty
     * inside when the server does not know it), or empty when the header is missing, malformed or starts elsewhere.
     */
    static Optional<OptionalLong> rangeFrom(String contentRange, long offset) {
        Matcher m = CONTENT_RANGE.matcher(contentRange == null ? "" : contentRange);
        if (!m.matches() || Long.parseLong(m.group(1)) != offset) {
            return Optional.empty();
        }
        return Optional.of(m.group(3).equals("*") ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(m.group(3))));
    }

    /**
     * Percent-encodes every UTF-8 byte of {@code s} (upper-case hex) except ASCII letters, digits,
     * {@code - . _ ~} and the characters in {@code alsoKept}.
     */
    static String percentEncode(String s, String alsoKept) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || (c < 128 && alsoKept.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }

    static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            log.debug("closing a response body failed: {}", e.toString());
        }
    }
}
