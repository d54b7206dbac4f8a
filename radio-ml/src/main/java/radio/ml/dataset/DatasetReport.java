package radio.ml.dataset;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a build wrote.
 *
 * @param folder  the data set folder
 * @param counts  split → label → number of examples
 * @param skipped stars (or files) left out, with the reason, as in {@code skipped.csv}
 */
public record DatasetReport(Path folder, Map<String, Map<Integer, Integer>> counts, List<Skipped> skipped) {
    /** A star or file left out of the data set. */
    public record Skipped(String star, String reason) {
    }

    public DatasetReport {
        counts = Map.copyOf(counts);
        skipped = List.copyOf(skipped);
    }

    /** Examples written. */
    public int examples() {
        return counts.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
    }
}
