package radio.lightcurve;

import java.util.Arrays;

/**
 * Groups sorted positions into bins per a {@link Binning} and aggregates flux and error; shared by light curves
 * (position = time) and folded light curves (position = phase). Positions must be ascending.
 */
final class Binner {
    /** The bins: centre position, flux, error, and the input rows [start, end) of each. */
    record Bins(double[] position, double[] flux, double[] fluxErr, int[] start, int[] end) {
        int size() {
            return position.length;
        }
    }

    private Binner() {
    }

    /**
     * Bins ascending {@code x} with fluxes {@code y} and errors {@code e}.
     *
     * @param origin for width bins: a position where a bin edge lies (bins are laid from there)
     * @param lo     lowest possible position: a width bin reaching below it is centred on its part above
     * @param hi     highest possible position, likewise
     */
    static Bins bin(double[] x, double[] y, double[] e, Binning binning, double origin, double lo, double hi) {
        int n = x.length;
        double[] pos = new double[n];
        double[] flux = new double[n];
        double[] err = new double[n];
        int[] start = new int[n];
        int[] end = new int[n];
        double[] work = new double[n];
        int bins = 0;
        int i = 0;
        while (i < n) {
            int j;
            double centre;
            if (binning.kind() == Binning.Kind.WIDTH) {
                double w = binning.width();
                long k = (long) Math.floor((x[i] - origin) / w);
                double left = origin + k * w;
                double right = origin + (k + 1) * w;
                j = i + 1;
                while (j < n && x[j] < right) {
                    j++;
                }
                centre = 0.5 * (Math.max(left, lo) + Math.min(right, hi));
            } else {
                j = Math.min(n, i + binning.pointsPerBin());
                double sum = 0;
                for (int r = i; r < j; r++) {
                    sum += x[r];
                }
                centre = sum / (j - i);
            }
            int m = 0;
            double sum = 0;
            double var = 0;
            for (int r = i; r < j; r++) {
                if (Double.isFinite(y[r])) {
                    work[m++] = y[r];
                    sum += y[r];
                    var += e[r] * e[r];
                }
            }
            if (m > 0) {
                double se = Math.sqrt(var) / m;
                if (binning.aggregate() == Binning.Aggregate.MEDIAN) {
                    flux[bins] = Stats.median(work, m);
                    err[bins] = Math.sqrt(Math.PI / 2) * se;
                } else {
                    flux[bins] = sum / m;
                    err[bins] = se;
                }
                pos[bins] = centre;
                start[bins] = i;
                end[bins] = j;
                bins++;
            }
            i = j;
        }
        return new Bins(Arrays.copyOf(pos, bins), Arrays.copyOf(flux, bins), Arrays.copyOf(err, bins),
                Arrays.copyOf(start, bins), Arrays.copyOf(end, bins));
    }

    /** Mean of the finite values in {@code v[from, to)}; NaN if none. */
    static double nanMean(double[] v, int from, int to) {
        double sum = 0;
        int m = 0;
        for (int r = from; r < to; r++) {
            if (!Double.isNaN(v[r])) {
                sum += v[r];
                m++;
            }
        }
        return m == 0 ? Double.NaN : sum / m;
    }
}
