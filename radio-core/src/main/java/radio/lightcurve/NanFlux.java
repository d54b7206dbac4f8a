package radio.lightcurve;

/** What a reader does with rows whose flux is NaN (no measurement). Rows with NaN time are always dropped. */
public enum NanFlux {
    /** Keep them, with NaN flux (lightkurve's behaviour); {@link LightCurve#removeNans()} drops them later. */
    KEEP,
    /** Drop them while reading. */
    DROP
}
