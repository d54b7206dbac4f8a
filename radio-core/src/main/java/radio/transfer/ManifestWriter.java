package radio.transfer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import radio.output.Csv;
import radio.output.OutputKind;

/**
 * Writes the {@code --manifest} file: one row per item of a {@link TransferReport}, with exactly the cli.md columns
 * {@code target,obs_id,obs_collection,product,uri,s3_key,source,status,bytes,path,error}. CSV (RFC 4180 quoting,
 * header first) or JSON (an array of objects with the same keys; unknown values are {@code null}), chosen by the
 * file extension.
 *
 * <p>{@code source} is {@code s3}, {@code mast} or {@code local} (empty when no service was tried), {@code status}
 * {@code downloaded}, {@code present} or {@code failed} (for files) and {@code no-products}, {@code unresolved} or
 * {@code failed} (for targets that yield no file), {@code bytes} the file's size (empty for failures),
 * {@code error} the cause's one-line message. Failed rows keep {@code uri}, so they can be fed back through
 * {@code --uri-file}.
 *
 * <p>The file is written to a temporary file beside it, flushed and renamed over the target, so a reader never
 * sees half a manifest and an older manifest survives a crash.
 */
public final class ManifestWriter {
    /** The cli.md manifest columns, in order. */
    public static final List<String> COLUMNS = List.of("target", "obs_id", "obs_collection", "product", "uri",
            "s3_key", "source", "status", "bytes", "path", "error");

    /**
     * What {@code --manifest} writes: a {@code .csv} whose first line is the header above, or a {@code .json} array
     * of objects whose first key is {@code target}; an existing file is replaced only when it is one of these.
     */
    public static final OutputKind KIND = new OutputKind("radio manifest (" + String.join(",", COLUMNS.subList(0, 3))
            + ",...)", List.of(".csv", ".json"), ManifestWriter::isManifest);

    /** Manifest file formats. */
    public enum Format {
        CSV,
        JSON
    }

    private final Path file;
    private final Format format;

    private ManifestWriter(Path file, Format format) {
        this.file = file;
        this.format = format;
    }

    /**
     * A writer for {@code file}, its format chosen by its extension; check this before starting work.
     *
     * @throws IllegalArgumentException naming the option when the extension is neither {@code .csv} nor {@code .json}
     */
    public static ManifestWriter forFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return new ManifestWriter(file, Format.CSV);
        }
        if (name.endsWith(".json")) {
            return new ManifestWriter(file, Format.JSON);
        }
        throw new IllegalArgumentException("--manifest: '" + file + "' must end in .csv or .json");
    }

    private static boolean isManifest(Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            byte[] header = (String.join(",", COLUMNS) + "\r\n").getBytes(StandardCharsets.UTF_8);
            return OutputKind.startsWith(file, header);
        }
        try (JsonParser p = new ObjectMapper().getFactory().createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                return false;
            }
            JsonToken next = p.nextToken();
            return next == JsonToken.END_ARRAY
                    || next == JsonToken.START_OBJECT && p.nextToken() == JsonToken.FIELD_NAME
                    && p.currentName().equals(COLUMNS.get(0));
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    public Path file() {
        return file;
    }

    public Format format() {
        return format;
    }

    /**
     * A target that yields no file: one row with only {@code target}, {@code status} and {@code error}.
     *
     * @param target the target as the user gave it
     * @param status {@code no-products} (resolved, nothing matched), {@code unresolved} or {@code failed}
     * @param error  why, in one line
     */
    public record TargetRow(String target, String status, String error) {
        public TargetRow {
            java.util.Objects.requireNonNull(target, "target");
            java.util.Objects.requireNonNull(status, "status");
            java.util.Objects.requireNonNull(error, "error");
        }

        List<Optional<String>> row() {
            List<Optional<String>> r = new ArrayList<>(COLUMNS.size());
            for (String c : COLUMNS) {
                r.add(switch (c) {
                    case "target" -> Optional.of(target);
                    case "status" -> Optional.of(status);
                    case "error" -> Optional.of(error);
                    default -> Optional.empty();
                });
            }
            return r;
        }
    }

    /** Writes the report's rows, replacing the file atomically. */
    public void write(TransferReport report) throws IOException {
        write(report, List.of());
    }

    /** Writes the report's rows, then a row per target that yields no file, atomically. */
    public void write(TransferReport report, List<TargetRow> targetRows) throws IOException {
        List<List<Optional<String>>> rows = new ArrayList<>();
        report.outcomes().forEach(o -> rows.add(row(o)));
        targetRows.forEach(t -> rows.add(t.row()));
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(ch);
                if (format == Format.CSV) {
                    writeCsv(rows, out);
                } else {
                    writeJson(rows, out);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The manifest row of one outcome, as strings in {@link #COLUMNS} order; unknown values are empty. */
    public static List<Optional<String>> row(TransferOutcome o) {
        TransferItem item = o.item();
        List<Optional<String>> r = new ArrayList<>(COLUMNS.size());
        r.add(item.target());
        r.add(item.obsId());
        r.add(item.obsCollection());
        r.add(item.product());
        r.add(Optional.of(item.uri()));
        r.add(item.s3().map(S3Location::key));
        if (o instanceof CompletedTransfer c) {
            r.add(Optional.of(c.source().label()));
            r.add(Optional.of(c.status()));
            r.add(Optional.of(Long.toString(c.bytes())));
            r.add(Optional.of(c.file().toString()));
            r.add(Optional.empty());
        } else {
            FailedTransfer f = (FailedTransfer) o;
            r.add(f.source().map(TransferSource::label));
            r.add(Optional.of(f.status()));
            r.add(Optional.empty());
            r.add(f.destination().map(Path::toString));
            r.add(Optional.of(f.message()));
        }
        return r;
    }

    private static void writeCsv(List<List<Optional<String>>> rows, OutputStream out) throws IOException {
        Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(Csv.line(COLUMNS));
        w.write("\r\n");
        for (List<Optional<String>> row : rows) {
            w.write(Csv.line(row.stream().map(v -> v.orElse("")).toList()));
            w.write("\r\n");
        }
        w.flush();
    }

    private static void writeJson(List<List<Optional<String>>> rows, OutputStream out) throws IOException {
        JsonGenerator g = new ObjectMapper().getFactory().createGenerator(out);
        g.useDefaultPrettyPrinter();
        g.writeStartArray();
        for (List<Optional<String>> row : rows) {
            g.writeStartObject();
            for (int i = 0; i < COLUMNS.size(); i++) {
                String key = COLUMNS.get(i);
                Optional<String> v = row.get(i);
                if (v.isEmpty()) {
                    g.writeNullField(key);
                } else if (key.equals("bytes")) {
                    g.writeNumberField(key, Long.parseLong(v.get()));
                } else {
                    g.writeStringField(key, v.get());
                }
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeRaw('\n');
        g.flush();
    }
}
