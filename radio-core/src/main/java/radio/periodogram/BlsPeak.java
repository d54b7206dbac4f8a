package radio.periodogram;

/**
 * The BLS model at one trial period, usually the highest peak of a {@link BlsResult}.
 *
 * @param period        days
 * @param duration      transit duration in days (for {@link Method#FAST} a whole number of phase bins)
 * @param epoch         mid-transit time of a reference transit, on the input's time axis (days)
 * @param depth         transit depth in the units of the values (fraction of the flux for normalised flux)
 * @param depthErr      1-sigma uncertainty of the depth, same units
 * @param snr           depth / depthErr
 * @param power         the objective at this period (log-likelihood or SNR)
 * @param logLikelihood log-likelihood of the box model relative to a constant
 */
public record BlsPeak(double period, double duration, double epoch, double depth, double depthErr, double snr,
                      double power, double logLikelihood) {
}
