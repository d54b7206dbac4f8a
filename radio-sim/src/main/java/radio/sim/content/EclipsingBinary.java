package radio.sim.content;

/**
 * A detached eclipsing binary on a circular orbit, possibly blended with a brighter star: the primary eclipse
 * (the companion in front), the secondary eclipse half a period later (the primary in front, as deep as the
 * companion's share of the light), and ellipsoidal variation. Grazing geometries give the V shapes, near-twins
 * the odd/even depth differences once a search folds at half the period, which fool simple transit searches.
 *
 * @param periodDays         orbital period, days
 * @param epoch              one mid-primary-eclipse time, file time system
 * @param radiusRatio        companion over primary radius
 * @param aOverR             orbital separation over the primary's radius
 * @param impact             impact parameter in primary radii
 * @param brightnessRatio    companion over primary surface brightness (0 to 1)
 * @param u1                 linear limb darkening (both stars)
 * @param u2                 quadratic limb darkening (both stars)
 * @param dilution           fraction of the light in the aperture that comes from the binary (1 = unblended)
 * @param ellipsoidal        semi-amplitude of the ellipsoidal variation, fraction of the binary's light
 */
public record EclipsingBinary(double periodDays, double epoch, double radiusRatio, double aOverR, double impact,
                              double brightnessRatio, double u1, double u2, double dilution, double ellipsoidal)
        implements Signal {
    public EclipsingBinary {
        if (!(periodDays > 0) || !(radiusRatio > 0) || !(aOverR > 1 + radiusRatio) || impact < 0
                || !(dilution > 0 && dilution <= 1) || brightnessRatio < 0) {
            throw new IllegalArgumentException("implausible eclipsing binary: P=" + periodDays + ", k=" + radiusRatio
                    + ", a/R=" + aOverR + ", b=" + impact + ", dilution=" + dilution);
        }
    }

    @Override
    public void apply(double[] time, double[] relativeFlux) {
        double companionLight = brightnessRatio * radiusRatio * radiusRatio;
        double total = 1 + companionLight;
        for (int i = 0; i < time.length; i++) {
            double phase = Occultation.phase(time[i], periodDays, epoch);
            double z = Occultation.separation(phase, aOverR, impact);
            double lost;
            if (Math.abs(phase) < 0.25) {
                lost = Occultation.hiddenFraction(z, radiusRatio, u1, u2);
            } else {
                // the primary in front of the companion: distances and radius in companion radii
                lost = companionLight * Occultation.hiddenFraction(z / radiusRatio, 1 / radiusRatio, u1, u2);
            }
            double binary = (total - lost) / total * (1 - ellipsoidal * Math.cos(4 * Math.PI * phase));
            relativeFlux[i] *= 1 - dilution + dilution * binary;
        }
    }

    /** Eclipse duration of the primary eclipse, days. */
    public double durationDays() {
        double reach = (1 + radiusRatio) * (1 + radiusRatio) - impact * impact;
        return reach <= 0 ? 0 : periodDays / Math.PI * Math.asin(Math.min(1, Math.sqrt(reach) / aOverR));
    }

    /** The depth of the primary eclipse in the blended light, fraction of the flux. */
    public double primaryDepth() {
        double total = 1 + brightnessRatio * radiusRatio * radiusRatio;
        return dilution * Occultation.hiddenFraction(impact, radiusRatio, u1, u2) / total;
    }
}
