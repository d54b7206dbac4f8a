package radio.vetting;

import java.util.Arrays;
import java.util.Objects;
import radio.lightcurve.LightCurve;

/**
 * A planet's transits put into a real light curve, for injection–recovery: the field's measure of a transit
 * search (inject planets of known period and depth, search, count how many come back at their period).
 *
 * <p>The flux is multiplied by the transit model, so the light curve's own noise, gaps and trends stay as they
 * were. The model is a box, or a limb-darkened transit of a small planet crossing the disc's centre (quadratic limb
 * darkening; the depth follows the brightness of the disc under the planet, deepest at mid-transit). {@link #depth}
 * is the mean depth over the transit for both shapes, so an SNR computed from it means the same for both.
 *
 * @param periodDays   orbital period, days
 * @param epoch        one mid-transit time, on the light curve's time axis
 * @param durationDays first to fourth contact, days
 * @param depth        mean fractional depth over the transit
 * @param shape        box or limb-darkened
 */
public record TransitInjection(double periodDays, double epoch, double durationDays, double depth, Shape shape) {
    /** The transit's profile. */
    public enum Shape {
        BOX, LIMB_DARKENED
    }

    /** Quadratic limb-darkening coefficients of a Sun-like star in the Kepler and TESS bands. */
    static final double U1 = 0.45;
    static final double U2 = 0.2;

    public TransitInjection {
        Objects.requireNonNull(shape, "shape");
        if (!(periodDays > 0) || !(durationDays > 0) || !(durationDays < periodDays) || !(depth > 0 && depth < 1)
                || !Double.isFinite(epoch)) {
            throw new IllegalArgumentException("an injected transit needs 0 < duration < period and 0 < depth < 1");
        }
    }

    /**
     * The depth that gives a transit of {@code snr} in {@code flattened} (a normalised, flattened light curve
     * without the transit): {@code snr × σ / √n}, σ the robust scatter per cadence and n the expected number of
     * cadences in transit over the light curve's finite points.
     */
    public static double depthForSnr(LightCurve flattened, double snr, double periodDays, double durationDays) {
        double[] f = Arrays.stream(flattened.flux()).filter(Double::isFinite).toArray();
        double sigma = PlanetSearch.robustStd(f);
        double inTransit = f.length * durationDays / periodDays;
        return snr * sigma / Math.sqrt(inTransit);
    }

    /** The light curve with the transits in it (flux and its error scaled by the model). */
    public LightCurve into(LightCurve lc) {
        double[] t = lc.time();
        double[] f = lc.flux();
        double[] e = lc.fluxErr();
        for (int i = 0; i < t.length; i++) {
            double m = model(t[i]);
            f[i] *= m;
            e[i] *= m;
        }
        return new LightCurve(t, f, e, lc.quality(), lc.cadenceNumber(), lc.centroidCol(), lc.centroidRow(),
                lc.timeSystem(), lc.fluxUnit(), lc.meta());
    }

    /** The relative flux of the model at {@code time}: 1 out of transit. */
    public double model(double time) {
        double x = Math.abs(Math.IEEEremainder(time - epoch, periodDays)) / (durationDays / 2);
        if (x >= 1) {
            return 1;
        }
        if (shape == Shape.BOX) {
            return 1 - depth;
        }
        double mu = Math.sqrt(1 - x * x);
        double intensity = 1 - U1 * (1 - mu) - U2 * (1 - mu) * (1 - mu);
        return 1 - depth * intensity / MEAN_INTENSITY;
    }

    /** The mean over the transit chord of the limb-darkened intensity (so that the mean depth is {@link #depth}). */
    private static final double MEAN_INTENSITY = meanIntensity();

    private static double meanIntensity() {
        int n = 100_000;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double x = (i + 0.5) / n;
            double mu = Math.sqrt(1 - x * x);
            sum += 1 - U1 * (1 - mu) - U2 * (1 - mu) * (1 - mu);
        }
        return sum / n;
    }
}
