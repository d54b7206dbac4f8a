package radio.lightcurve;

import java.util.Arrays;
import java.util.Objects;

/**
 * A light curve folded on a period: each row's phase relative to the nearest epoch, sorted by phase, with the
 * flux, flux error and original time of that row. Made by {@link LightCurve#fold}. Immutable: arrays are copied
 * in and out. Thread-safe.
 *
 * @param phase      phase of each row in {@code phaseUnit}: days in (−P/2, P/2] or cycles in (−0.5, 0.5];
 *                   ascending
 * @param flux       flux, NaN for no measurement
 * @param fluxErr    flux error, NaN when unknown
 * @param time       the row's original time in {@code timeSystem} (for binned rows: the mean time of the bin)
 * @param periodDays the folding period in days
 * @param epoch      the time of phase 0, in {@code timeSystem}
 * @param phaseUnit  days or cycles
 * @param timeSystem time system of {@code time} and {@code epoch}
 * @param fluxUnit   unit of flux as in {@link LightCurve#fluxUnit()}
 * @param meta       metadata of the light curve that was folded
 */
public record FoldedLightCurve(double[] phase, double[] flux, double[] fluxErr, double[] time, double periodDays,
                               double epoch, PhaseUnit phaseUnit, TimeSystem timeSystem, String fluxUnit,
                               LightCurveMeta meta) {
    public FoldedLightCurve {
        int n = phase.length;
        phase = phase.clone();
        flux = check("flux", flux, n).clone();
        fluxErr = check("fluxErr", fluxErr, n).clone();
        time = check("time", time, n).clone();
        if (!(periodDays > 0) || Double.isInfinite(periodDays)) {
            throw new IllegalArgumentException("period must be positive and finite: " + periodDays);
        }
        if (!Double.isFinite(epoch)) {
            throw new IllegalArgumentException("epoch must be finite: " + epoch);
        }
        Objects.requireNonNull(phaseUnit, "phaseUnit");
        Objects.requireNonNull(timeSystem, "timeSystem");
        Objects.requireNonNull(fluxUnit, "fluxUnit");
        Objects.requireNonNull(meta, "meta");
        for (int i = 1; i < n; i++) {
            if (!(phase[i] >= phase[i - 1])) {
                throw new IllegalArgumentException("phase must be ascending at " + i);
            }
        }
    }

    /** Folds the rows of {@code lc}; see {@link LightCurve#fold(double, double, PhaseUnit)}. */
    static FoldedLightCurve of(LightCurve lc, double periodDays, double epoch, PhaseUnit unit) {
        if (!(periodDays > 0) || Double.isInfinite(periodDays)) {
            throw new IllegalArgumentException("period must be positive and finite: " + periodDays);
        }
        double[] t = lc.time();
        int n = t.length;
        double[] days = new double[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            double p = TransitMask.floorMod(t[i] - epoch, periodDays);
            days[i] = p > 0.5 * periodDays ? p - periodDays : p;
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(days[a], days[b]));
        double[] f = lc.flux();
        double[] e = lc.fluxErr();
        double[] ph = new double[n];
        double[] sf = new double[n];
        double[] se = new double[n];
        double[] st = new double[n];
        for (int j = 0; j < n; j++) {
            int i = order[j];
            ph[j] = unit == PhaseUnit.CYCLES ? days[i] / periodDays : days[i];
            sf[j] = f[i];
            se[j] = e[i];
            st[j] = t[i];
        }
        return new FoldedLightCurve(ph, sf, se, st, periodDays, epoch, unit, lc.timeSystem(), lc.fluxUnit(),
                lc.meta());
    }

    /** The number of rows. */
    public int size() {
        return phase.length;
    }

    @Override
    public double[] phase() {
        return phase.clone();
    }

    @Override
    public double[] flux() {
        return flux.clone();
    }

    @Override
    public double[] fluxErr() {
        return fluxErr.clone();
    }

    @Override
    public double[] time() {
        return time.clone();
    }

    /**
     * Bins along the phase axis; a width is in {@link #phaseUnit()} and bins are centred on phase 0 (the two bins
     * at ±half a period, cut by the wrap, are placed at the centre of their part inside it). Each bin's time is the
     * mean original time of its rows.
     */
    public FoldedLightCurve bin(Binning binning) {
        double origin = binning.kind() == Binning.Kind.WIDTH ? -0.5 * binning.width() : 0;
        double half = phaseUnit == PhaseUnit.CYCLES ? 0.5 : 0.5 * periodDays;
        Binner.Bins b = Binner.bin(phase, flux, fluxErr, binning, origin, -half, half);
        double[] t = new double[b.size()];
        for (int k = 0; k < t.length; k++) {
            t[k] = Binner.nanMean(time, b.start()[k], b.end()[k]);
        }
        return new FoldedLightCurve(b.position(), b.flux(), b.fluxErr(), t, periodDays, epoch, phaseUnit,
                timeSystem, fluxUnit, meta);
    }

    /** The same fold with the phase expressed in another unit. */
    public FoldedLightCurve inUnit(PhaseUnit unit) {
        if (unit == phaseUnit) {
            return this;
        }
        double factor = unit == PhaseUnit.CYCLES ? 1 / periodDays : periodDays;
        double[] p = new double[phase.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = phase[i] * factor;
        }
        return new FoldedLightCurve(p, flux, fluxErr, time, periodDays, epoch, unit, timeSystem, fluxUnit, meta);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FoldedLightCurve f && Arrays.equals(phase, f.phase) && Arrays.equals(flux, f.flux)
                && Arrays.equals(fluxErr, f.fluxErr) && Arrays.equals(time, f.time)
                && periodDays == f.periodDays && epoch == f.epoch && phaseUnit == f.phaseUnit
                && timeSystem.equals(f.timeSystem) && fluxUnit.equals(f.fluxUnit) && meta.equals(f.meta);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(phase), Arrays.hashCode(flux), periodDays, epoch, phaseUnit);
    }

    @Override
    public String toString() {
        return "FoldedLightCurve[" + meta.title() + ", " + phase.length + " rows, P = " + periodDays + " d, epoch "
                + epoch + " " + timeSystem.name() + "]";
    }

    private static double[] check(String name, double[] a, int n) {
        Objects.requireNonNull(a, name);
        if (a.length != n) {
            throw new IllegalArgumentException(name + " has " + a.length + " entries, phase has " + n);
        }
        return a;
    }
}
