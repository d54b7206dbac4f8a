package radio.sim.content;

/**
 * A planet on a circular orbit crossing a quadratically limb-darkened star (Mandel &amp; Agol 2002): rounded
 * bottom, curved ingress and egress, depth ≈ k² scaled by the limb darkening under the chord.
 *
 * @param periodDays orbital period, days
 * @param epoch      one mid-transit time in the file's time system (BKJD, BTJD)
 * @param radiusRatio planet over stellar radius k
 * @param aOverR     orbital radius over stellar radius
 * @param impact     impact parameter b (0 = central, above 1 − k grazing)
 * @param u1         linear limb-darkening coefficient
 * @param u2         quadratic limb-darkening coefficient
 */
public record LimbDarkenedTransit(double periodDays, double epoch, double radiusRatio, double aOverR, double impact,
                                  double u1, double u2) implements Signal {
    public LimbDarkenedTransit {
        if (!(periodDays > 0) || !(radiusRatio > 0) || !(aOverR > 1) || impact < 0) {
            throw new IllegalArgumentException("implausible transit: P=" + periodDays + ", k=" + radiusRatio
                    + ", a/R=" + aOverR + ", b=" + impact);
        }
    }

    @Override
    public void apply(double[] time, double[] relativeFlux) {
        for (int i = 0; i < time.length; i++) {
            relativeFlux[i] *= 1 - hiddenAt(time[i]);
        }
    }

    /** The fraction of the star's light hidden at time t. */
    public double hiddenAt(double t) {
        double phase = Occultation.phase(t, periodDays, epoch);
        if (Math.abs(phase) > 0.25) {
            return 0;
        }
        return Occultation.hiddenFraction(Occultation.separation(phase, aOverR, impact), radiusRatio, u1, u2);
    }

    /** First to fourth contact, days (0 when the planet misses the star). */
    public double durationDays() {
        double reach = (1 + radiusRatio) * (1 + radiusRatio) - impact * impact;
        if (reach <= 0) {
            return 0;
        }
        double sinInc = Math.sqrt(1 - Math.pow(impact / aOverR, 2));
        return periodDays / Math.PI * Math.asin(Math.min(1, Math.sqrt(reach) / (aOverR * sinInc)));
    }

    /** The depth at mid-transit, as a fraction of the flux. */
    public double depth() {
        return Occultation.hiddenFraction(impact, radiusRatio, u1, u2);
    }
}
