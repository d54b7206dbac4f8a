package radio.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A kind of file radio writes: the name endings it takes and how to recognise an existing file of the kind, which
 * radio may replace. Anything else at an output path is left alone.
 *
 * @param description what the files are, for messages ({@code PNG image})
 * @param extensions  the accepted name endings, lower case, with their dot ({@code .png})
 * @param recognizer  whether an existing, non-empty file is of this kind
 */
public record OutputKind(String description, List<String> extensions, Recognizer recognizer) {
    /** Tells whether an existing file is of a kind; reads as little as it can. */
    @FunctionalInterface
    public interface Recognizer {
        boolean recognizes(Path existing) throws IOException;
    }

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** PNG images, recognised by their 8-byte signature. */
    public static final OutputKind PNG = new OutputKind("PNG image", List.of(".png"),
            file -> startsWith(file, PNG_SIGNATURE));

    public OutputKind {
        Objects.requireNonNull(description, "description");
        extensions = List.copyOf(extensions);
        if (extensions.isEmpty()) {
            throw new IllegalArgumentException("an output kind needs at least one extension");
        }
        Objects.requireNonNull(recognizer, "recognizer");
    }

    /** Whether the file name ends with one of the extensions, ignoring case. */
    public boolean accepts(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String n = name.toString().toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(e -> n.endsWith(e) && n.length() > e.length());
    }

    /** {@code .png} or {@code .csv/.json}: the extensions for a message. */
    public String extensionList() {
        return String.join("/", extensions);
    }

    /** Whether the file begins with these bytes. */
    public static boolean startsWith(Path file, byte[] prefix) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(prefix.length), prefix);
        }
    }
}
