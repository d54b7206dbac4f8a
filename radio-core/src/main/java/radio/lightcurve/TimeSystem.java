package radio.lightcurve;

import java.util.Objects;

/**
 * How a light curve's time values are to be read: days since a reference Julian date, in a time scale.
 * Kepler and K2 use BKJD (BJD − 2454833.0), TESS uses BTJD (BJD − 2457000.0), both in the TDB scale and
 * barycentric. The reference comes from the file's {@code BJDREFI} + {@code BJDREFF}, never from a mission guess.
 *
 * @param referenceDayInteger integer part of the reference Julian date ({@code BJDREFI})
 * @param referenceDayFraction fractional part of the reference Julian date ({@code BJDREFF}), in [0, 1)
 * @param scale the time scale, e.g. {@code TDB} ({@code TIMESYS})
 */
public record TimeSystem(long referenceDayInteger, double referenceDayFraction, String scale) {
    /** Barycentric Kepler Julian Date: BJD_TDB − 2454833.0 (Kepler and K2). */
    public static final TimeSystem BKJD = new TimeSystem(2454833, 0.0, "TDB");
    /** Barycentric TESS Julian Date: BJD_TDB − 2457000.0. */
    public static final TimeSystem BTJD = new TimeSystem(2457000, 0.0, "TDB");

    public TimeSystem {
        Objects.requireNonNull(scale, "scale");
        if (!(referenceDayFraction >= 0 && referenceDayFraction < 1)) {
            throw new IllegalArgumentException("referenceDayFraction must be in [0, 1): " + referenceDayFraction);
        }
    }

    /** The reference Julian date, {@code BJDREFI + BJDREFF}. */
    public double referenceJd() {
        return referenceDayInteger + referenceDayFraction;
    }

    /** {@code BKJD}, {@code BTJD}, or {@code BJD - <reference>} for any other reference. */
    public String name() {
        if (referenceDayFraction == 0 && referenceDayInteger == 2454833) {
            return "BKJD";
        }
        if (referenceDayFraction == 0 && referenceDayInteger == 2457000) {
            return "BTJD";
        }
        return "BJD - " + referenceText();
    }

    /** The reference as short text: {@code 2457000} or {@code 2450000.5}. */
    public String referenceText() {
        return referenceDayFraction == 0 ? Long.toString(referenceDayInteger)
                : Double.toString(referenceJd());
    }

    /** The full Julian date (in {@link #scale()}) of a time value in this system. */
    public double toJulianDate(double time) {
        return referenceDayInteger + (referenceDayFraction + time);
    }

    @Override
    public String toString() {
        return name() + " (" + scale + ")";
    }
}
