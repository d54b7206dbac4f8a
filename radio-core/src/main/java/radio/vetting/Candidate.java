package radio.vetting;

import java.util.List;
import java.util.Objects;
import radio.periodogram.DepthEstimate;

/**
 * One transit candidate of a {@link PlanetSearch}, measured on the light curve flattened with its own transits
 * masked (so the trend does not eat into them) and without the cadences of earlier candidates' transits. Depths are
 * fractions of the normalised flux, times on the light curve's time axis ({@code epoch}) or in full BJD.
 *
 * @param number          1 for the strongest signal, 2 for the strongest once its transits were masked, ...
 * @param periodDays      orbital period, days
 * @param epoch           mid-time of one transit, on the light curve's time axis (BKJD, BTJD…)
 * @param epochBjd        the same in full BJD (TDB)
 * @param durationDays    the search's transit duration, days
 * @param depth           depth ± 1σ of the box model
 * @param snr             depth over its error: what the search stops on
 * @param transits        transits with data
 * @param oddDepth        depth of the odd-numbered transits (an eclipsing binary at half its period alternates
 *                        primary and secondary eclipses)
 * @param evenDepth       depth of the even-numbered transits
 * @param oddEvenSigma    |odd − even| over the combined error (with 5 % of the depth added for sampling); NaN
 *                        when odd or even transits have no data
 * @param secondaryDepth  depth half a period after the transits (a secondary eclipse), same duration
 * @param secondarySigma  the secondary depth over its error (negative: brighter there); NaN without data there
 * @param shape           the transit's shape (flat bottom or V)
 * @param largestTransitShare the share of the signal (log-likelihood) carried by its strongest transit: near 1
 *                        when one event (or a systematic) makes the whole signal; NaN when undefined
 * @param harmonicDeltaLogLikelihood log-likelihood of the best sinusoid at the period minus the box's: positive when
 *                        a sinusoid (stellar variability) fits better
 * @param perTransit      the depth of each transit, in time order
 * @param verdict         what it most likely is, and why
 */
public record Candidate(int number, double periodDays, double epoch, double epochBjd, double durationDays,
                        DepthEstimate depth, double snr, int transits, DepthEstimate oddDepth,
                        DepthEstimate evenDepth, double oddEvenSigma, DepthEstimate secondaryDepth,
                        double secondarySigma, TransitShape shape, double largestTransitShare,
                        double harmonicDeltaLogLikelihood, List<TransitDepth> perTransit, Verdict verdict) {
    public Candidate {
        if (number < 1) {
            throw new IllegalArgumentException("candidates are numbered from 1, got " + number);
        }
        Objects.requireNonNull(depth, "depth");
        Objects.requireNonNull(oddDepth, "oddDepth");
        Objects.requireNonNull(evenDepth, "evenDepth");
        Objects.requireNonNull(secondaryDepth, "secondaryDepth");
        Objects.requireNonNull(shape, "shape");
        perTransit = List.copyOf(perTransit);
        Objects.requireNonNull(verdict, "verdict");
    }

    /** Whether the period lies within {@code tolerance} (a fraction: 0.01 = 1 %) of {@code periodDays}. */
    public boolean matchesPeriod(double otherPeriodDays, double tolerance) {
        return Math.abs(periodDays - otherPeriodDays) <= tolerance * otherPeriodDays;
    }

    /** The same candidate with another verdict (judged by other rules, say). */
    public Candidate withVerdict(Verdict value) {
        return new Candidate(number, periodDays, epoch, epochBjd, durationDays, depth, snr, transits, oddDepth,
                evenDepth, oddEvenSigma, secondaryDepth, secondarySigma, shape, largestTransitShare,
                harmonicDeltaLogLikelihood, perTransit, value);
    }
}
