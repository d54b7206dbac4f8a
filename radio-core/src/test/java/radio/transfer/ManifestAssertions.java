package radio.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a CSV manifest back and checks it against the report and the disk. */
final class ManifestAssertions {
    private ManifestAssertions() {
    }

    static List<List<String>> readCsv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r') {
                continue;
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        return rows;
    }

    /** Every row says what happened to its item, and what it says about files is true on disk. */
    static void assertTruthful(Path manifest, TransferReport report) throws IOException {
        List<List<String>> rows = readCsv(manifest);
        assertThat(rows.get(0)).containsExactlyElementsOf(ManifestWriter.COLUMNS);
        assertThat(rows).hasSize(report.outcomes().size() + 1);
        for (int i = 0; i < report.outcomes().size(); i++) {
            TransferOutcome o = report.outcomes().get(i);
            List<String> row = rows.get(i + 1);
            assertThat(row).hasSize(ManifestWriter.COLUMNS.size());
            assertThat(row.get(4)).isEqualTo(o.item().uri());
            assertThat(row.get(7)).isEqualTo(o.status());
            if (o instanceof CompletedTransfer c) {
                Path file = Path.of(row.get(9));
                assertThat(file).exists();
                assertThat(Long.parseLong(row.get(8))).isEqualTo(Files.size(file)).isEqualTo(c.bytes());
                assertThat(row.get(6)).isEqualTo(c.source().label());
                assertThat(row.get(10)).isEmpty();
            } else {
                assertThat(row.get(10)).isNotEmpty();
                assertThat(row.get(8)).isEmpty();
            }
        }
    }
}
