package radio.ml.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import radio.config.Version;

/**
 * {@code dataset.json}: what a data set holds and how it was made: radio's version, the views and their lengths,
 * the scalar names, split fractions and seed, prewhitening settings, counts per split and label, the number of
 * stars skipped, and whether the exoTrain CSVs were written.
 */
public final class DatasetSummary {
    public static final String FILE = "dataset.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DatasetSummary() {
    }

    static void write(Path file, DatasetReport report, DatasetOptions o, boolean csv) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("radio_version", Version.radio());
        root.putPOJO("views", View.keys(o.views()));
        ObjectNode lengths = root.putObject("lengths");
        for (View v : View.values()) {
            if (o.views().contains(v)) {
                lengths.put(v.key(), o.settings().length(v));
            }
        }
        root.putPOJO("scalars", Scalars.NAMES);
        root.put("local_view_half_width_durations", o.settings().localDurations());
        root.put("local_bin_width_durations", o.settings().localBinWidth());
        ObjectNode split = root.putObject("split");
        split.put("train", o.splits().train());
        split.put("val", o.splits().val());
        split.put("test", o.splits().test());
        root.put("seed", o.seed());
        ObjectNode pw = root.putObject("prewhitening");
        pw.put("max_terms", o.prewhitening().maxTerms());
        pw.put("min_period_days", o.prewhitening().minPeriodDays());
        pw.put("max_period_days", o.prewhitening().maxPeriodDays());
        pw.put("false_alarm", o.prewhitening().falseAlarm());
        ObjectNode counts = root.putObject("counts");
        for (Map.Entry<String, Map<Integer, Integer>> e : report.counts().entrySet()) {
            ObjectNode s = counts.putObject(e.getKey());
            e.getValue().forEach((label, n) -> s.put(Integer.toString(label), n));
        }
        root.put("examples", report.examples());
        root.put("skipped", report.skipped().size());
        root.put("exotrain_csv", csv);
        Files.writeString(file, JSON.writeValueAsString(root) + "\n");
    }

    /** Reads a {@code dataset.json}. */
    public static JsonNode read(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }
}
