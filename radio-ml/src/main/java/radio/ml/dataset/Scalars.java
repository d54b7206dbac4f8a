package radio.ml.dataset;

import java.util.List;
import radio.periodogram.BlsStats;
import radio.periodogram.DepthEstimate;

/**
 * The {@link View#SCALARS} view: vetting numbers of the box model at the star's ephemeris, computed on the
 * flattened light curve (astropy's {@code compute_stats}), in this order:
 * <ol>
 *   <li>{@code bls_snr}: transit depth over its error;</li>
 *   <li>{@code depth_ppm}: transit depth, parts per million;</li>
 *   <li>{@code duration_over_period}: the duty cycle;</li>
 *   <li>{@code odd_even_sigma}: |odd − even depth| in units of their combined error (eclipsing binaries at
 *       half their period);</li>
 *   <li>{@code secondary_depth_ppm}: depth half a period after the transit (a secondary eclipse);</li>
 *   <li>{@code secondary_sigma}: that depth over its error;</li>
 *   <li>{@code log10_period_days}.</li>
 * </ol>
 */
public final class Scalars {
    /** Column names, in vector order. */
    public static final List<String> NAMES = List.of("bls_snr", "depth_ppm", "duration_over_period",
            "odd_even_sigma", "secondary_depth_ppm", "secondary_sigma", "log10_period_days");

    private Scalars() {
    }

    static double[] of(BlsStats s, double periodDays, double durationDays) {
        DepthEstimate d = s.depth();
        DepthEstimate odd = s.depthOdd();
        DepthEstimate even = s.depthEven();
        DepthEstimate secondary = s.depthPhased();
        double oddEvenError = Math.hypot(odd.error(), even.error());
        return new double[] {
            ratio(d.depth(), d.error()),
            d.depth() * 1e6,
            durationDays / periodDays,
            Double.isFinite(oddEvenError) && oddEvenError > 0 ? Math.abs(odd.depth() - even.depth()) / oddEvenError : 0,
            secondary.depth() * 1e6,
            ratio(secondary.depth(), secondary.error()),
            Math.log10(periodDays)
        };
    }

    private static double ratio(double value, double error) {
        return Double.isFinite(error) && error > 0 ? value / error : 0;
    }
}
