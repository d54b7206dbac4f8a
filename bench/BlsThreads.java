import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import radio.lightcurve.LightCurve;
import radio.lightcurve.LightCurves;
import radio.periodogram.Bls;
import radio.periodogram.BlsOptions;
import radio.periodogram.PeriodGrid;
import radio.periodsearch.TransitSearch;
import radio.periodsearch.TransitSearchOptions;

/**
 * Timed main for bench/bls-threads.sh: where a short BLS search on two threads loses against one. On the Kepler Q0
 * short-cadence light curve of TrES-2 and lightkurve's grid (515 periods, a few milliseconds a search), per batch
 * of CALLS searches (each {@code Bls.of(...).power(...)} on copies of the light curve's columns taken in the call,
 * a little more than bench/periodogram.sh times): the median wall time on one thread and on two (alternating call by
 * call) and their ratio; and the median of the same call on a grid of two periods, which is about the part that does
 * not run in parallel (those copies, checking and copying the series, its median, the running sums and the bin-edge
 * index, the result's columns); and what the two cores give at the time,
 * the ceiling of any two-thread speed-up: the one-thread call on this thread and another at once, their calls per
 * second added up against one thread's alone (below 2 when the second core is shared with other work on the host).
 *
 * <p>Usage: java -cp ... BlsThreads FIXTURES_FITS_DIR CALLS BATCHES
 */
public final class BlsThreads {
    private BlsThreads() {
    }

    public static void main(String[] args) throws Exception {
        Path fits = Path.of(args[0]);
        int calls = Integer.parseInt(args[1]);
        int batches = Integer.parseInt(args[2]);
        LightCurve lc = LightCurves.read(fits.resolve("kplr011446443-2009131110544_slc.fits")).normalize()
                .removeNans();
        double[] durations = TransitSearchOptions.DURATIONS_DAYS.stream().mapToDouble(Double::doubleValue).toArray();
        Bls first = Bls.of(lc.time(), lc.flux(), lc.fluxErr());
        PeriodGrid grid = first.autoperiod(durations, TransitSearch.lightkurveGrid(
                TransitSearchOptions.DURATIONS_DAYS, lc.cadenceDays(), first.baseline()));
        double[] two = Arrays.copyOf(grid.periods(), 2);
        PeriodGrid setupOnly = PeriodGrid.of(two);
        CyclicBarrier together = new CyclicBarrier(2);
        double[] partner = new double[calls];
        Thread other = new Thread(() -> {
            try {
                for (int k = 0; k < (batches + 1) * calls; k++) {
                    together.await();
                    partner[k % calls] = millis(lc, grid, durations, 1);
                    together.await();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        other.setDaemon(true);
        other.start();
        for (int b = 0; b <= batches; b++) {
            double[] one = new double[calls];
            double[] both = new double[calls];
            double[] setup = new double[calls];
            double[] paired = new double[calls];
            for (int c = 0; c < calls; c++) {
                one[c] = millis(lc, grid, durations, 1);
                both[c] = millis(lc, grid, durations, 2);
                setup[c] = millis(lc, setupOnly, durations, 1);
                together.await();
                paired[c] = millis(lc, grid, durations, 1);
                together.await();
            }
            if (b == 0) {
                continue; // warm-up batch
            }
            double m1 = median(one);
            double m2 = median(both);
            double twoCores = m1 / median(paired) + m1 / median(partner);
            System.out.printf(Locale.ROOT, "batch %d: %d periods, median of %d calls: one thread %.3f ms, two threads "
                    + "%.3f ms, %.2f×; the same call on 2 periods %.3f ms; two cores %.2f×; load %s%n", b,
                    grid.size(), calls, m1, m2, m1 / m2, median(setup), twoCores, String.format(Locale.ROOT, "%.2f",
                            java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                                    .getSystemLoadAverage()));
        }
    }

    private static double millis(LightCurve lc, PeriodGrid grid, double[] durations, int threads) {
        long start = System.nanoTime();
        Bls.of(lc.time(), lc.flux(), lc.fluxErr()).power(grid, durations, BlsOptions.DEFAULT.withThreads(threads));
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
