package radio.search;

import radio.archive.mast.CaomFilter;

/**
 * A range of cadences ({@code t_exptime}, seconds, inclusive), sent to MAST as a {@code {min, max}} filter and
 * checked again on every observation. An exact cadence is the range ±{@link #TOLERANCE_SECONDS} around it.
 *
 * @param min   lowest cadence kept, seconds (≥ 0)
 * @param max   highest cadence kept, seconds (≥ min)
 * @param exact whether the user gave one cadence (the range is that value ± the tolerance)
 */
public record ExposureRange(double min, double max, boolean exact) {
    /** Half-width of the range around an exact cadence: MAST wants a range for continuous columns. */
    public static final double TOLERANCE_SECONDS = 1.0;

    public ExposureRange {
        if (!(min >= 0) || !(max >= min) || Double.isInfinite(max)) {
            throw new IllegalArgumentException("not a range of seconds: " + min + ".." + max);
        }
    }

    /** {@code seconds} ± {@link #TOLERANCE_SECONDS} (1800 → 1799..1801). */
    public static ExposureRange around(double seconds) {
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("exposure time must be a positive number of seconds: " + seconds);
        }
        return new ExposureRange(Math.max(0, seconds - TOLERANCE_SECONDS), seconds + TOLERANCE_SECONDS, true);
    }

    /** Every cadence from {@code min} to {@code max} seconds. */
    public static ExposureRange between(double min, double max) {
        return new ExposureRange(min, max, false);
    }

    /**
     * {@code 1800} (exactly, ±1 s) or {@code MIN..MAX} (e.g. {@code 0..9999}, lightkurve's default range).
     *
     * @throws IllegalArgumentException naming the text when it is neither
     */
    public static ExposureRange parse(String text) {
        String t = text.strip();
        try {
            int dots = t.indexOf("..");
            if (dots < 0) {
                return around(Double.parseDouble(t));
            }
            return between(Double.parseDouble(t.substring(0, dots).strip()),
                    Double.parseDouble(t.substring(dots + 2).strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a positive number of seconds (e.g. 1800) or a "
                    + "range MIN..MAX (e.g. 0..200)");
        }
    }

    /** The cadence the user gave, for an exact range. */
    public double centre() {
        return (min + max) / 2;
    }

    public boolean contains(double seconds) {
        return seconds >= min && seconds <= max;
    }

    /**
     * Whether some cadence of this range belongs to the class: for an exact cadence, that cadence must; for a
     * range, the range must reach into the class.
     */
    public boolean compatibleWith(Cadence cadence) {
        if (exact) {
            return cadence.includes(centre());
        }
        double lo = cadence == Cadence.FAST ? 0 : cadence == Cadence.SHORT ? Cadence.SHORT_FROM : Cadence.LONG_FROM;
        double hi = cadence == Cadence.FAST ? Cadence.SHORT_FROM : cadence == Cadence.SHORT ? Cadence.LONG_FROM
                : Double.POSITIVE_INFINITY;
        return max >= lo && min < hi;
    }

    CaomFilter serverFilter() {
        return CaomFilter.between("t_exptime", min, max);
    }

    @Override
    public String toString() {
        return exact ? plain(centre()) + " s" : plain(min) + ".." + plain(max) + " s";
    }

    /** {@code 1800} rather than {@code 1800.0}; other values as {@link Double#toString(double)} writes them. */
    static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
