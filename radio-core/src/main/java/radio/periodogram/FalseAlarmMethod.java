package radio.periodogram;

/** Approximations to the false alarm probability of the highest Lomb–Scargle peak (Baluev 2008). */
public enum FalseAlarmMethod {
    /** Probability of the power at one given frequency (not of the highest peak). */
    SINGLE,
    /** From an effective number of independent frequencies, max frequency × baseline. */
    NAIVE,
    /** The Davies upper bound. */
    DAVIES,
    /** The alias-free approximation of Baluev (2008), astropy's default. */
    BALUEV
}
