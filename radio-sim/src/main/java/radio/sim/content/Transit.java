package radio.sim.content;

/**
 * A periodic transit injected into a light curve, as a trapezoid: linear ingress and egress each lasting 15 % of
 * the total duration, flat bottom at the full depth.
 *
 * @param periodDays     period, days
 * @param epochBkjd      one mid-transit time, BKJD (BJD - 2454833)
 * @param durationDays   first to fourth contact, days
 * @param depthFraction  fractional flux decrement at mid-transit (0.001 = 1000 ppm)
 */
public record Transit(double periodDays, double epochBkjd, double durationDays, double depthFraction) {
    /** Fraction of the duration spent in ingress (and again in egress). */
    public static final double INGRESS_FRACTION = 0.15;

    public Transit {
        if (!(periodDays > 0) || !(durationDays > 0) || !(durationDays < periodDays)
                || !(depthFraction > 0) || !(depthFraction < 1)) {
            throw new IllegalArgumentException("implausible transit: P=" + periodDays + " d, T=" + durationDays
                    + " d, depth=" + depthFraction);
        }
    }

    /** Fractional flux decrement at time {@code t} (BKJD): 0 out of transit, {@code depthFraction} at the bottom. */
    public double decrement(double t) {
        double phase = (t - epochBkjd) / periodDays;
        double dt = Math.abs((phase - Math.rint(phase)) * periodDays);
        double half = durationDays / 2;
        if (dt >= half) {
            return 0;
        }
        double ingress = durationDays * INGRESS_FRACTION;
        double fromEdge = half - dt;
        return fromEdge >= ingress ? depthFraction : depthFraction * fromEdge / ingress;
    }
}
