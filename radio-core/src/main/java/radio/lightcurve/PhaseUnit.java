package radio.lightcurve;

/** How a folded light curve's phase is expressed. */
public enum PhaseUnit {
    /** Days from the nearest epoch, in (−period/2, period/2] (lightkurve's default). */
    DAYS,
    /** Fraction of the period from the nearest epoch, in (−0.5, 0.5] (lightkurve's {@code normalize_phase}). */
    CYCLES
}
