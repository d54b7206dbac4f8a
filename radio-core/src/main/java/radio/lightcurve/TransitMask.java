package radio.lightcurve;

import java.util.Arrays;
import java.util.List;

/**
 * The cadences during transits of a periodic signal, as lightkurve's {@code create_transit_mask}: a time is in
 * transit when it lies within half a duration of {@code epoch + k·period} for some integer k.
 *
 * @param periodDays   orbital period, days
 * @param epoch        mid-time of one transit, in the light curve's time system (e.g. BTJD)
 * @param durationDays full transit duration, days
 */
public record TransitMask(double periodDays, double epoch, double durationDays) {
    public TransitMask {
        if (!(periodDays > 0) || Double.isInfinite(periodDays)) {
            throw new IllegalArgumentException("period must be positive and finite: " + periodDays);
        }
        if (!Double.isFinite(epoch)) {
            throw new IllegalArgumentException("epoch must be finite: " + epoch);
        }
        if (!(durationDays > 0) || durationDays >= periodDays) {
            throw new IllegalArgumentException("duration must be positive and shorter than the period: "
                    + durationDays);
        }
    }

    /** Whether each time is in transit. */
    public boolean[] inTransit(double[] time) {
        boolean[] in = new boolean[time.length];
        double half = 0.5 * periodDays;
        for (int i = 0; i < time.length; i++) {
            double phase = floorMod(time[i] - epoch + half, periodDays) - half;
            in[i] = Math.abs(phase) < 0.5 * durationDays;
        }
        return in;
    }

    /** Whether each time lies outside every transit of every one of {@code masks}. */
    public static boolean[] outsideAll(double[] time, List<TransitMask> masks) {
        boolean[] keep = new boolean[time.length];
        Arrays.fill(keep, true);
        for (TransitMask m : masks) {
            boolean[] in = m.inTransit(time);
            for (int i = 0; i < keep.length; i++) {
                keep[i] &= !in[i];
            }
        }
        return keep;
    }

    /** x modulo m in [0, m), like Python's % for floats. */
    static double floorMod(double x, double m) {
        double r = x % m;
        return r < 0 ? r + m : r;
    }
}
