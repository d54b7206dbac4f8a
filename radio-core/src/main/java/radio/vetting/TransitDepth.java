package radio.vetting;

import radio.periodogram.DepthEstimate;

/**
 * The depth of one transit of a candidate, measured against the mean flux out of every transit.
 *
 * @param number  the transit's number counted from the candidate's epoch (0 at the epoch, negative before)
 * @param time    its mid-time, on the light curve's time axis
 * @param depth   its depth and 1-sigma error, fraction of the flux; (0, +∞) without points
 * @param points  cadences inside it
 */
public record TransitDepth(long number, double time, DepthEstimate depth, int points) {
}
