package radio.periodogram;

/** How a periodogram is computed: a fast approximation, or the exact (slow) reference it approximates. */
public enum Method {
    /**
     * Lomb–Scargle: the sums by a non-uniform FFT, O(N log N), equal to the direct sums to about 1e-10 of the
     * highest power (nifty-ls, astropy 7's {@code method="fastnifty"}; more accurate than astropy's
     * {@code method="fast"}, whose extirpolation errors grow towards the highest frequencies).
     * BLS: phase-binned search with cumulative sums, as astropy's {@code method="fast"}.
     */
    FAST,
    /**
     * Lomb–Scargle: direct sums at every frequency, as astropy's {@code "cython"}/{@code "slow"}.
     * BLS: exact in-transit membership of every point on the phase grid, as astropy's {@code method="slow"}.
     */
    EXACT
}
