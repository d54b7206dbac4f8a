package radio.transfer;

/**
 * A name or key (from a server or a URI file) would put a file outside the output folder or is not a plain
 * file name: absolute, {@code ..}, separators or NUL in a file name, a drive letter. Nothing was written.
 */
public final class UnsafePathException extends TransferException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String value;

    UnsafePathException(String uri, String field, String value, String reason) {
        super(uri, "refused " + field + " '" + printable(value) + "': " + reason, null);
        this.field = field;
        this.value = value;
    }

    /** Which piece of metadata is the culprit, e.g. {@code productFilename} or {@code s3 key}. */
    public String field() {
        return field;
    }

    /** The refused value as received. */
    public String value() {
        return value;
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
