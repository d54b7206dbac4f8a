package radio.lightcurve;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rows of a FITS {@code BINTABLE} (big-endian, {@code NAXIS1} bytes per row) with its columns decoded by name
 * and {@code TFORMn}, never by position. Scalar numeric columns ({@code B I J K E D}, repeat 1) can be extracted,
 * with {@code TSCALn}/{@code TZEROn} applied when present. Column names match case-insensitively, as in astropy.
 * Not thread-safe (it shares one buffer); used by one reader call.
 */
final class BinaryTableData {
    /** A column's place in the row and how to decode it. */
    private record Column(FitsColumn declared, int offset, int repeat, char type, double scale, double zero) {
        boolean scaled() {
            return scale != 1.0 || zero != 0.0;
        }
    }

    private final int rowBytes;
    private final int rows;
    private final ByteBuffer data;
    private final List<Column> columns;
    private final Map<String, Column> byName;

    private BinaryTableData(int rowBytes, int rows, ByteBuffer data, List<Column> columns) {
        this.rowBytes = rowBytes;
        this.rows = rows;
        this.data = data;
        this.columns = columns;
        Map<String, Column> map = new HashMap<>();
        for (Column c : columns) {
            map.putIfAbsent(c.declared().name().toUpperCase(Locale.ROOT), c);
        }
        this.byName = map;
    }

    /**
     * Column layout from a table header; throws {@link IllegalArgumentException} describing what is wrong with
     * the header (the caller adds the file and HDU).
     */
    static Layout layout(FitsHeader h) {
        long rowBytes = h.integer("NAXIS1").orElseThrow(() -> new IllegalArgumentException("no NAXIS1"));
        long rows = h.integer("NAXIS2").orElseThrow(() -> new IllegalArgumentException("no NAXIS2"));
        long fields = h.integer("TFIELDS").orElseThrow(() -> new IllegalArgumentException("no TFIELDS"));
        if (rowBytes < 0 || rows < 0 || fields < 0 || fields > 999 || rowBytes * rows > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("implausible table size NAXIS1=" + rowBytes + " NAXIS2=" + rows
                    + " TFIELDS=" + fields);
        }
        List<Column> cols = new ArrayList<>((int) fields);
        int offset = 0;
        for (int i = 1; i <= fields; i++) {
            String tform = h.string("TFORM" + i).orElseThrow(() -> new IllegalArgumentException("no TFORM"));
            String name = h.string("TTYPE" + i).orElse("col" + i);
            Tform f = Tform.parse(tform);
            cols.add(new Column(new FitsColumn(name, tform, h.string("TUNIT" + i).orElse("")), offset, f.repeat(),
                    f.type(), h.real("TSCAL" + i).orElse(1.0), h.real("TZERO" + i).orElse(0.0)));
            offset += f.width();
        }
        if (offset > rowBytes) {
            throw new IllegalArgumentException("columns need " + offset + " bytes per row but NAXIS1 is " + rowBytes);
        }
        return new Layout((int) rowBytes, (int) rows, List.copyOf(cols));
    }

    /** The declared shape of a table, before its bytes are read. */
    record Layout(int rowBytes, int rows, List<Column> columns) {
        /** The number of bytes of row data (without the heap). */
        int dataBytes() {
            return rowBytes * rows;
        }

        BinaryTableData with(byte[] bytes) {
            return new BinaryTableData(rowBytes, rows, ByteBuffer.wrap(bytes), columns);
        }
    }

    int rows() {
        return rows;
    }

    List<FitsColumn> columns() {
        return columns.stream().map(Column::declared).toList();
    }

    boolean has(String name) {
        return byName.containsKey(name.toUpperCase(Locale.ROOT));
    }

    /** The exact declared name of a column matched case-insensitively. */
    String declaredName(String name) {
        return column(name).declared().name();
    }

    /** A numeric column as doubles, for every row. */
    double[] doubles(String name) {
        Column c = scalar(name);
        double[] out = new double[rows];
        int stride = rowBytes;
        int pos = c.offset();
        switch (c.type()) {
            case 'D' -> {
                for (int r = 0; r < rows; r++, pos += stride) {
                    out[r] = data.getDouble(pos);
                }
            }
            case 'E' -> {
                for (int r = 0; r < rows; r++, pos += stride) {
                    out[r] = data.getFloat(pos);
                }
            }
            case 'J' -> {
                for (int r = 0; r < rows; r++, pos += stride) {
                    out[r] = data.getInt(pos);
                }
            }
            case 'I' -> {
                for (int r = 0; r < rows; r++, pos += stride) {
                    out[r] = data.getShort(pos);
                }
            }
            case 'K' -> {
                for (int r = 0; r < rows; r++, pos += stride) {
                    out[r] = data.getLong(pos);
                }
            }
            case 'B' -> {
                for (int r = 0; r < rows; r++, pos += stride) {
                    out[r] = data.get(pos) & 0xff;
                }
            }
            default -> throw new IllegalArgumentException("column " + c.declared().name() + " has TFORM '"
                    + c.declared().tform() + "', not a number");
        }
        if (c.scaled()) {
            for (int r = 0; r < rows; r++) {
                out[r] = c.zero() + c.scale() * out[r];
            }
        }
        return out;
    }

    /** An integer column ({@code B I J K}) as ints, for every row; {@code TZEROn} offsets applied. */
    int[] ints(String name) {
        Column c = scalar(name);
        if ("BIJK".indexOf(c.type()) < 0 || c.scale() != 1.0 || c.zero() != Math.rint(c.zero())) {
            throw new IllegalArgumentException("column " + c.declared().name() + " has TFORM '"
                    + c.declared().tform() + "', not an integer");
        }
        int[] out = new int[rows];
        int stride = rowBytes;
        int pos = c.offset();
        long zero = (long) c.zero();
        for (int r = 0; r < rows; r++, pos += stride) {
            long v = switch (c.type()) {
                case 'J' -> data.getInt(pos);
                case 'I' -> data.getShort(pos);
                case 'B' -> data.get(pos) & 0xff;
                default -> data.getLong(pos);
            };
            out[r] = (int) (v + zero);
        }
        return out;
    }

    private Column column(String name) {
        Column c = byName.get(name.toUpperCase(Locale.ROOT));
        if (c == null) {
            throw new IllegalArgumentException("no column " + name);
        }
        return c;
    }

    private Column scalar(String name) {
        Column c = column(name);
        if (c.repeat() != 1) {
            throw new IllegalArgumentException("column " + c.declared().name() + " has TFORM '"
                    + c.declared().tform() + "', not a single value per row");
        }
        return c;
    }

    /** A parsed {@code TFORMn}: repeat count, type letter and width in the row. */
    record Tform(int repeat, char type, int width) {
        static Tform parse(String text) {
            String t = text.trim();
            int k = 0;
            while (k < t.length() && Character.isDigit(t.charAt(k))) {
                k++;
            }
            if (k >= t.length()) {
                throw new IllegalArgumentException("unreadable TFORM '" + text + "'");
            }
            int repeat;
            try {
                repeat = k == 0 ? 1 : Integer.parseInt(t.substring(0, k));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("unreadable TFORM '" + text + "'");
            }
            char type = Character.toUpperCase(t.charAt(k));
            long width = switch (type) {
                case 'L', 'B', 'A' -> repeat;
                case 'X' -> (repeat + 7) / 8;
                case 'I' -> 2L * repeat;
                case 'J', 'E' -> 4L * repeat;
                case 'K', 'D', 'C' -> 8L * repeat;
                case 'M' -> 16L * repeat;
                case 'P' -> repeat == 0 ? 0 : 8;
                case 'Q' -> repeat == 0 ? 0 : 16;
                default -> throw new IllegalArgumentException("unknown type in TFORM '" + text + "'");
            };
            if (width > Integer.MAX_VALUE / 2) {
                throw new IllegalArgumentException("implausible TFORM '" + text + "'");
            }
            return new Tform(repeat, type, (int) width);
        }
    }
}
