package radio.sim.catalogue;

/**
 * The distributions labelled stars are drawn from (see {@link LabelledStars}). Two presets differ in every
 * distribution, so a model trained on one can be judged on stars it was not tuned to: {@link #standard()} and
 * {@link #shifted()}.
 *
 * @param name                 preset name, recorded with the stars
 * @param hostFraction         share of planet hosts (label 1)
 * @param binaryFraction       share of eclipsing binaries among the others
 * @param variableFraction     share of spotted or pulsating stars among the others (the rest are quiet)
 * @param hostVariableFraction share of hosts that are also spotted or pulsating
 * @param minPeriodDays        shortest orbital period of planets and binaries, days
 * @param maxPeriodDays        longest orbital period, days (at least two events fit in a K2 campaign)
 * @param minSnr               lowest expected transit signal-to-noise (depth over the white noise of all
 *                             in-transit points); planets are drawn log-uniformly between the two
 * @param maxSnr               highest expected transit signal-to-noise
 * @param minMagnitude         brightest Kepler magnitude
 * @param maxMagnitude         faintest Kepler magnitude
 * @param minU1                limb darkening u1 range (u2 is drawn in [0.1, 0.35])
 * @param maxU1                upper end of u1
 * @param maxImpact            largest impact parameter of planets
 * @param minVariability       smallest spot or pulsation semi-amplitude, fraction of the flux
 * @param maxVariability       largest
 * @param minVariabilityDays   shortest rotation or pulsation period, days
 * @param maxVariabilityDays   longest
 * @param redNoise             correlated noise level relative to the white noise (drawn up to this)
 */
public record StarPopulation(String name, double hostFraction, double binaryFraction, double variableFraction,
                             double hostVariableFraction, double minPeriodDays, double maxPeriodDays, double minSnr,
                             double maxSnr, double minMagnitude, double maxMagnitude, double minU1, double maxU1,
                             double maxImpact, double minVariability, double maxVariability,
                             double minVariabilityDays, double maxVariabilityDays, double redNoise) {
    public StarPopulation {
        if (hostFraction < 0 || hostFraction > 1 || binaryFraction < 0 || variableFraction < 0
                || binaryFraction + variableFraction > 1) {
            throw new IllegalArgumentException("population fractions out of range in " + name);
        }
        if (!(minPeriodDays > 0 && maxPeriodDays >= minPeriodDays && minSnr > 0 && maxSnr >= minSnr)) {
            throw new IllegalArgumentException("population ranges out of order in " + name);
        }
    }

    /** The default population: 40 % hosts; periods 0.5–20 d; transit SNR 7–120. */
    public static StarPopulation standard() {
        return new StarPopulation("standard", 0.4, 0.45, 0.35, 0.3, 0.5, 20, 7, 120, 10.5, 15, 0.3, 0.6, 0.9,
                0.001, 0.03, 0.3, 15, 0.8);
    }

    /**
     * Another simulator's idea of the sky: fewer hosts, more binaries, longer periods, lower SNR, fainter stars,
     * stronger limb darkening, more grazing planets, stronger and faster variability and more correlated noise.
     */
    public static StarPopulation shifted() {
        return new StarPopulation("shifted", 0.3, 0.55, 0.3, 0.5, 0.8, 24, 6, 80, 11, 15.5, 0.45, 0.75, 0.95,
                0.002, 0.05, 0.3, 10, 1.2);
    }

    /** The same population with planets drawn between other expected transit SNRs. */
    public StarPopulation withSnrRange(String newName, double min, double max) {
        return new StarPopulation(newName, hostFraction, binaryFraction, variableFraction, hostVariableFraction,
                minPeriodDays, maxPeriodDays, min, max, minMagnitude, maxMagnitude, minU1, maxU1, maxImpact,
                minVariability, maxVariability, minVariabilityDays, maxVariabilityDays, redNoise);
    }
}
