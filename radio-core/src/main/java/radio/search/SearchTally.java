package radio.search;

import java.time.Duration;
import java.util.List;

/** Counts target outcomes into a {@link SearchReport}. Not thread-safe: one run counts from one place at a time. */
public final class SearchTally {
    private int matched;
    private int empty;
    private int failed;
    private int products;

    /** Counts one target's outcome. */
    public void count(TargetOutcome outcome) {
        if (outcome.failed()) {
            failed++;
        } else if (outcome.products().isEmpty()) {
            empty++;
        } else {
            matched++;
            products += outcome.products().size();
        }
    }

    /** The totals so far, as the report of a run over {@code targets} targets. */
    public SearchReport report(int targets, Duration elapsed, List<String> warnings) {
        return new SearchReport(targets, matched, empty, failed, products, elapsed, warnings);
    }
}
