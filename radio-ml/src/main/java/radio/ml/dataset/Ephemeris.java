package radio.ml.dataset;

import java.util.Objects;

/**
 * A transit (or eclipse) ephemeris in full BJD: what the folded views are folded on.
 *
 * @param periodDays   period, days
 * @param epochBjd     one mid-transit time, BJD (TDB)
 * @param durationDays transit duration, days
 * @param source       where it came from
 */
public record Ephemeris(double periodDays, double epochBjd, double durationDays, EphemerisSource source) {
    public Ephemeris {
        Objects.requireNonNull(source, "source");
        if (!(periodDays > 0) || Double.isInfinite(periodDays) || !Double.isFinite(epochBjd)
                || !(durationDays > 0) || !(durationDays < periodDays)) {
            throw new IllegalArgumentException("implausible ephemeris: period " + periodDays + " d, epoch "
                    + epochBjd + ", duration " + durationDays + " d");
        }
    }
}
