package radio.lightcurve;

/** Which kind of product a light curve was read from; they differ in layout and in what "flux" means. */
public enum LightCurveProduct {
    /** Kepler/K2 (Ames SOC) or TESS (SPOC) pipeline light curve: a {@code LIGHTCURVE} table. */
    MISSION_PIPELINE("mission pipeline light curve"),
    /** TESS data-alerts HLSP: the early SPOC product, same layout as {@link #MISSION_PIPELINE}. */
    TESS_DATA_ALERTS("TESS data-alerts HLSP"),
    /** K2SFF HLSP (Vanderburg &amp; Johnson self-flat-fielding): {@code BESTAPER} table, normalised flux {@code FCOR}. */
    K2SFF("K2SFF HLSP"),
    /** K2SC HLSP (Aigrain et al. Gaussian-process detrending): {@code PDC} and {@code SAP} tables. */
    K2SC("K2SC HLSP"),
    /** Built in memory (synthetic data, or the result of combining light curves of different products). */
    IN_MEMORY("in-memory light curve");

    private final String description;

    LightCurveProduct(String description) {
        this.description = description;
    }

    /** A few words for people, e.g. {@code K2SFF HLSP}. */
    public String description() {
        return description;
    }
}
