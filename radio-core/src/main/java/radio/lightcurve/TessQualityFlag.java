package radio.lightcurve;

/**
 * Quality bits of TESS light curves ({@code QUALITY}), as documented in the TESS Science Data Products Description
 * and used by lightkurve's {@code TessQualityFlags}.
 */
public enum TessQualityFlag implements QualityFlag {
    ATTITUDE_TWEAK(1, "attitude tweak", true, true),
    SAFE_MODE(2, "safe mode", true, true),
    COARSE_POINT(4, "coarse point", true, true),
    EARTH_POINT(8, "Earth point", true, true),
    ARGABRIGHTENING(16, "Argabrightening", false, false),
    DESAT(32, "reaction-wheel desaturation", true, true),
    APERTURE_COSMIC(64, "cosmic ray in optimal aperture", false, true),
    MANUAL_EXCLUDE(128, "manual exclude", true, true),
    DISCONTINUITY(256, "discontinuity corrected", false, false),
    IMPULSIVE_OUTLIER(512, "impulsive outlier", false, false),
    COLLATERAL_COSMIC(1024, "cosmic ray in collateral data", false, true),
    STRAYLIGHT(2048, "stray light (set manually)", false, true),
    SCATTERED_LIGHT(4096, "scattered light (set by SPOC from background levels)", false, true),
    PLANET_SEARCH_EXCLUDE(8192, "planet-search exclude", false, false),
    BAD_CALIBRATION_EXCLUDE(16384, "bad-calibration exclude", false, false),
    INSUFFICIENT_TARGETS(32768, "insufficient targets for error correction", false, false);

    private final int bit;
    private final String description;
    private final boolean inDefaultMask;
    private final boolean inHardMask;

    TessQualityFlag(int bit, String description, boolean inDefaultMask, boolean inHardMask) {
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
