package radio.transfer;

/**
 * A {@code --uri-file} line is not an {@code s3://bucket/key} or {@code mast:} URI. The message names the file and
 * line, so it can be shown as is (exit code 2, nothing attempted).
 */
public final class UriFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;

    UriFileException(String source, int line, String message) {
        super("--uri-file " + source + ":" + line + ": " + message);
        this.source = source;
        this.line = line;
    }

    /** The file name as given ({@code -} for standard input). */
    public String source() {
        return source;
    }

    /** 1-based line number. */
    public int line() {
        return line;
    }
}
