import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import radio.lightcurve.LightCurve;
import radio.lightcurve.LightCurves;
import radio.periodogram.Bls;
import radio.periodogram.BlsOptions;
import radio.periodogram.BlsResult;
import radio.periodogram.Method;
import radio.periodogram.PeriodGrid;
import radio.periodsearch.TransitSearch;
import radio.periodsearch.TransitSearchOptions;

/**
 * Timed main for bench/bls-kepler90.sh: radio's fast BLS alone, on one thread, on the Kepler-90 Q3–Q5 stitch and
 * every STRIDE-th period of lightkurve's grid (the sparse case of bench/periodogram.sh, without astropy), for
 * comparing two builds of the BLS code. Prints per round the CPU seconds of the calling thread, the best period and
 * a checksum of the power, depth and transit-time columns: two builds whose checksums are equal found the same bins.
 *
 * <p>Usage: java -cp ... BlsKepler90 FIXTURES_FITS_DIR ROUNDS STRIDE
 */
public final class BlsKepler90 {
    private BlsKepler90() {
    }

    public static void main(String[] args) throws Exception {
        Path fits = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        int stride = Integer.parseInt(args[2]);
        LightCurve lc = LightCurves.stitch(List.of(
                LightCurves.read(fits.resolve("kplr011442793-2009350155506_llc.fits")),
                LightCurves.read(fits.resolve("kplr011442793-2010009091648_llc.fits")),
                LightCurves.read(fits.resolve("kplr011442793-2010174085026_llc.fits")))).removeNans();
        double[] durations = TransitSearchOptions.DURATIONS_DAYS.stream().mapToDouble(Double::doubleValue).toArray();
        Bls bls = Bls.of(lc.time(), lc.flux(), lc.fluxErr());
        double[] all = bls.autoperiod(durations, TransitSearch.lightkurveGrid(TransitSearchOptions.DURATIONS_DAYS,
                lc.cadenceDays(), bls.baseline())).periods();
        double[] some = new double[(all.length + stride - 1) / stride];
        for (int i = 0; i < some.length; i++) {
            some[i] = all[i * stride];
        }
        PeriodGrid grid = PeriodGrid.of(some);
        BlsOptions oneThread = BlsOptions.DEFAULT.withThreads(1).withMethod(Method.FAST);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int r = 1; r <= rounds; r++) {
            long start = threads.getCurrentThreadCpuTime();
            BlsResult result = bls.power(grid, durations, oneThread);
            double cpu = (threads.getCurrentThreadCpuTime() - start) / 1e9;
            double checksum = Arrays.stream(result.power()).sum() + Arrays.stream(result.depth()).sum()
                    + Arrays.stream(result.transitTime()).sum();
            System.out.printf(Locale.ROOT, "round %d: %d periods, %.3f CPU s, best %.6f d, checksum %.17g%n", r,
                    some.length, cpu, result.best().period(), checksum);
        }
    }
}
