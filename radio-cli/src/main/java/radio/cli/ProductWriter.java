package radio.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import radio.api.Product;
import radio.output.Csv;

/**
 * Prints found products as {@code table} (aligned, with a {@code #} column and units; printed at the end),
 * {@code csv} or {@code json} (streamed target by target). Columns, per cli.md: target, obs_id, obs_collection,
 * t_exptime (s), product (productSubGroupDescription), productFilename, size (bytes), dataURI, s3_key; then, as
 * lightkurve's search table has them, season (mission and campaign, sector or quarter), author, year.
 */
abstract class ProductWriter {
    static final List<String> COLUMNS = List.of("target", "obs_id", "obs_collection", "t_exptime", "product",
            "productFilename", "size", "dataURI", "s3_key", "season", "author", "year");

    static ProductWriter of(String format, PrintWriter out) {
        return switch (format) {
            case "table" -> new Table(out);
            case "csv" -> new CsvRows(out);
            case "json" -> new Json(out);
            default -> throw new IllegalArgumentException(format);
        };
    }

    protected final PrintWriter out;

    ProductWriter(PrintWriter out) {
        this.out = out;
    }

    abstract void start();

    /** One target's products, in the order targets were given. */
    abstract void write(List<Product> products);

    abstract void finish();

    static List<String> cells(Product p) {
        return List.of(p.target(), p.obsId(), p.obsCollection(),
                p.exptimeSeconds().isPresent() ? TextFormats.number(p.exptimeSeconds().getAsDouble()) : "",
                p.productCode().orElse(""), p.fileName(),
                p.sizeBytes().isPresent() ? Long.toString(p.sizeBytes().getAsLong()) : "",
                p.dataUri(), p.s3Key().orElse(""), p.season().orElse(""), p.author().orElse(""),
                p.year().isPresent() ? Integer.toString(p.year().getAsInt()) : "");
    }

    private static final class CsvRows extends ProductWriter {
        CsvRows(PrintWriter out) {
            super(out);
        }

        @Override
        void start() {
            out.println(Csv.line(COLUMNS));
        }

        @Override
        void write(List<Product> products) {
            for (Product p : products) {
                out.println(Csv.line(cells(p)));
            }
            out.flush();
        }

        @Override
        void finish() {
            out.flush();
        }
    }

    /** A JSON array, one object per product, written as the products come. */
    private static final class Json extends ProductWriter {
        private final JsonGenerator json;

        Json(PrintWriter out) {
            super(out);
            try {
                json = new JsonFactory().createGenerator(out).setPrettyPrinter(new DefaultPrettyPrinter());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        void start() {
            write(JsonGenerator::writeStartArray);
        }

        @Override
        void write(List<Product> products) {
            for (Product p : products) {
                write(g -> {
                    g.writeStartObject();
                    g.writeStringField("target", p.target());
                    g.writeStringField("obs_id", p.obsId());
                    g.writeStringField("obs_collection", p.obsCollection());
                    if (p.exptimeSeconds().isPresent()) {
                        g.writeFieldName("t_exptime");
                        g.writeNumber(new BigDecimal(TextFormats.number(p.exptimeSeconds().getAsDouble())));
                    } else {
                        g.writeNullField("t_exptime");
                    }
                    g.writeStringField("product", p.productCode().orElse(null));
                    g.writeStringField("productFilename", p.fileName());
                    if (p.sizeBytes().isPresent()) {
                        g.writeNumberField("size", p.sizeBytes().getAsLong());
                    } else {
                        g.writeNullField("size");
                    }
                    g.writeStringField("dataURI", p.dataUri());
                    g.writeStringField("s3_key", p.s3Key().orElse(null));
                    g.writeStringField("season", p.season().orElse(null));
                    g.writeStringField("author", p.author().orElse(null));
                    if (p.year().isPresent()) {
                        g.writeNumberField("year", p.year().getAsInt());
                    } else {
                        g.writeNullField("year");
                    }
                    g.writeEndObject();
                });
            }
        }

        @Override
        void finish() {
            write(g -> {
                g.writeEndArray();
                g.writeRaw(System.lineSeparator());
            });
        }

        /** One step of the document, flushed so rows reach the reader as they are found. */
        private void write(JsonStep step) {
            try {
                step.write(json);
                json.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private interface JsonStep {
            void write(JsonGenerator g) throws IOException;
        }
    }

    private static final class Table extends ProductWriter {
        private static final List<String> HEADER = List.of("#", "target", "obs_id", "obs_collection", "t_exptime",
                "product", "productFilename", "size", "dataURI", "s3_key", "season", "author", "year");
        private static final List<String> UNITS = List.of("", "", "", "", "s", "", "", "bytes", "", "", "", "", "");
        private static final boolean[] RIGHT = {true, false, false, false, true, false, false, true, false, false, false,
            false, true};
        private final List<List<String>> rows = new ArrayList<>();

        Table(PrintWriter out) {
            super(out);
        }

        @Override
        void start() {
        }

        @Override
        void write(List<Product> products) {
            for (Product p : products) {
                List<String> row = new ArrayList<>();
                row.add(Integer.toString(rows.size()));
                row.addAll(cells(p));
                rows.add(row);
            }
        }

        @Override
        void finish() {
            if (rows.isEmpty()) {
                out.println("No products found.");
                out.flush();
                return;
            }
            int[] width = new int[HEADER.size()];
            for (int c = 0; c < width.length; c++) {
                width[c] = Math.max(HEADER.get(c).length(), UNITS.get(c).length());
                for (List<String> r : rows) {
                    width[c] = Math.max(width[c], r.get(c).length());
                }
            }
            line(HEADER, width);
            line(UNITS, width);
            List<String> rule = new ArrayList<>();
            for (int w : width) {
                rule.add("-".repeat(w));
            }
            line(rule, width);
            rows.forEach(r -> line(r, width));
            out.flush();
        }

        private void line(List<String> cells, int[] width) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < cells.size(); c++) {
                String v = cells.get(c);
                String pad = " ".repeat(width[c] - v.length());
                sb.append(c == 0 ? "" : " ").append(RIGHT[c] ? pad + v : v + pad);
            }
            out.println(sb.toString().stripTrailing());
        }
    }
}
