package radio.periodsearch;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * No period of the asked range can be searched: the shortest period (given, or the longest duration plus a cadence)
 * is above the longest (given, or a third of the baseline, so that three transits fit). Typical of a short light
 * curve or a range given for another one.
 */
public final class EmptyPeriodRangeException extends PeriodSearchException {
    private static final long serialVersionUID = 1L;
    private final double minimumDays;
    private final double maximumDays;
    private final double baselineDays;

    EmptyPeriodRangeException(List<Path> files, double minimumDays, double maximumDays, double baselineDays) {
        super(files, String.format(Locale.ROOT, "the period range %.6g–%.6g d is empty for a baseline of %.6g d",
                minimumDays, maximumDays, baselineDays), null);
        this.minimumDays = minimumDays;
        this.maximumDays = maximumDays;
        this.baselineDays = baselineDays;
    }

    /** The shortest period the search would have tried, days. */
    public double minimumDays() {
        return minimumDays;
    }

    /** The longest period the search would have tried, days: below {@link #minimumDays()}. */
    public double maximumDays() {
        return maximumDays;
    }

    /** The time span of the light curve, days. */
    public double baselineDays() {
        return baselineDays;
    }
}
