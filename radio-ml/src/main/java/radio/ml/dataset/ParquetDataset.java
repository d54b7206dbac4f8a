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
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
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
        private final ParquetWriter<Example> writer;

        public Writer(Path file) throws IOException {
            Builder b = new Builder(new LocalOutputFile(file)).withConf(new PlainParquetConfiguration())
                    .withCompressionCodec(CompressionCodecName.UNCOMPRESSED).withRowGroupSize(ROW_GROUP_BYTES)
                    .withWriteMode(org.apache.parquet.hadoop.ParquetFileWriter.Mode.OVERWRITE);
            // a dictionary of noisy floats never pays: Parquet would fill one per page, then throw it away
            for (View v : View.values()) {
                b = b.withDictionaryEncoding(v.key() + ".list.element", false);
            }
            this.writer = b.build();
        }

        public void write(Example e) throws IOException {
            writer.write(e);
        }

        @Override
        public void close() throws IOException {
            writer.close();
        }
    }

    private static final class Builder extends ParquetWriter.Builder<Example, Builder> {
        Builder(LocalOutputFile file) {
            super(file);
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<Example> getWriteSupport(Configuration conf) {
            return new ExampleWriteSupport();
        }

        @Override
        protected WriteSupport<Example> getWriteSupport(ParquetConfiguration conf) {
            return new ExampleWriteSupport();
        }
    }

    /** Sends an example's fields straight to Parquet's record consumer, in {@link #SCHEMA}'s order. */
    private static final class ExampleWriteSupport extends WriteSupport<Example> {
        private RecordConsumer out;

        @Override
        public WriteContext init(Configuration conf) {
            return new WriteContext(SCHEMA, Map.of());
        }

        @Override
        public WriteContext init(ParquetConfiguration conf) {
            return new WriteContext(SCHEMA, Map.of());
        }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer) {
            this.out = recordConsumer;
        }

        @Override
        public void write(Example e) {
            out.startMessage();
            int i = 0;
            string(i++, "target", e.target());
            string(i++, "mission", e.mission());
            start(i, "label");
            out.addInteger(e.label());
            end(i++, "label");
            string(i++, "split", e.split());
            number(i++, "period_days", e.ephemeris().periodDays());
            number(i++, "epoch_bjd", e.ephemeris().epochBjd());
            number(i++, "duration_hours", e.ephemeris().durationDays() * 24);
            string(i++, "ephemeris_source", e.ephemeris().source().key());
            strings(i++, "files", e.files());
            strings(i++, "sha256", e.sha256());
            for (View v : View.values()) {
                float[] values = e.views().get(v);
                if (values != null) {
                    start(i, v.key());
                    out.startGroup();
                    if (values.length > 0) {
                        out.startField("list", 0);
                        for (float x : values) {
                            out.startGroup();
                            out.startField("element", 0);
                            out.addFloat(x);
                            out.endField("element", 0);
                            out.endGroup();
                        }
                        out.endField("list", 0);
                    }
                    out.endGroup();
                    end(i, v.key());
                }
                i++;
            }
            out.endMessage();
        }

        private void start(int index, String name) {
            out.startField(name, index);
        }

        private void end(int index, String name) {
            out.endField(name, index);
        }

        private void string(int index, String name, String value) {
            start(index, name);
            out.addBinary(Binary.fromString(value));
            end(index, name);
        }

        private void number(int index, String name, double value) {
            start(index, name);
            out.addDouble(value);
            end(index, name);
        }

        private void strings(int index, String name, List<String> values) {
            start(index, name);
            out.startGroup();
            if (!values.isEmpty()) {
                out.startField("list", 0);
                for (String s : values) {
                    out.startGroup();
                    string(0, "element", s);
                    out.endGroup();
                }
                out.endField("list", 0);
            }
            out.endGroup();
            end(index, name);
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
