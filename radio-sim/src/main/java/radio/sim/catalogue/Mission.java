package radio.sim.catalogue;

/** The missions whose light curves the simulated archive serves. */
public enum Mission {
    /** Kepler's second mission: EPIC targets ({@code ktwo}), campaigns. */
    K2,
    /** The Kepler prime mission: KIC targets ({@code kplr}), quarters. */
    KEPLER,
    /** TESS: TIC targets (unpadded {@code target_name}), sectors. */
    TESS
}
