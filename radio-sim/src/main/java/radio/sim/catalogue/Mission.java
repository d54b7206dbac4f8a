package radio.sim.catalogue;

/** The missions the simulated archive serves. */
public enum Mission {
    /** Kepler's second mission: EPIC targets ({@code ktwo}), campaigns. */
    K2,
    /** The Kepler prime mission: KIC targets ({@code kplr}), quarters. */
    KEPLER,
    /** TESS: TIC targets (unpadded {@code target_name}), sectors. */
    TESS,
    /** Hubble: observations found by proposal, observation id and filter (no catalogue targets). */
    HST,
    /** Webb: observations found by program, observation id and filter (no catalogue targets). */
    JWST;

    /** Whether the mission's observations belong to catalogue stars (Kepler, K2, TESS) rather than programs. */
    public boolean lightCurves() {
        return this == K2 || this == KEPLER || this == TESS;
    }
}
