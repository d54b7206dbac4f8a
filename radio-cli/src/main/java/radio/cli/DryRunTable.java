package radio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import radio.transfer.PlannedTransfer;
import radio.transfer.TransferPlan;
import radio.transfer.TransferSource;

/**
 * Prints {@code radio download --dry-run}: one aligned row per file with what would happen, from where, how many
 * bytes would be fetched, where the file would land and its URI; then a one-line count.
 */
final class DryRunTable {
    private static final List<String> HEADER = List.of("action", "from", "bytes", "path", "uri", "note");

    private DryRunTable() {
    }

    static void print(TransferPlan plan, Path workingDir, PrintWriter out) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (PlannedTransfer e : plan.entries()) {
            String from = e.source().map(TransferSource::label).orElse("-")
                    + e.fallback().map(f -> ", then " + f.label()).orElse("");
            rows.add(List.of(e.action().name().toLowerCase(Locale.ROOT), from,
                    e.bytes().isPresent() ? Long.toString(e.bytes().getAsLong()) : "?",
                    e.destination().map(d -> shown(d, workingDir)).orElse("-"), e.item().uri(), e.note()));
        }
        int[] width = new int[HEADER.size()];
        for (List<String> r : rows) {
            for (int c = 0; c < width.length; c++) {
                width[c] = Math.max(width[c], r.get(c).length());
            }
        }
        for (List<String> r : rows) {
            StringBuilder b = new StringBuilder();
            for (int c = 0; c < width.length; c++) {
                String v = r.get(c);
                boolean right = c == 2;
                String pad = " ".repeat(width[c] - v.length());
                b.append(c == 0 ? "" : "  ").append(right ? pad + v : v + pad);
            }
            out.println(b.toString().stripTrailing());
        }
    }

    /** {@code 31 files: 29 to fetch (10.7 MB), 0 to resume, 0 to verify, 2 present, 0 would fail}. */
    static String summary(TransferPlan plan) {
        long fetch = plan.count(PlannedTransfer.Action.FETCH);
        return plan.entries().size() + " file" + (plan.entries().size() == 1 ? "" : "s") + ": " + fetch
                + " to fetch" + plan.bytesToFetch().stream().mapToObj(b -> " (" + DownloadFeedback.megabytes(b) + ")")
                        .findFirst().orElse("")
                + ", " + plan.count(PlannedTransfer.Action.RESUME) + " to resume, "
                + plan.count(PlannedTransfer.Action.VERIFY) + " to verify, "
                + plan.count(PlannedTransfer.Action.PRESENT) + " present, "
                + plan.count(PlannedTransfer.Action.FAIL) + " would fail";
    }

    private static String shown(Path p, Path workingDir) {
        Path abs = p.toAbsolutePath().normalize();
        Path base = workingDir.toAbsolutePath().normalize();
        return abs.startsWith(base) && !abs.equals(base) ? base.relativize(abs).toString() : abs.toString();
    }
}
