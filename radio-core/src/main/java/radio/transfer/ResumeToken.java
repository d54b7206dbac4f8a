package radio.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a {@code NAME.part} file is a prefix of, stored beside it as {@code NAME.part.json}: the object asked for,
 * the service, the validators the object had when the first byte was written, the expected size, and how many
 * bytes were known flushed at the last checkpoint. A transfer resumes with HTTP Range only when a token matches
 * the item and source and the object still has these validators; anything else restarts from zero.
 *
 * <p>The token is written once a body has been arriving for a second ({@link DeferredToken}) and whenever an
 * attempt ends early; a {@code .part} without a readable token is never resumed (a kill before the token, or
 * while writing it, only costs a restart).
 *
 * @param uri          the item's URI
 * @param source       the service the bytes come from
 * @param etag         the object's ETag, when given
 * @param lastModified the object's Last-Modified header value, when given
 * @param expectedSize the complete file's size
 * @param bytes        bytes of the part known flushed to disk at the last checkpoint (the part may hold more)
 */
record ResumeToken(String uri, TransferSource source, Optional<String> etag, Optional<String> lastModified,
                   long expectedSize, long bytes) {
    private static final Logger log = LoggerFactory.getLogger(ResumeToken.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int VERSION = 1;

    ResumeToken {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
        if (expectedSize < 0 || bytes < 0 || bytes > expectedSize) {
            throw new IllegalArgumentException("inconsistent resume token for " + uri + ": " + bytes + " of "
                    + expectedSize + " bytes");
        }
    }

    /** Whether the object can be recognised as unchanged later. */
    boolean hasValidator() {
        return etag.isPresent() || lastModified.isPresent();
    }

    ResumeToken withBytes(long n) {
        return new ResumeToken(uri, source, etag, lastModified, expectedSize, n);
    }

    /** Reads a token; empty when absent or unreadable (then the part is not resumable). */
    static Optional<ResumeToken> read(Path file) {
        try {
            JsonNode n = JSON.readTree(Files.readAllBytes(file));
            if (n == null || n.path("version").asInt() != VERSION) {
                return Optional.empty();
            }
            return Optional.of(new ResumeToken(n.path("uri").asText(),
                    TransferSource.valueOf(n.path("source").asText()),
                    text(n, "etag"), text(n, "lastModified"),
                    n.path("expectedSize").asLong(-1), n.path("bytes").asLong(0)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            log.debug("unreadable resume token {}: {}", file, e.toString());
            return Optional.empty();
        }
    }

    /**
     * Writes the token in place. Not flushed: a process kill keeps it anyway, and if a power cut loses or truncates
     * it, the part is simply not resumed.
     */
    void write(Path file) throws IOException {
        ObjectNode n = JSON.createObjectNode();
        n.put("version", VERSION);
        n.put("uri", uri);
        n.put("source", source.name());
        etag.ifPresent(v -> n.put("etag", v));
        lastModified.ifPresent(v -> n.put("lastModified", v));
        n.put("expectedSize", expectedSize);
        n.put("bytes", bytes);
        byte[] data = JSON.writeValueAsBytes(n);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(java.nio.ByteBuffer.wrap(data));
        }
    }

    private static Optional<String> text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
    }
}
