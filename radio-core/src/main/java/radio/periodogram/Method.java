package radio.periodogram;

/** How a periodogram is computed: a fast approximation, or the exact (slow) reference it approximates. */
public enum Method {
    /**
     * Lomb–Scargle: Press &amp; Rybicki extirpolation and FFT, O(N log N), as astropy's {@code method="fast"}.
     * BLS: phase-binned search with cumulative sums, as astropy's {@code method="fast"}.
     */
    FAST,
    /**
     * Lomb–Scargle: direct sums at every frequency, as astropy's {@code "cython"}/{@code "slow"}.
     * BLS: exact in-transit membership of every point on the phase grid, as astropy's {@code method="slow"}.
     */
    EXACT
}
