/**
 * From a light curve to vetted planet candidates: {@link radio.vetting.PlanetSearch} runs the BLS transit search,
 * masks the transits it found and searches again for further planets (as TLS and the Kepler pipeline do), until
 * the strongest remaining signal is too weak or enough candidates were found; each candidate is measured again on
 * the light curve flattened around its own transits (depth, odd and even depths, secondary eclipse, per-transit
 * depths, transit shape) and judged by {@link radio.vetting.VettingRules}: {@code likely planet},
 * {@code likely eclipsing binary: odd/even differ by 5.2σ}, {@code too few transits}, ...
 *
 * <p>Sits above {@link radio.periodsearch} (the search) and {@link radio.periodogram} (the statistics); knows
 * nothing of files' origins, plots or the archive. Results are immutable records; nothing here prints or logs.
 */
package radio.vetting;
