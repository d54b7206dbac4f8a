package radio.ml.dataset;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import radio.lightcurve.LightCurve;
import radio.output.OutputKind;

/**
 * A light curve as a Parquet table for pandas/pyarrow, DuckDB or Spark (lightkurve's {@code to_pandas} as a file):
 * columns {@code time}, {@code flux}, {@code flux_err} (doubles) and {@code quality} (int), one row per cadence; the
 * target, mission, time system and units in the file's key-value metadata (keys {@code radio.*}). Written to a
 * temporary file beside the target and moved into place when complete.
 */
public final class LightCurveParquet {
    private static final MessageType SCHEMA = MessageTypeParser.parseMessageType("""
            message light_curve {
              required double time;
              required double flux;
              required double flux_err;
              required int32 quality;
            }
            """);
    private static final String MARK = "radio.export";

    /** Parquet files radio exported (the metadata key {@code radio.export}), the only ones an export replaces. */
    public static final OutputKind KIND = new OutputKind("Parquet light curve exported by radio", List.of(".parquet"),
            LightCurveParquet::isRadioExport);

    private LightCurveParquet() {
    }

    public static void write(LightCurve lc, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
        try {
            SimpleGroupFactory rows = new SimpleGroupFactory(SCHEMA);
            try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(tmp))
                    .withConf(new PlainParquetConfiguration()).withType(SCHEMA).withExtraMetaData(metadata(lc))
                    .withCompressionCodec(CompressionCodecName.UNCOMPRESSED)
                    .withWriteMode(ParquetFileWriter.Mode.OVERWRITE).build()) {
                for (int i = 0; i < lc.size(); i++) {
                    w.write(rows.newGroup().append("time", lc.timeAt(i)).append("flux", lc.fluxAt(i))
                            .append("flux_err", lc.fluxErrAt(i)).append("quality", lc.qualityAt(i)));
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Map<String, String> metadata(LightCurve lc) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(MARK, "1");
        m.put("radio.target", lc.meta().objectName());
        m.put("radio.title", lc.meta().title());
        m.put("radio.mission", lc.meta().mission().map(Object::toString).orElse("unknown"));
        m.put("radio.time_system", lc.timeSystem().name());
        m.put("radio.time_reference_jd", Double.toString(lc.timeSystem().referenceJd()));
        m.put("radio.time_scale", lc.timeSystem().scale());
        m.put("radio.time_unit", "d");
        m.put("radio.flux_unit", lc.fluxUnit().isEmpty() ? "relative" : lc.fluxUnit());
        m.put("radio.sources", String.join(" ", lc.meta().sources().stream()
                .map(p -> p.getFileName().toString()).toList()));
        return m;
    }

    /** A Parquet file (PAR1 at both ends) whose footer holds radio's export mark. */
    private static boolean isRadioExport(Path file) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long n = f.length();
            if (n < 12) {
                return false;
            }
            byte[] tail = new byte[(int) Math.min(n, 1 << 16)];
            f.seek(n - tail.length);
            f.readFully(tail);
            String text = new String(tail, StandardCharsets.ISO_8859_1);
            byte[] head = new byte[4];
            f.seek(0);
            f.readFully(head);
            return new String(head, StandardCharsets.ISO_8859_1).equals("PAR1") && text.endsWith("PAR1")
                    && text.contains(MARK);
        }
    }
}
