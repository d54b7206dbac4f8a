package radio.periodogram;

/** Lomb–Scargle power normalisation, as astropy's {@code normalization}. */
public enum Normalization {
    /** 1 − χ²(model)/χ²(constant): between 0 and 1 (the default). */
    STANDARD,
    /** χ²(constant)/χ²(model) − 1. */
    MODEL,
    /** ln(χ²(constant)/χ²(model)). */
    LOG,
    /** (χ²(constant) − χ²(model)) / 2: in units of the inverse variance weights (value units² without errors). */
    PSD
}
