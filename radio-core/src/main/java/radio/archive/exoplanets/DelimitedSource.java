package radio.archive.exoplanets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * TAP CSV and TSV: a header line of names, then one line per row.
 *
 * <p>CSV is read the way the archive writes it, not as RFC 4180: text is wrapped in double quotes but quotes
 * inside are <em>not</em> escaped, so a quoted field ends at the first {@code "} that is followed by a comma
 * or the end of the line. Quoted fields are text; bare fields are numbers when they look like one (legacy CSV
 * does not quote text, so other bare fields stay text); empty fields are null. TSV has no quoting: every
 * non-empty field is text.
 */
final class DelimitedSource implements TapRows.Source {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private final BufferedReader reader;
    private final char separator;
    private final List<String> columns = new ArrayList<>();

    DelimitedSource(InputStream in, char separator, URI source) throws IOException {
        this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.separator = separator;
        String header = reader.readLine();
        if (header != null) {
            for (String name : header.split(Pattern.quote(String.valueOf(separator)), -1)) {
                columns.add(name.strip().replace("\"", "").toLowerCase(Locale.ROOT));
            }
        }
        TapRows.requireColumns(columns, source);
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public Object[] nextValues() throws IOException {
        String line;
        do {
            line = reader.readLine();
            if (line == null) {
                return null;
            }
        } while (line.isEmpty());
        List<Object> fields = separator == ',' ? splitCsv(line) : splitTsv(line);
        Object[] v = new Object[columns.size()];
        for (int i = 0; i < v.length && i < fields.size(); i++) {
            v[i] = fields.get(i);
        }
        return v;
    }

    private static List<Object> splitTsv(String line) {
        List<Object> out = new ArrayList<>();
        for (String f : line.split("\t", -1)) {
            out.add(f.isEmpty() ? null : f);
        }
        return out;
    }

    /** Splits one archive CSV line (unescaped quotes inside quoted text tolerated). */
    static List<Object> splitCsv(String line) {
        List<Object> out = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (true) {
            if (i < n && line.charAt(i) == '"') {
                int close = -1;
                for (int k = line.indexOf('"', i + 1); k >= 0; k = line.indexOf('"', k + 1)) {
                    if (k + 1 == n || line.charAt(k + 1) == ',') {
                        close = k;
                        break;
                    }
                }
                if (close < 0) {
                    out.add(line.substring(i + 1));
                    return out;
                }
                out.add(line.substring(i + 1, close));
                i = close + 1;
            } else {
                int comma = line.indexOf(',', i);
                int end = comma < 0 ? n : comma;
                out.add(bare(line.substring(i, end)));
                i = end;
            }
            if (i >= n) {
                return out;
            }
            i++; // the comma
        }
    }

    private static Object bare(String raw) {
        String s = raw.strip();
        if (s.isEmpty()) {
            return null;
        }
        if (NUMBER.matcher(s).matches()) {
            try {
                return new BigDecimal(s);
            } catch (NumberFormatException e) {
                return s;
            }
        }
        return s;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
