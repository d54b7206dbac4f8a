package radio.periodogram;

/** What a BLS search maximises over phase, duration and depth at each period (astropy's {@code objective}). */
public enum Objective {
    /** The log-likelihood of the box model relative to a constant ({@code "likelihood"}, the default). */
    LIKELIHOOD,
    /** The signal-to-noise ratio of the measured depth ({@code "snr"}). */
    SNR
}
