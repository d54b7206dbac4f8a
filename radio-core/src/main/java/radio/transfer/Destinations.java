package radio.transfer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes where an item lands under the output folder, refusing any name or key that could escape it or that is
 * not a plain portable name. This is the one place that turns server metadata into paths.
 */
final class Destinations {
    static final String PART_SUFFIX = ".part";
    static final String TOKEN_SUFFIX = ".part.json";

    private Destinations() {
    }

    /**
     * The destination of {@code item} under {@code out}.
     *
     * @throws UnsafePathException naming the field and value that would be unsafe
     */
    static Path resolve(Path out, TransferItem item) throws UnsafePathException {
        List<String> segments = new ArrayList<>();
        String uri = item.uri();
        switch (item.layout()) {
            case MAST_DOWNLOAD -> {
                segments.add("mastDownload");
                segments.add(segment(uri, "obs_collection", item.obsCollection().orElseThrow()));
                segments.add(segment(uri, "obs_id", item.obsId().orElseThrow()));
                segments.add(segment(uri, "productFilename", item.productFilename().orElseThrow()));
            }
            case KEY_PATH -> {
                if (item.s3().isPresent()) {
                    segments.addAll(keyPath(uri, "s3 key", item.s3().get().key()));
                } else {
                    String dataUri = item.dataUri().orElseThrow();
                    if (!dataUri.startsWith("mast:")) {
                        throw new UnsafePathException(uri, "data URI", dataUri,
                                "only mast: URIs can be placed without product metadata");
                    }
                    segments.addAll(keyPath(uri, "data URI path", dataUri.substring("mast:".length())));
                }
            }
        }
        String fileName = segments.get(segments.size() - 1);
        if (fileName.endsWith(PART_SUFFIX) || fileName.endsWith(TOKEN_SUFFIX)) {
            throw new UnsafePathException(uri, "file name", fileName, "ends like radio's temporary files");
        }
        Path dest = out;
        for (String s : segments) {
            dest = dest.resolve(s);
        }
        // belt and braces: the segment rules above already exclude every way out (compared as absolute paths,
        // since a relative "." normalises to the empty path)
        Path base = out.toAbsolutePath().normalize();
        Path absolute = dest.toAbsolutePath().normalize();
        if (!absolute.startsWith(base) || absolute.equals(base)) {
            throw new UnsafePathException(uri, "path", String.join("/", segments), "would land outside the output folder");
        }
        return dest;
    }

    static Path part(Path dest) {
        return dest.resolveSibling(dest.getFileName() + PART_SUFFIX);
    }

    static Path token(Path dest) {
        return dest.resolveSibling(dest.getFileName() + TOKEN_SUFFIX);
    }

    private static List<String> keyPath(String uri, String field, String key) throws UnsafePathException {
        if (key.isEmpty()) {
            throw new UnsafePathException(uri, field, key, "is empty");
        }
        if (key.startsWith("/")) {
            throw new UnsafePathException(uri, field, key, "is an absolute path");
        }
        List<String> out = new ArrayList<>();
        for (String s : key.split("/", -1)) {
            if (s.isEmpty()) {
                throw new UnsafePathException(uri, field, key, "has an empty path segment");
            }
            out.add(check(uri, field, key, s));
        }
        return out;
    }

    private static String segment(String uri, String field, String value) throws UnsafePathException {
        if (value.isEmpty()) {
            throw new UnsafePathException(uri, field, value, "is empty");
        }
        if (value.indexOf('/') >= 0) {
            throw new UnsafePathException(uri, field, value, "contains a path separator '/'");
        }
        return check(uri, field, value, value);
    }

    /** Rules for one path segment {@code s} of {@code whole}. */
    private static String check(String uri, String field, String whole, String s) throws UnsafePathException {
        if (s.equals(".") || s.equals("..")) {
            throw new UnsafePathException(uri, field, whole, "contains '" + s + "', which would move out of place");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                throw new UnsafePathException(uri, field, whole, "contains a path separator '\\'");
            }
            if (c == ':') {
                throw new UnsafePathException(uri, field, whole, "contains ':' (a drive letter or stream name)");
            }
            if (c == 0) {
                throw new UnsafePathException(uri, field, whole, "contains a NUL character");
            }
            if (c < 0x20 || c == 0x7f) {
                throw new UnsafePathException(uri, field, whole, "contains a control character");
            }
        }
        return s;
    }
}
