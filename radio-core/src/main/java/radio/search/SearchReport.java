package radio.search;

import java.time.Duration;
import java.util.List;

/**
 * Totals of one search run.
 *
 * @param targets  targets searched
 * @param matched  targets with at least one matching product
 * @param empty    targets searched successfully with no matching product
 * @param failed   targets that could not be searched
 * @param products products found in total
 * @param elapsed  wall-clock time of the run
 * @param warnings things the user should know that concern the whole run, each once (e.g. an S3 key rule that
 *                 disagreed with {@code path_lookup})
 */
public record SearchReport(int targets, int matched, int empty, int failed, int products, Duration elapsed,
                           List<String> warnings) {
    public SearchReport {
        warnings = List.copyOf(warnings);
    }
}
