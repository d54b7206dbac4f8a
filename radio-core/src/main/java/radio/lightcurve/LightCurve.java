package radio.lightcurve;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A light curve: one row per cadence, with time, flux, flux error, quality word, cadence number and centroid.
 *
 * <p><b>Time</b> is in days since the reference date of {@link #timeSystem()} (BKJD for Kepler/K2, BTJD for TESS;
 * barycentric, TDB), mid-cadence, finite and non-decreasing. <b>Flux</b> and <b>flux error</b> are in
 * {@link #fluxUnit()} ({@code e-/s} as read from pipeline files, empty text for a dimensionless, normalised flux);
 * <b>NaN flux means no measurement</b> for that cadence, NaN flux error means the error is unknown (K2SFF gives
 * none). <b>Quality</b> is the mission's bit word (0 = no known issue; see {@link QualityFlag}); <b>cadence
 * number</b> is the spacecraft's running counter. <b>Centroid</b> column and row are the flux-weighted centroid in
 * CCD pixels ({@code MOM_CENTR1}, {@code MOM_CENTR2}), NaN when the file has none.
 *
 * <p>All arrays have the same length ({@link #size()}). The value is immutable: arrays are copied in the
 * constructor and every accessor returns a copy, so callers may change what they get. Operations such as
 * {@link #normalize()} or {@link #mask(QualityMask)} return new light curves. Thread-safe.
 *
 * @param time          days since {@link TimeSystem#referenceJd()}, finite, non-decreasing
 * @param flux          flux per cadence, NaN for no measurement
 * @param fluxErr       1-sigma flux uncertainty, same unit as flux, NaN when unknown
 * @param quality       quality bit word per cadence
 * @param cadenceNumber spacecraft cadence counter (for binned light curves: of the first cadence in the bin)
 * @param centroidCol   flux-weighted centroid, CCD column, pixels; NaN when unknown
 * @param centroidRow   flux-weighted centroid, CCD row, pixels; NaN when unknown
 * @param timeSystem    reference date and scale of {@code time}
 * @param fluxUnit      unit of flux and error as text ({@code e-/s}); empty text when dimensionless
 * @param meta          mission, target, observing period, FITS headers…
 */
public record LightCurve(double[] time, double[] flux, double[] fluxErr, int[] quality, int[] cadenceNumber,
                         double[] centroidCol, double[] centroidRow, TimeSystem timeSystem, String fluxUnit,
                         LightCurveMeta meta) {

    public LightCurve {
        Objects.requireNonNull(time, "time");
        int n = time.length;
        time = time.clone();
        flux = sameLength("flux", flux, n).clone();
        fluxErr = sameLength("fluxErr", fluxErr, n).clone();
        quality = sameLength("quality", quality, n).clone();
        cadenceNumber = sameLength("cadenceNumber", cadenceNumber, n).clone();
        centroidCol = sameLength("centroidCol", centroidCol, n).clone();
        centroidRow = sameLength("centroidRow", centroidRow, n).clone();
        Objects.requireNonNull(timeSystem, "timeSystem");
        Objects.requireNonNull(fluxUnit, "fluxUnit");
        Objects.requireNonNull(meta, "meta");
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(time[i])) {
                throw new IllegalArgumentException("time[" + i + "] is not finite: " + time[i]);
            }
            if (i > 0 && time[i] < time[i - 1]) {
                throw new IllegalArgumentException("time must not decrease: time[" + (i - 1) + "] = " + time[i - 1]
                        + " > time[" + i + "] = " + time[i]);
            }
        }
    }

    /**
     * A light curve built in memory from time, flux and flux error: quality 0, cadence numbers 0..n-1, no centroid.
     * Handy for synthetic data and tests.
     */
    public static LightCurve of(double[] time, double[] flux, double[] fluxErr, TimeSystem timeSystem,
                                String fluxUnit, LightCurveMeta meta) {
        int n = time.length;
        int[] cadence = new int[n];
        Arrays.setAll(cadence, i -> i);
        double[] nan = new double[n];
        Arrays.fill(nan, Double.NaN);
        return new LightCurve(time, flux, fluxErr, new int[n], cadence, nan, nan, timeSystem, fluxUnit, meta);
    }

    /** The number of cadences (rows). */
    public int size() {
        return time.length;
    }

    /** The time of cadence {@code i}, without copying the array. */
    public double timeAt(int i) {
        return time[i];
    }

    /** The flux of cadence {@code i}, without copying the array. */
    public double fluxAt(int i) {
        return flux[i];
    }

    /** The flux error of cadence {@code i}, without copying the array. */
    public double fluxErrAt(int i) {
        return fluxErr[i];
    }

    /** The quality word of cadence {@code i}, without copying the array. */
    public int qualityAt(int i) {
        return quality[i];
    }

    @Override
    public double[] time() {
        return time.clone();
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
    public int[] quality() {
        return quality.clone();
    }

    @Override
    public int[] cadenceNumber() {
        return cadenceNumber.clone();
    }

    @Override
    public double[] centroidCol() {
        return centroidCol.clone();
    }

    @Override
    public double[] centroidRow() {
        return centroidRow.clone();
    }

    /** Whether any cadence has a centroid. */
    public boolean hasCentroids() {
        for (int i = 0; i < time.length; i++) {
            if (!Double.isNaN(centroidCol[i]) || !Double.isNaN(centroidRow[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * The time between cadences in days: the file's {@code TIMEDEL} when known, else the median spacing of the times.
     *
     * @throws IllegalArgumentException with fewer than two cadences and no {@code TIMEDEL}
     */
    public double cadenceDays() {
        if (meta.cadenceDays().isPresent()) {
            return meta.cadenceDays().getAsDouble();
        }
        if (time.length < 2) {
            throw new IllegalArgumentException(meta.objectName() + " has fewer than two cadences");
        }
        double[] dt = new double[time.length - 1];
        for (int i = 1; i < time.length; i++) {
            dt[i - 1] = time[i] - time[i - 1];
        }
        return Stats.median(dt, dt.length);
    }

    /** Whether the flux is dimensionless (normalised, or a product such as K2SFF that stores relative flux). */
    public boolean isNormalized() {
        return fluxUnit.isEmpty();
    }

    /** The rows where {@code keep[i]} is true, in order. */
    public LightCurve select(boolean[] keep) {
        if (keep.length != time.length) {
            throw new IllegalArgumentException("keep has " + keep.length + " entries for " + time.length + " rows");
        }
        int n = 0;
        for (boolean k : keep) {
            if (k) {
                n++;
            }
        }
        int[] rows = new int[n];
        for (int i = 0, j = 0; i < keep.length; i++) {
            if (keep[i]) {
                rows[j++] = i;
            }
        }
        return rows(rows);
    }

    /** The given rows (ascending indices), sharing metadata. */
    LightCurve rows(int[] rows) {
        return gather(rows, time, flux, fluxErr, quality, cadenceNumber, centroidCol, centroidRow, timeSystem,
                fluxUnit, meta);
    }

    /**
     * A light curve made of the given rows of column arrays, in the given order (which must give finite,
     * non-decreasing times); used to select, reorder and read rows without copying whole columns twice.
     */
    static LightCurve gather(int[] rows, double[] time, double[] flux, double[] fluxErr, int[] quality,
                             int[] cadenceNumber, double[] centroidCol, double[] centroidRow, TimeSystem timeSystem,
                             String fluxUnit, LightCurveMeta meta) {
        int n = rows.length;
        double[] t = new double[n];
        double[] f = new double[n];
        double[] e = new double[n];
        int[] q = new int[n];
        int[] c = new int[n];
        double[] cc = new double[n];
        double[] cr = new double[n];
        for (int j = 0; j < n; j++) {
            int i = rows[j];
            t[j] = time[i];
            f[j] = flux[i];
            e[j] = fluxErr[i];
            q[j] = quality[i];
            c[j] = cadenceNumber[i];
            cc[j] = centroidCol[i];
            cr[j] = centroidRow[i];
        }
        return new LightCurve(t, f, e, q, c, cc, cr, timeSystem, fluxUnit, meta);
    }

    /** The same rows with another flux, flux error and unit. */
    LightCurve withFlux(double[] newFlux, double[] newFluxErr, String newFluxUnit) {
        return new LightCurve(time, newFlux, newFluxErr, quality, cadenceNumber, centroidCol, centroidRow,
                timeSystem, newFluxUnit, meta);
    }

    /** The same rows with other metadata. */
    public LightCurve withMeta(LightCurveMeta newMeta) {
        return new LightCurve(time, flux, fluxErr, quality, cadenceNumber, centroidCol, centroidRow, timeSystem,
                fluxUnit, newMeta);
    }

    /**
     * Drops the rows whose quality word has a bit of {@code mask} set for this light curve's mission, like
     * lightkurve's {@code quality_bitmask}.
     *
     * @throws IllegalStateException if the mission is unknown, the mask is a preset other than {@code none} and
     *                               some row has a non-zero quality (the bits' meaning is then unknown)
     */
    public LightCurve mask(QualityMask mask) {
        int bits;
        if (meta.mission().isPresent()) {
            bits = mask.bits(meta.mission().get());
        } else if (mask.keplerBits() == mask.tessBits()) {
            bits = mask.keplerBits();
        } else {
            for (int q : quality) {
                if (q != 0) {
                    throw new IllegalStateException("cannot apply the '" + mask.name()
                            + "' quality mask: the mission of " + meta.objectName() + " is unknown");
                }
            }
            bits = 0;
        }
        boolean[] keep = new boolean[time.length];
        for (int i = 0; i < keep.length; i++) {
            keep[i] = (quality[i] & bits) == 0;
        }
        return select(keep);
    }

    /** Drops the rows whose flux is NaN (lightkurve's {@code remove_nans}). */
    public LightCurve removeNans() {
        boolean[] keep = new boolean[time.length];
        for (int i = 0; i < keep.length; i++) {
            keep[i] = !Double.isNaN(flux[i]);
        }
        return select(keep);
    }

    /**
     * Divides flux and flux error by the median of the finite fluxes, giving a dimensionless flux around 1
     * (lightkurve's {@code normalize}).
     *
     * @throws IllegalStateException if there is no finite flux or the median is not positive
     */
    public LightCurve normalize() {
        double median = Stats.nanMedian(flux);
        if (!(median > 0) || Double.isInfinite(median)) {
            throw new IllegalStateException("cannot normalize " + meta.objectName() + ": the median flux is " + median);
        }
        double[] f = new double[flux.length];
        double[] e = new double[flux.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = flux[i] / median;
            e[i] = fluxErr[i] / median;
        }
        return withFlux(f, e, "");
    }

    /**
     * Drops outliers: rows whose flux lies more than 5 standard deviations from the median, clipped iteratively
     * (lightkurve's {@code remove_outliers()} default); rows with NaN flux go too, as in lightkurve.
     */
    public LightCurve removeOutliers() {
        return removeOutliers(SigmaClip.of(5));
    }

    /** Drops the rows whose flux {@code clip} calls an outlier (NaN fluxes included). */
    public LightCurve removeOutliers(SigmaClip clip) {
        boolean[] out = clip.outliers(flux);
        boolean[] keep = new boolean[out.length];
        for (int i = 0; i < keep.length; i++) {
            keep[i] = !out[i];
        }
        return select(keep);
    }

    /** Flattens with lightkurve's defaults ({@link Flatten#DEFAULT}); the result is dimensionless, around 1. */
    public LightCurve flatten() {
        return flatten(Flatten.DEFAULT);
    }

    /** Divides the flux by a Savitzky–Golay trend; see {@link Flatten}. */
    public LightCurve flatten(Flatten how) {
        return how.apply(this).flattened();
    }

    /** Folds on a period (days) and epoch (time of phase 0, in this light curve's time system); phase in days. */
    public FoldedLightCurve fold(double periodDays, double epoch) {
        return fold(periodDays, epoch, PhaseUnit.DAYS);
    }

    /** Folds on a period (days) and epoch, with the phase in days or cycles. */
    public FoldedLightCurve fold(double periodDays, double epoch, PhaseUnit unit) {
        return FoldedLightCurve.of(this, periodDays, epoch, unit);
    }

    /**
     * Bins in time; see {@link Binning}. Each bin keeps the OR of its rows' quality words, the cadence number of
     * its first row and the mean of its centroids.
     */
    public LightCurve bin(Binning binning) {
        double origin = time.length == 0 ? 0 : time[0];
        Binner.Bins b = Binner.bin(time, flux, fluxErr, binning, origin, Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY);
        int n = b.size();
        int[] q = new int[n];
        int[] c = new int[n];
        double[] cc = new double[n];
        double[] cr = new double[n];
        for (int k = 0; k < n; k++) {
            int from = b.start()[k];
            int to = b.end()[k];
            for (int r = from; r < to; r++) {
                q[k] |= quality[r];
            }
            c[k] = cadenceNumber[from];
            cc[k] = Binner.nanMean(centroidCol, from, to);
            cr[k] = Binner.nanMean(centroidRow, from, to);
        }
        return new LightCurve(b.position(), b.flux(), b.fluxErr(), q, c, cc, cr, timeSystem, fluxUnit, meta);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LightCurve lc
                && Arrays.equals(time, lc.time) && Arrays.equals(flux, lc.flux) && Arrays.equals(fluxErr, lc.fluxErr)
                && Arrays.equals(quality, lc.quality) && Arrays.equals(cadenceNumber, lc.cadenceNumber)
                && Arrays.equals(centroidCol, lc.centroidCol) && Arrays.equals(centroidRow, lc.centroidRow)
                && timeSystem.equals(lc.timeSystem) && fluxUnit.equals(lc.fluxUnit) && meta.equals(lc.meta);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(time), Arrays.hashCode(flux), timeSystem, fluxUnit, meta);
    }

    /** A summary, not the data: {@code LightCurve[TIC 25155310 · TESS Sector 1, 18104 rows, 1325.30–1353.18 BTJD]}. */
    @Override
    public String toString() {
        String span = time.length == 0 ? "empty"
                : String.format(Locale.ROOT, "%.2f–%.2f %s", time[0], time[time.length - 1],
                        timeSystem.name());
        return "LightCurve[" + meta.title() + ", " + time.length + " rows, " + span + "]";
    }

    private static <A> A sameLength(String name, A array, int n) {
        Objects.requireNonNull(array, name);
        int len = java.lang.reflect.Array.getLength(array);
        if (len != n) {
            throw new IllegalArgumentException(name + " has " + len + " entries, time has " + n);
        }
        return array;
    }
}
