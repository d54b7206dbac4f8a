package radio.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import radio.output.Csv;
import radio.spark.s3.S3Object;

/**
 * The objects a manifest names. Three forms are recognised by their first line:
 * <ul>
 *   <li>{@code radio search --format csv} output: a header with {@code s3_key} (and {@code size}); rows without
 *       a key (products not in the bucket) are left out;</li>
 *   <li>a {@code radio download} manifest: a header with {@code s3_key} (and {@code bytes});</li>
 *   <li>a plain list: one {@code s3://bucket/key} or bare key per line; blank lines and {@code #} comments are
 *       skipped.</li>
 * </ul>
 * Bare keys are in {@code defaultBucket}. Sizes, when given, are checked against what S3 delivers.
 */
final class Manifest {
    private Manifest() {
    }

    /**
     * The objects of a manifest, in its order.
     *
     * @param name where it came from, for messages
     * @throws IllegalArgumentException naming the manifest and line when a line cannot be read
     */
    static List<S3Object> parse(String name, String text, String defaultBucket) {
        List<String> lines = text.lines().toList();
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first == lines.size()) {
            return List.of();
        }
        List<String> header = Csv.split(lines.get(first)).stream().map(s -> s.trim().toLowerCase(Locale.ROOT))
                .toList();
        int keyColumn = header.indexOf("s3_key");
        return keyColumn >= 0 ? table(name, lines, first, header, keyColumn, defaultBucket)
                : keyList(name, lines, defaultBucket);
    }

    /** As {@link #parse}, with a bad line as a {@link UsageException}. */
    static List<S3Object> parseChecked(String name, String text, String defaultBucket) throws UsageException {
        try {
            return parse(name, text, defaultBucket);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--manifest " + e.getMessage());
        }
    }

    private static List<S3Object> table(String name, List<String> lines, int headerLine, List<String> header,
                                        int keyColumn, String defaultBucket) {
        int sizeColumn = header.indexOf("size") >= 0 ? header.indexOf("size") : header.indexOf("bytes");
        List<S3Object> out = new ArrayList<>();
        for (int i = headerLine + 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> row = Csv.split(lines.get(i));
            String key = keyColumn < row.size() ? row.get(keyColumn).trim() : "";
            if (key.isEmpty()) {
                continue;
            }
            OptionalLong size = OptionalLong.empty();
            String given = sizeColumn >= 0 && sizeColumn < row.size() ? row.get(sizeColumn).trim() : "";
            if (!given.isEmpty()) {
                try {
                    size = OptionalLong.of(Long.parseLong(given));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(name + " line " + (i + 1) + ": size '" + given
                            + "' is not a number of bytes");
                }
            }
            out.add(object(name, i, key, defaultBucket, size));
        }
        return out;
    }

    private static List<S3Object> keyList(String name, List<String> lines, String defaultBucket) {
        List<S3Object> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.contains(",") || line.contains(" ")) {
                throw new IllegalArgumentException(name + " line " + (i + 1) + ": '" + abbreviate(line) + "' is neither "
                        + "an s3://bucket/key nor a key (a CSV manifest needs an s3_key column)");
            }
            out.add(object(name, i, line, defaultBucket, OptionalLong.empty()));
        }
        return out;
    }

    private static S3Object object(String name, int line, String text, String defaultBucket, OptionalLong size) {
        try {
            if (text.startsWith("s3://")) {
                S3Uri uri = S3Uri.parse(text);
                return new S3Object(uri.bucket(), uri.key(), size, Optional.empty());
            }
            return new S3Object(defaultBucket, text, size, Optional.empty());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " line " + (line + 1) + ": " + e.getMessage());
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
