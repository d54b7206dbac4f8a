package radio.sim.catalogue;

/** The missions whose light curves the simulated archive serves. */
public enum Mission {
    /** Kepler's second mission: EPIC targets ({@code ktwo}), campaigns. */
    K2
}
