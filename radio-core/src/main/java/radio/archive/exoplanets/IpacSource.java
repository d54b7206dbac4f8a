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

/**
 * IPAC tables (TAP {@code format=ipac}, and the legacy API's default): optional {@code \} keyword and comment
 * lines, then up to four {@code |}-delimited header lines (names, types, units, null markers), then
 * fixed-width rows aligned under the header's {@code |} positions. Columns typed {@code char} are text, the
 * others numbers; the null marker (default {@code null}) reads as null.
 */
final class IpacSource implements TapRows.Source {
    private final BufferedReader reader;
    private final List<String> columns = new ArrayList<>();
    private final List<String> types = new ArrayList<>();
    private final List<String> nulls = new ArrayList<>();
    private int[] pipes = new int[0];
    private String firstDataLine;

    IpacSource(InputStream in, URI source) throws IOException {
        this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> header = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.startsWith("\\")) {
                continue;
            }
            if (line.startsWith("|")) {
                header.add(line);
                continue;
            }
            if (!line.isBlank()) {
                firstDataLine = line;
                break;
            }
        }
        if (!header.isEmpty()) {
            String names = header.get(0);
            List<Integer> p = new ArrayList<>();
            for (int i = 0; i < names.length(); i++) {
                if (names.charAt(i) == '|') {
                    p.add(i);
                }
            }
            pipes = p.stream().mapToInt(Integer::intValue).toArray();
            for (int c = 0; c + 1 < pipes.length; c++) {
                columns.add(cell(names, c).toLowerCase(Locale.ROOT));
                types.add(header.size() > 1 ? cell(header.get(1), c).toLowerCase(Locale.ROOT) : "char");
                String nullMark = header.size() > 3 ? cell(header.get(3), c) : "null";
                nulls.add(nullMark.isEmpty() ? "null" : nullMark);
            }
        }
        TapRows.requireColumns(columns, source);
    }

    private String cell(String line, int c) {
        int from = Math.min(line.length(), pipes[c] + 1);
        int to = Math.min(line.length(), pipes[c + 1] + 1);
        return from >= to ? "" : line.substring(from, to).replace("|", "").strip();
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public Object[] nextValues() throws IOException {
        String line = firstDataLine;
        firstDataLine = null;
        while (line == null || line.isBlank()) {
            line = reader.readLine();
            if (line == null) {
                return null;
            }
        }
        Object[] v = new Object[columns.size()];
        for (int c = 0; c < v.length; c++) {
            String s = cell(line, c);
            if (s.isEmpty() || s.equals(nulls.get(c))) {
                v[c] = null;
            } else if (types.get(c).startsWith("c")) {
                v[c] = s;
            } else {
                try {
                    v[c] = new BigDecimal(s);
                } catch (NumberFormatException e) {
                    v[c] = s;
                }
            }
        }
        return v;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
