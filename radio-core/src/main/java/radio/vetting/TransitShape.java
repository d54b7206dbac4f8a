package radio.vetting;

/**
 * The shape of a transit, from a trapezoid fitted to the folded light curve: a planet crossing its star's disc
 * has a flat bottom between second and third contact; a grazing eclipse (often an eclipsing binary, sometimes a
 * grazing planet) is V-shaped.
 *
 * @param totalDurationDays  best-fitting first-to-fourth-contact duration, days
 * @param flatFraction       best-fitting flat-bottom duration over the total (0 = V, 1 = box); NaN when not fitted
 * @param vShapeSigma        how strongly the data rule out a flat bottom of at least {@link #FLAT} of the transit:
 *                           the square root of the χ² difference between the best such trapezoid and the best of
 *                           all; 0 when the best fit has one; NaN when not fitted
 */
public record TransitShape(double totalDurationDays, double flatFraction, double vShapeSigma) {
    /** The flat-bottom fraction a transit across the disc has at least (limb darkening rounds it off). */
    public static final double FLAT = 0.3;
    /** No shape measured (too few points in and around the transit). */
    public static final TransitShape UNKNOWN = new TransitShape(Double.NaN, Double.NaN, Double.NaN);

    /** Whether a shape was measured. */
    public boolean measured() {
        return !Double.isNaN(flatFraction);
    }

    /**
     * Fits trapezoids centred on the epoch to the points near the transit: total durations from half to three times
     * {@code durationDays} (a search's durations stop short of the longest transits), flat fractions 0 to 1,
     * baseline and depth by weighted least squares for each.
     *
     * @param phaseDays   each point's time from the nearest mid-transit, days
     * @param flux        normalised flux
     * @param weight      inverse variances
     * @param durationDays the search's duration
     */
    static TransitShape fit(double[] phaseDays, double[] flux, double[] weight, double durationDays) {
        int n = 0;
        double window = 3 * durationDays;
        int inside = 0;
        for (double p : phaseDays) {
            if (Math.abs(p) < window) {
                n++;
                if (Math.abs(p) < durationDays / 2) {
                    inside++;
                }
            }
        }
        if (inside < 10 || n < inside + 10) {
            return UNKNOWN;
        }
        double[] x = new double[n];
        double[] y = new double[n];
        double[] w = new double[n];
        for (int i = 0, j = 0; i < phaseDays.length; i++) {
            if (Math.abs(phaseDays[i]) < window) {
                x[j] = Math.abs(phaseDays[i]);
                y[j] = flux[i];
                w[j++] = weight[i];
            }
        }
        double bestAll = Double.POSITIVE_INFINITY;
        double bestFlat = Double.POSITIVE_INFINITY;
        double bestTotal = Double.NaN;
        double bestFraction = Double.NaN;
        for (int d = 0; d <= 24; d++) {
            double total = durationDays * 0.5 * Math.pow(6, d / 24.0); // half to three times, evenly in log
            for (int f = 0; f <= 20; f++) {
                double fraction = f / 20.0;
                double chi2 = chi2(x, y, w, total, fraction);
                if (chi2 < bestAll) {
                    bestAll = chi2;
                    bestTotal = total;
                    bestFraction = fraction;
                }
                if (fraction >= FLAT) {
                    bestFlat = Math.min(bestFlat, chi2);
                }
            }
        }
        if (!Double.isFinite(bestAll)) {
            return UNKNOWN;
        }
        return new TransitShape(bestTotal, bestFraction, Math.sqrt(Math.max(0, bestFlat - bestAll)));
    }

    /** χ² of the best baseline and depth for one trapezoid (infinite when the depth would not be positive). */
    private static double chi2(double[] x, double[] y, double[] w, double total, double fraction) {
        double half = total / 2;
        double flat = fraction * half;
        // model y = a - b s(x), s = 1 on the flat bottom, falling linearly to 0 at first/fourth contact
        double sw = 0;
        double ss = 0;
        double sss = 0;
        double sy = 0;
        double ssy = 0;
        for (int i = 0; i < x.length; i++) {
            double s = x[i] <= flat ? 1 : x[i] >= half ? 0 : (half - x[i]) / (half - flat);
            sw += w[i];
            ss += w[i] * s;
            sss += w[i] * s * s;
            sy += w[i] * y[i];
            ssy += w[i] * s * y[i];
        }
        double det = sw * sss - ss * ss;
        if (!(det > 0)) {
            return Double.POSITIVE_INFINITY;
        }
        double a = (sss * sy - ss * ssy) / det;
        double b = (ss * sy - sw * ssy) / det;
        if (!(b > 0)) {
            return Double.POSITIVE_INFINITY;
        }
        double chi2 = 0;
        for (int i = 0; i < x.length; i++) {
            double s = x[i] <= flat ? 1 : x[i] >= half ? 0 : (half - x[i]) / (half - flat);
            double r = y[i] - (a - b * s);
            chi2 += w[i] * r * r;
        }
        return chi2;
    }
}
