package radio.archive;

import java.nio.charset.StandardCharsets;

/**
 * RFC 3986 percent-encoding as astroquery writes MAST form bodies: every byte of the UTF-8 text except ASCII
 * letters, digits, {@code _ . - ~} and {@code /} becomes {@code %XX} with upper-case hex; a space is
 * {@code %20} (never {@code +}), {@code *} is {@code %2A}. Also valid for query-string values, where form
 * decoders read {@code %20} as a space.
 */
public final class PercentEncoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {
    }

    public static String encode(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(bytes.length * 3 / 2);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (isUnreserved(c)) {
                sb.append((char) c);
            } else {
                sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return sb.toString();
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '_' || c == '.' || c == '-' || c == '~' || c == '/';
    }
}
