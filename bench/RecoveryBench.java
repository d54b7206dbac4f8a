import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import radio.lightcurve.LightCurve;
import radio.periodsearch.TransitSearch;
import radio.periodsearch.TransitGrid;
import radio.vetting.Candidate;
import radio.vetting.PlanetSearch;
import radio.vetting.PlanetSearchOptions;
import radio.vetting.PlanetSearchResult;
import radio.vetting.TransitInjection;

/**
 * radio's side of bench/recovery.sh: injects planets (box and limb-darkened, alternately) over a grid of SNR and
 * period into real fixture light curves, runs radio's hunt search (PlanetSearch, default options: up to 3
 * candidates, down to SNR 7) on each, and writes every injected light curve (normalised time, flux, error as read)
 * with its truth, radio's grid and radio's answer for the astropy side to search the same data.
 *
 * <p>Usage: java RecoveryBench FITS_DIR OUT_DIR
 */
public final class RecoveryBench {
    private static final String[] FILES = {
        "tess2018206045859-s0001-0000000025155310-0120-s_lc.fits",
        "tess2018206045859-s0001-0000000038846515-0120-s_lc.fits",
        "tess2018234235059-s0002-0000000402026209-0121-s_lc.fits",
        "kplr011442793-2010174085026_llc.fits"};
    private static final double[] SNRS = {5, 7, 9, 12, 15, 20, 30};
    private static final double[] PERIODS = {0.93, 1.71, 2.87, 4.36, 6.1, 8.3};

    public static void main(String[] args) throws Exception {
        Path fits = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path data = Files.createDirectories(out.resolve("cases"));
        PlanetSearchOptions options = PlanetSearchOptions.DEFAULT;
        SplittableRandom random = new SplittableRandom(2026);
        long t0 = System.nanoTime();
        try (PrintWriter cases = new PrintWriter(Files.newBufferedWriter(out.resolve("cases.csv")))) {
            cases.println("case,file,snr,period,epoch,duration,depth,shape,min_period,max_period,frequency_factor,"
                    + "radio_found,radio_periods,radio_seconds");
            int n = 0;
            for (String name : FILES) {
                LightCurve lc = TransitSearch.read(List.of(fits.resolve(name)), options.search()).get(0);
                LightCurve flat = lc.normalize().flatten();
                double span = lc.timeAt(lc.size() - 1) - lc.timeAt(0);
                // the grid of the hunt's first search: the same for every injection into this light curve
                TransitGrid grid = TransitSearch.run(List.of(lc),
                        PlanetSearch.withLongestPeriod(options.search().withStitch(true), List.of(lc))).grid();
                for (double snr : SNRS) {
                    for (double period : PERIODS) {
                        if (period > span / 3) {
                            continue;
                        }
                        double duration = 0.05 + 0.05 * random.nextDouble() * Math.cbrt(period);
                        double epoch = lc.timeAt(0) + random.nextDouble() * period;
                        TransitInjection planet = new TransitInjection(period, epoch, duration,
                                TransitInjection.depthForSnr(flat, snr, period, duration),
                                n % 2 == 0 ? TransitInjection.Shape.BOX : TransitInjection.Shape.LIMB_DARKENED);
                        LightCurve injected = planet.into(lc);
                        long s0 = System.nanoTime();
                        PlanetSearchResult r = PlanetSearch.run(List.of(injected), options);
                        double seconds = (System.nanoTime() - s0) / 1e9;
                        boolean found = r.candidates().stream().anyMatch(c -> c.matchesPeriod(period, 0.01));
                        double min = grid.minimumPeriodDays();
                        double max = grid.maximumPeriodDays();
                        write(data.resolve(n + ".csv"), injected.normalize());
                        List<String> periods = new ArrayList<>();
                        for (Candidate c : r.candidates()) {
                            periods.add(String.format(Locale.ROOT, "%.5f", c.periodDays()));
                        }
                        cases.println(String.format(Locale.ROOT, "%d,%s,%s,%s,%.6f,%.5f,%.8f,%s,%.6f,%.6f,%s,%s,%s,%.2f",
                                n, name, snr, period, epoch, duration, planet.depth(), planet.shape(), min, max,
                                options.search().frequencyFactor(), found, String.join(" ", periods), seconds));
                        cases.flush();
                        System.err.printf("case %d %s SNR %.0f P %.2f: %s%n", n, name, snr, period,
                                found ? "recovered" : "missed " + periods);
                        n++;
                    }
                }
            }
        }
        System.err.printf("radio: %.1f s in all%n", (System.nanoTime() - t0) / 1e9);
    }

    private static void write(Path file, LightCurve lc) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file))) {
            double[] t = lc.time();
            double[] f = lc.flux();
            double[] e = lc.fluxErr();
            for (int i = 0; i < t.length; i++) {
                if (Double.isFinite(f[i])) {
                    w.println(String.format(Locale.ROOT, "%.7f,%.8g,%.6g", t[i], f[i], e[i]));
                }
            }
        }
    }
}
