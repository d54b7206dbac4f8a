package radio.transfer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code --uri-file} content: one URI per line, {@code s3://bucket/key} or a {@code mast:} data URI; blank
 * lines and lines starting with {@code #} (after leading spaces) are ignored; surrounding spaces are trimmed.
 * Items land at {@code OUT/<key>} ({@code OUT/<URI after "mast:">}).
 */
public final class UriFile {
    private UriFile() {
    }

    /**
     * Parses every line, stopping at the first bad one.
     *
     * @param reader the content (not closed here)
     * @param source the file name to mention in errors ({@code -} for standard input)
     * @throws UriFileException naming the file, line and bad text
     */
    public static List<TransferItem> parse(Reader reader, String source) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<TransferItem> items = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            items.add(parseLine(text, source, number));
        }
        return items;
    }

    private static TransferItem parseLine(String text, String source, int line) {
        if (text.startsWith("s3://")) {
            String rest = text.substring("s3://".length());
            int slash = rest.indexOf('/');
            if (slash <= 0 || slash == rest.length() - 1) {
                throw new UriFileException(source, line, "'" + text + "' is not s3://bucket/key");
            }
            return TransferItem.ofS3(new S3Location(rest.substring(0, slash), rest.substring(slash + 1)));
        }
        if (text.startsWith("mast:")) {
            if (text.length() == "mast:".length()) {
                throw new UriFileException(source, line, "'" + text + "' has nothing after mast:");
            }
            return TransferItem.ofDataUri(text);
        }
        throw new UriFileException(source, line, "'" + text + "' is neither an s3://bucket/key nor a mast: URI");
    }
}
