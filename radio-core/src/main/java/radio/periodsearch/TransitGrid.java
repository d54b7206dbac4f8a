package radio.periodsearch;

import java.util.List;

/**
 * The period grid a transit search used.
 *
 * @param periods           periods of the automatic grid (uniform in frequency)
 * @param refinedPeriods    periods added around the highest peak by the 10 times finer search
 * @param minimumPeriodDays shortest period of the automatic grid
 * @param maximumPeriodDays longest period of the automatic grid
 * @param frequencyFactor   the grid's frequency step factor
 * @param durationsDays     the trial durations
 */
public record TransitGrid(int periods, int refinedPeriods, double minimumPeriodDays, double maximumPeriodDays,
                          double frequencyFactor, List<Double> durationsDays) {
    public TransitGrid {
        durationsDays = List.copyOf(durationsDays);
    }
}
