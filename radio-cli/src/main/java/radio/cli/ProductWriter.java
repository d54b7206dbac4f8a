package radio.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import radio.search.FoundProduct;

/**
 * Prints found products as {@code table} (aligned, with a {@code #} column and units; printed at the end),
 * {@code csv} or {@code json} (streamed target by target). Columns, per cli.md: target, obs_id, obs_collection,
 * t_exptime (s), product (productSubGroupDescription), productFilename, size (bytes), dataURI, s3_key.
 */
abstract class ProductWriter {
    static final List<String> COLUMNS = List.of("target", "obs_id", "obs_collection", "t_exptime", "product",
            "productFilename", "size", "dataURI", "s3_key");

    static ProductWriter of(String format, PrintWriter out) {
        return switch (format) {
            case "table" -> new Table(out);
            case "csv" -> new Csv(out);
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
    abstract void write(List<FoundProduct> products);

    abstract void finish();

    static List<String> cells(FoundProduct p) {
        return List.of(p.target(), p.obsId(), p.obsCollection(),
                p.exptimeSeconds().isPresent() ? TextFormats.number(p.exptimeSeconds().getAsDouble()) : "",
                p.productCode().orElse(""), p.productFilename(),
                p.sizeBytes().isPresent() ? Long.toString(p.sizeBytes().getAsLong()) : "",
                p.dataUri(), p.s3Key().orElse(""));
    }

    private static final class Csv extends ProductWriter {
        Csv(PrintWriter out) {
            super(out);
        }

        @Override
        void start() {
            out.println(String.join(",", COLUMNS));
        }

        @Override
        void write(List<FoundProduct> products) {
            for (FoundProduct p : products) {
                out.println(String.join(",", cells(p).stream().map(TextFormats::csv).toList()));
            }
            out.flush();
        }

        @Override
        void finish() {
            out.flush();
        }
    }

    private static final class Json extends ProductWriter {
        private boolean first = true;

        Json(PrintWriter out) {
            super(out);
        }

        @Override
        void start() {
            out.print("[");
        }

        @Override
        void write(List<FoundProduct> products) {
            for (FoundProduct p : products) {
                out.print(first ? "\n  " : ",\n  ");
                first = false;
                out.print("{\"target\": " + TextFormats.jsonString(p.target())
                        + ", \"obs_id\": " + TextFormats.jsonString(p.obsId())
                        + ", \"obs_collection\": " + TextFormats.jsonString(p.obsCollection())
                        + ", \"t_exptime\": " + (p.exptimeSeconds().isPresent()
                                ? TextFormats.number(p.exptimeSeconds().getAsDouble()) : "null")
                        + ", \"product\": " + TextFormats.jsonString(p.productCode().orElse(null))
                        + ", \"productFilename\": " + TextFormats.jsonString(p.productFilename())
                        + ", \"size\": " + (p.sizeBytes().isPresent() ? Long.toString(p.sizeBytes().getAsLong()) : "null")
                        + ", \"dataURI\": " + TextFormats.jsonString(p.dataUri())
                        + ", \"s3_key\": " + TextFormats.jsonString(p.s3Key().orElse(null)) + "}");
            }
            out.flush();
        }

        @Override
        void finish() {
            out.println(first ? "]" : "\n]");
            out.flush();
        }
    }

    private static final class Table extends ProductWriter {
        private static final List<String> HEADER = List.of("#", "target", "obs_id", "obs_collection", "t_exptime",
                "product", "productFilename", "size", "dataURI", "s3_key");
        private static final List<String> UNITS = List.of("", "", "", "", "s", "", "", "bytes", "", "");
        private static final boolean[] RIGHT = {true, false, false, false, true, false, false, true, false, false};
        private final List<List<String>> rows = new ArrayList<>();

        Table(PrintWriter out) {
            super(out);
        }

        @Override
        void start() {
        }

        @Override
        void write(List<FoundProduct> products) {
            for (FoundProduct p : products) {
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
