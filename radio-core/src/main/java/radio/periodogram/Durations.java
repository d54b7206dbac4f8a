package radio.periodogram;

/** Validated trial durations (days) with their extremes. */
final class Durations {
    final double[] values;
    final double min;
    final double max;

    private Durations(double[] values) {
        this.values = values;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        this.min = lo;
        this.max = hi;
    }

    static Durations of(double[] durations) {
        if (durations == null || durations.length == 0) {
            throw new IllegalArgumentException("at least one transit duration is required");
        }
        for (int i = 0; i < durations.length; i++) {
            if (!(durations[i] > 0) || !Double.isFinite(durations[i])) {
                throw new IllegalArgumentException("duration at index " + i + " is " + durations[i]
                        + "; durations must be positive and finite (days)");
            }
        }
        return new Durations(durations.clone());
    }
}
