package radio.periodsearch;

import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import radio.lightcurve.LightCurve;
import radio.periodogram.AutoPeriod;
import radio.periodogram.Bls;
import radio.periodogram.BlsOptions;
import radio.periodogram.BlsPeak;
import radio.periodogram.BlsResult;
import radio.periodogram.BlsStats;
import radio.periodogram.PeriodGrid;

/**
 * A BLS transit search the way lightkurve users run one, from files or light curves to a
 * {@link TransitSearchResult}:
 * <ol>
 *   <li>read each file ({@link TransitSearchOptions#read()}), normalise it, or stitch several (each normalised);</li>
 *   <li>flatten (default: over three times the longest duration, at least {@link Flattening#MIN_WINDOW_DAYS});</li>
 *   <li>periodogram on lightkurve's grid: trial durations 0.05–0.33 d, periods from the longest duration plus a
 *       cadence (at least four cadences) to a third of the baseline, frequency factor 10 — each replaceable;</li>
 *   <li>search the highest peak's surroundings again on a 10 times finer grid ({@link Bls#refine});</li>
 *   <li>vetting statistics of the best model, and a warning when fewer than {@value #MIN_TRANSITS} transits have
 *       data (two dips fit many periods).</li>
 * </ol>
 * <pre>{@code
 * TransitSearchResult r = TransitSearch.runFiles(List.of(fits), TransitSearchOptions.DEFAULT);
 * double period = r.best().period();
 * }</pre>
 * Stateless and thread-safe; a search uses {@link TransitSearchOptions#threads()} threads and its numbers do not
 * depend on them.
 */
public final class TransitSearch {
    /** Fewer transits with data than this cannot establish a period. */
    public static final int MIN_TRANSITS = 3;

    private TransitSearch() {
    }

    /**
     * Searches light curves already read: one, or several of one target when {@link TransitSearchOptions#stitch()}.
     * They are normalised here (stitching normalises each), so pass them as read.
     *
     * @throws IllegalArgumentException when none is given, or several without stitching
     */
    public static TransitSearchResult run(List<LightCurve> lightCurves, TransitSearchOptions options)
            throws StitchException, EmptyPeriodRangeException, UnsearchableLightCurveException {
        List<Path> files = Preparation.sources(lightCurves);
        return search(Preparation.prepare(files, lightCurves, options, automaticWindow(options),
                options.maskedTransits()), options);
    }

    /**
     * Reads the files and searches them: one file, or several of one target when
     * {@link TransitSearchOptions#stitch()} (see {@link PeriodSearchOptions#searches} for one search per file).
     *
     * @throws IllegalArgumentException when no file is given, or several without stitching
     */
    public static TransitSearchResult runFiles(List<Path> files, TransitSearchOptions options)
            throws PeriodSearchException {
        List<LightCurve> parts = Preparation.read(files, options);
        return search(Preparation.prepare(files, parts, options, automaticWindow(options), options.maskedTransits()),
                options);
    }

    /**
     * Reads the files of one search as {@link #runFiles} does, for callers that search the light curves several
     * times (see {@link TransitSearchOptions#maskedTransits()}).
     *
     * @throws IllegalArgumentException when no file is given, or several without stitching
     */
    public static List<LightCurve> read(List<Path> files, TransitSearchOptions options)
            throws UnreadableLightCurveException {
        return Preparation.read(files, options);
    }

    /** The automatic flatten window: three times the longest duration, at least {@link Flattening#MIN_WINDOW_DAYS}. */
    public static double flattenWindowDays(List<Double> durationsDays) {
        return Math.max(Flattening.MIN_WINDOW_DAYS, 3 * TransitSearchOptions.longestDuration(durationsDays));
    }

    /** The automatic shortest period: the longest duration plus a cadence, and at least four cadences. */
    public static double minimumPeriod(List<Double> durationsDays, double cadenceDays) {
        return Math.max(4 * cadenceDays, TransitSearchOptions.longestDuration(durationsDays) + cadenceDays);
    }

    /** The automatic longest period: a third of the baseline, so that at least three transits fit. */
    public static double maximumPeriod(double baselineDays) {
        return baselineDays / 3;
    }

    /**
     * lightkurve's whole default period-grid rule for {@link Bls#autoperiod(double[], AutoPeriod)}, for callers that
     * drive {@link Bls} themselves (benchmarks, tests): {@link #minimumPeriod} to {@link #maximumPeriod}, frequency
     * factor {@link TransitSearchOptions#FREQUENCY_FACTOR}.
     */
    public static AutoPeriod lightkurveGrid(List<Double> durationsDays, double cadenceDays, double baselineDays) {
        return AutoPeriod.DEFAULT.withMinimumPeriod(minimumPeriod(durationsDays, cadenceDays))
                .withMaximumPeriod(maximumPeriod(baselineDays))
                .withFrequencyFactor(TransitSearchOptions.FREQUENCY_FACTOR);
    }

    private static double automaticWindow(TransitSearchOptions options) {
        return flattenWindowDays(options.durationsDays());
    }

    private static TransitSearchResult search(Preparation.Prepared p, TransitSearchOptions o)
            throws EmptyPeriodRangeException, UnsearchableLightCurveException {
        try {
            Bls bls = Bls.of(p.searched());
            double[] d = o.durations();
            double min = o.periods().minimumDays().orElseGet(() -> minimumPeriod(o.durationsDays(), p.cadenceDays()));
            double max = o.periods().maximumDays().orElseGet(() -> maximumPeriod(bls.baseline()));
            if (min > max) {
                throw new EmptyPeriodRangeException(p.files(), min, max, bls.baseline());
            }
            PeriodGrid grid = bls.autoperiod(d, AutoPeriod.DEFAULT.withMinimumPeriod(min).withMaximumPeriod(max)
                    .withFrequencyFactor(o.frequencyFactor()));
            BlsOptions how = BlsOptions.DEFAULT.withThreads(o.threads()).withMethod(o.method())
                    .withObjective(o.objective());
            BlsResult result = bls.refine(bls.power(grid, d, how), d, how);
            BlsPeak best = result.best();
            BlsStats stats = bls.computeStats(best);
            int transits = stats.transitsWithData();
            List<String> warnings = transits >= MIN_TRANSITS ? List.of()
                    : List.of("only " + transits + (transits == 1 ? " transit" : " transits")
                    + " in the data: the period is not established");
            TransitGrid used = new TransitGrid(grid.size(), result.size() - grid.size(), grid.minimum(),
                    grid.maximum(), o.frequencyFactor(), o.durationsDays());
            return new TransitSearchResult(p.describe(bls.size()), o.method(), o.objective(), used, best, stats,
                    warnings, o.spectrum() ? Optional.of(result) : Optional.empty());
        } catch (IllegalArgumentException | IllegalStateException | NoSuchElementException e) {
            // too few points, a grid too large, no dip at any period
            throw new UnsearchableLightCurveException(p.files(), e);
        }
    }
}
