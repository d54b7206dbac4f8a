package radio.lightcurve;

/**
 * Quality bits of Kepler and K2 light curves ({@code SAP_QUALITY}), as documented in the Kepler Archive Manual
 * and used by lightkurve's {@code KeplerQualityFlags}. Bit 512 is not used by Kepler and has no constant.
 */
public enum KeplerQualityFlag implements QualityFlag {
    ATTITUDE_TWEAK(1, "attitude tweak", true, true),
    SAFE_MODE(2, "safe mode", true, true),
    COARSE_POINT(4, "coarse point", true, true),
    EARTH_POINT(8, "Earth point", true, true),
    ZERO_CROSSING(16, "reaction-wheel zero crossing", false, false),
    DESAT(32, "reaction-wheel desaturation (momentum dump)", true, true),
    APERTURE_ARGABRIGHTENING(64, "Argabrightening event", false, false),
    APERTURE_COSMIC(128, "cosmic ray in the optimal aperture", false, true),
    MANUAL_EXCLUDE(256, "manual exclude", true, true),
    SENSITIVITY_DROPOUT(1024, "sudden sensitivity dropout", false, true),
    IMPULSIVE_OUTLIER(2048, "impulsive outlier", false, false),
    CCD_ARGABRIGHTENING(4096, "Argabrightening detected on the CCD", false, false),
    COLLATERAL_COSMIC(8192, "cosmic ray in collateral data", false, true),
    DETECTOR_ANOMALY(16384, "detector anomaly", true, true),
    NO_FINE_POINT(32768, "no fine point", false, false),
    NO_DATA(65536, "no data", true, true),
    ROLLING_BAND_IN_APERTURE(131072, "rolling band in optimal aperture", false, false),
    ROLLING_BAND_IN_MASK(262144, "rolling band in full mask", false, false),
    POSSIBLE_THRUSTER_FIRING(524288, "possible thruster firing (K2)", false, true),
    THRUSTER_FIRING(1048576, "thruster firing (K2)", true, true);

    private final int bit;
    private final String description;
    private final boolean inDefaultMask;
    private final boolean inHardMask;

    KeplerQualityFlag(int bit, String description, boolean inDefaultMask, boolean inHardMask) {
        this.bit = bit;
        this.description = description;
        this.inDefaultMask = inDefaultMask;
        this.inHardMask = inHardMask;
    }

    @Override
    public int bit() {
        return bit;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public boolean inDefaultMask() {
        return inDefaultMask;
    }

    @Override
    public boolean inHardMask() {
        return inHardMask;
    }
}
