/**
 * Periodograms of unevenly sampled time series: Lomb–Scargle ({@link radio.periodogram.LombScargle}) for
 * sinusoidal signals and Box Least Squares ({@link radio.periodogram.Bls}) for transits.
 *
 * <p>Both follow the semantics of astropy's {@code LombScargle} and {@code BoxLeastSquares}
 * (astropy 5.2): the same defaults, the same automatic grids and the same result fields, so numbers can be
 * compared one to one. Each offers a fast approximate method and an exact reference method
 * ({@link radio.periodogram.Method}). Inputs are plain arrays: times in days (any origin, e.g. BTJD or
 * BKJD), values (e.g. normalised flux) and optional 1-sigma errors in the units of the values. Results keep
 * those units: periods and durations in days, transit times on the input's time axis, depths in value units
 * (ppm only when the CLI says so).
 *
 * <p>Every type here is immutable and thread-safe. Computations may use several threads; results never
 * depend on the number of threads.
 */
package radio.periodogram;
