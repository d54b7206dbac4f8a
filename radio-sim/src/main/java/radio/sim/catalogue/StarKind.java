package radio.sim.catalogue;

/** What a labelled star really is. Only {@link #PLANET_HOST} has label 1. */
public enum StarKind {
    /** A star with one transiting planet (possibly also spotted or pulsating). */
    PLANET_HOST,
    /** An eclipsing binary: grazing, twin or blended. */
    ECLIPSING_BINARY,
    /** A spotted or pulsating star without eclipses. */
    VARIABLE,
    /** A quiet star: noise and systematics only. */
    QUIET
}
