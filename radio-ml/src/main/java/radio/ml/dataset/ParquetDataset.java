package radio.ml.dataset;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * {@code dataset.parquet}: one row per star. Columns: {@code target}, {@code mission}, {@code label} (int32: 1
 * host, 0 not), {@code split}, {@code period_days}, {@code epoch_bjd}, {@code duration_hours},
 * {@code ephemeris_source} ({@code labels}, {@code archive}, {@code bls}), {@code files} and {@code sha256} (lists
 * of strings), and one list of float32 per view ({@code flux}, {@code global}, {@code local}, {@code scalars};
 * null when the view was not built). Standard three-level LIST encoding, uncompressed (float views of noisy light curves hardly compress, and Parquet's codecs would need Hadoop at run time), row groups of at most
 * 8 MiB so writing holds little in memory; pandas/pyarrow, DuckDB and Spark read it as is.
 */
public final class ParquetDataset {
    /** The file name inside a data set folder. */
    public static final String FILE = "dataset.parquet";
    private static final int ROW_GROUP_BYTES = 8 << 20;
    private static final MessageType SCHEMA = MessageTypeParser.parseMessageType("""
            message radio_dataset {
              required binary target (STRING);
              required binary mission (STRING);
              required int32 label;
              required binary split (STRING);
              required double period_days;
              required double epoch_bjd;
              required double duration_hours;
              required binary ephemeris_source (STRING);
              required group files (LIST) { repeated group list { required binary element (STRING); } }
              required group sha256 (LIST) { repeated group list { required binary element (STRING); } }
              optional group flux (LIST) { repeated group list { required float element; } }
              optional group global (LIST) { repeated group list { required float element; } }
              optional group local (LIST) { repeated group list { required float element; } }
              optional group scalars (LIST) { repeated group list { required float element; } }
            }
            """);

    private ParquetDataset() {
    }

    /** Writes examples one at a time. Not thread-safe. */
    public static final class Writer implements Closeable {
        private final ParquetWriter<Group> writer;
        private final SimpleGroupFactory groups = new SimpleGroupFactory(SCHEMA);

        public Writer(Path file) throws IOException {
            this.writer = ExampleParquetWriter.builder(new LocalOutputFile(file))
                    .withConf(new PlainParquetConfiguration()).withType(SCHEMA)
                    .withCompressionCodec(CompressionCodecName.UNCOMPRESSED).withRowGroupSize(ROW_GROUP_BYTES)
                    .withWriteMode(org.apache.parquet.hadoop.ParquetFileWriter.Mode.OVERWRITE).build();
        }

        public void write(Example e) throws IOException {
            Group g = groups.newGroup().append("target", e.target()).append("mission", e.mission())
                    .append("label", e.label()).append("split", e.split())
                    .append("period_days", e.ephemeris().periodDays()).append("epoch_bjd", e.ephemeris().epochBjd())
                    .append("duration_hours", e.ephemeris().durationDays() * 24)
                    .append("ephemeris_source", e.ephemeris().source().key());
            strings(g.addGroup("files"), e.files());
            strings(g.addGroup("sha256"), e.sha256());
            for (View v : View.values()) {
                float[] values = e.views().get(v);
                if (values != null) {
                    Group list = g.addGroup(v.key());
                    for (float x : values) {
                        list.addGroup("list").append("element", x);
                    }
                }
            }
            writer.write(g);
        }

        private static void strings(Group list, List<String> values) {
            for (String s : values) {
                list.addGroup("list").append("element", s);
            }
        }

        @Override
        public void close() throws IOException {
            writer.close();
        }
    }

    /** Reads the rows of a data set in file order, keeping only the given views, one row at a time. */
    public static void read(Path file, Set<View> views, Consumer<Example> rows) throws IOException {
        try (ParquetReader<Group> reader = new ParquetReader.Builder<Group>(new LocalInputFile(file),
                new PlainParquetConfiguration()) {
            @Override
            protected ReadSupport<Group> getReadSupport() {
                return new GroupReadSupport();
            }
        }.build()) {
            for (Group g; (g = reader.read()) != null; ) {
                rows.accept(example(g, views));
            }
        } catch (RuntimeException e) {
            throw new IOException(file + " is not a radio data set: " + e.getMessage(), e);
        }
    }

    /** All rows, with the given views. */
    public static List<Example> readAll(Path file, Set<View> views) throws IOException {
        List<Example> out = new ArrayList<>();
        read(file, views, out::add);
        return out;
    }

    private static Example example(Group g, Set<View> views) {
        Map<View, float[]> values = new EnumMap<>(View.class);
        for (View v : views) {
            if (g.getFieldRepetitionCount(v.key()) > 0) {
                Group list = g.getGroup(v.key(), 0);
                int n = list.getFieldRepetitionCount("list");
                float[] x = new float[n];
                for (int i = 0; i < n; i++) {
                    x[i] = list.getGroup("list", i).getFloat("element", 0);
                }
                values.put(v, x);
            }
        }
        Ephemeris e = new Ephemeris(g.getDouble("period_days", 0), g.getDouble("epoch_bjd", 0),
                g.getDouble("duration_hours", 0) / 24,
                EphemerisSource.valueOf(g.getString("ephemeris_source", 0).toUpperCase(java.util.Locale.ROOT)));
        return new Example(g.getString("target", 0), g.getString("mission", 0), g.getInteger("label", 0),
                g.getString("split", 0), e, strings(g, "files"), strings(g, "sha256"), values);
    }

    private static List<String> strings(Group g, String field) {
        Group list = g.getGroup(field, 0);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.getFieldRepetitionCount("list"); i++) {
            out.add(list.getGroup("list", i).getString("element", 0));
        }
        return out;
    }
}
