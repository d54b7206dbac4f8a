package radio.lightcurve;

/**
 * Which flux a reader puts into {@link LightCurve#flux()}. In pipeline files {@link #PDCSAP} is
 * {@code PDCSAP_FLUX} and {@link #SAP} is {@code SAP_FLUX}; the high-level products map them to their equivalents:
 * K2SFF {@code FCOR} / {@code FRAW}, K2SC the {@code flux} of its {@code PDC} / {@code SAP} table.
 */
public enum FluxSource {
    /** Systematics-corrected flux (lightkurve's default). */
    PDCSAP,
    /** Simple aperture photometry, before systematics correction. */
    SAP
}
