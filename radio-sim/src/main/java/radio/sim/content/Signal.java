package radio.sim.content;

/**
 * Something a star does to its own light besides the simple transits of {@link Transit}: a limb-darkened planet
 * transit, an eclipsing binary, spots, pulsations, correlated noise. Signals multiply the relative flux (1 = the
 * star's quiescent level) and are pure functions of their parameters and the time grid, so a file renders to the
 * same bytes every time.
 */
public sealed interface Signal permits LimbDarkenedTransit, EclipsingBinary, Spots, Pulsations, RedNoise {
    /**
     * Multiplies {@code relativeFlux[i]} by this signal's effect at {@code time[i]} (days, in the file's time
     * system; the times are the regular cadence grid, including the cadences a data gap later blanks).
     */
    void apply(double[] time, double[] relativeFlux);
}
