package radio.periodsearch;

import java.util.List;
import java.util.Objects;
import radio.lightcurve.NanFlux;
import radio.lightcurve.ReadOptions;
import radio.lightcurve.TransitMask;
import radio.periodogram.Method;
import radio.periodogram.Objective;

/**
 * How {@link TransitSearch} searches; {@link #DEFAULT} is what lightkurve users run
 * ({@code lc.remove_nans().normalize().flatten().to_periodogram("bls")}).
 *
 * @param read            how files are read; default PDCSAP flux, the default quality mask, NaN-flux rows dropped
 * @param stitch          several light curves are one target's, searched as one (each normalised first)
 * @param flattening      default on, over three times the longest duration (at least a day)
 * @param durationsDays   trial transit durations, days, each positive; the longest must be shorter than any given
 *                        period limit
 * @param periods         period range; default lightkurve's (longest duration plus a cadence to a third of the
 *                        baseline)
 * @param frequencyFactor frequency step factor of the period grid (step = factor × shortest duration /
 *                        baseline²); larger is coarser and faster; lightkurve's is 10
 * @param objective       what BLS maximises: log-likelihood (default) or depth SNR
 * @param method          {@link Method#FAST} (default) or the exact reference
 * @param threads         0 (default) for one per processor
 * @param spectrum        keep the whole periodogram in the result (default off)
 * @param maskedTransits  transits already found (default none): their cadences are left out before flattening and
 *                        searching, so the search finds the next strongest signal (as TLS and the Kepler pipeline
 *                        search again for further planets)
 */
public record TransitSearchOptions(ReadOptions read, boolean stitch, Flattening flattening, List<Double> durationsDays,
                                   PeriodRange periods, double frequencyFactor, Objective objective, Method method,
                                   int threads, boolean spectrum, List<TransitMask> maskedTransits)
        implements PeriodSearchOptions {
    /** lightkurve's trial durations, days. */
    public static final List<Double> DURATIONS_DAYS = List.of(0.05, 0.10, 0.15, 0.20, 0.25, 0.33);
    /** lightkurve's frequency factor for BLS period grids. */
    public static final double FREQUENCY_FACTOR = 10;
    /** lightkurve's read followed by {@code remove_nans()}. */
    public static final ReadOptions READ = ReadOptions.DEFAULT.withNanFlux(NanFlux.DROP);
    public static final TransitSearchOptions DEFAULT = new TransitSearchOptions(READ, false, Flattening.AUTOMATIC,
            DURATIONS_DAYS, PeriodRange.AUTOMATIC, FREQUENCY_FACTOR, Objective.LIKELIHOOD, Method.FAST, 0, false,
            List.of());

    public TransitSearchOptions {
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(flattening, "flattening");
        durationsDays = List.copyOf(durationsDays);
        Objects.requireNonNull(periods, "periods");
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(method, "method");
        if (durationsDays.isEmpty()) {
            throw new IllegalArgumentException("a transit search needs at least one duration");
        }
        for (double d : durationsDays) {
            if (!(d > 0 && Double.isFinite(d))) {
                throw new IllegalArgumentException("each duration must be a positive number of days, got " + d);
            }
        }
        double longest = longestDuration(durationsDays);
        periods.minimumDays().ifPresent(p -> requireLonger(longest, "minimum", p));
        periods.maximumDays().ifPresent(p -> requireLonger(longest, "maximum", p));
        if (!(frequencyFactor > 0 && Double.isFinite(frequencyFactor))) {
            throw new IllegalArgumentException("the frequency factor must be a positive number, got " + frequencyFactor);
        }
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (all processors) or more, got " + threads);
        }
        maskedTransits = List.copyOf(maskedTransits);
    }

    /** Options without masked transits. */
    public TransitSearchOptions(ReadOptions read, boolean stitch, Flattening flattening, List<Double> durationsDays,
                                PeriodRange periods, double frequencyFactor, Objective objective, Method method,
                                int threads, boolean spectrum) {
        this(read, stitch, flattening, durationsDays, periods, frequencyFactor, objective, method, threads, spectrum,
                List.of());
    }

    /** The trial durations as the periodogram takes them. */
    double[] durations() {
        return durationsDays.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static double longestDuration(List<Double> durationsDays) {
        return durationsDays.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }

    private static void requireLonger(double longest, String which, double period) {
        if (!(longest < period)) {
            throw new IllegalArgumentException("the longest duration " + longest + " d must be shorter than the "
                    + which + " period " + period + " d");
        }
    }

    public TransitSearchOptions withRead(ReadOptions value) {
        return new TransitSearchOptions(value, stitch, flattening, durationsDays, periods, frequencyFactor, objective,
                method, threads, spectrum, maskedTransits);
    }

    public TransitSearchOptions withStitch(boolean value) {
        return new TransitSearchOptions(read, value, flattening, durationsDays, periods, frequencyFactor, objective,
                method, threads, spectrum, maskedTransits);
    }

    public TransitSearchOptions withFlattening(Flattening value) {
        return new TransitSearchOptions(read, stitch, value, durationsDays, periods, frequencyFactor, objective,
                method, threads, spectrum, maskedTransits);
    }

    public TransitSearchOptions withDurationsDays(List<Double> value) {
        return new TransitSearchOptions(read, stitch, flattening, value, periods, frequencyFactor, objective, method,
                threads, spectrum, maskedTransits);
    }

    public TransitSearchOptions withPeriods(PeriodRange value) {
        return new TransitSearchOptions(read, stitch, flattening, durationsDays, value, frequencyFactor, objective,
                method, threads, spectrum, maskedTransits);
    }

    public TransitSearchOptions withFrequencyFactor(double value) {
        return new TransitSearchOptions(read, stitch, flattening, durationsDays, periods, value, objective, method,
                threads, spectrum, maskedTransits);
    }

    public TransitSearchOptions withObjective(Objective value) {
        return new TransitSearchOptions(read, stitch, flattening, durationsDays, periods, frequencyFactor, value,
                method, threads, spectrum, maskedTransits);
    }

    public TransitSearchOptions withMethod(Method value) {
        return new TransitSearchOptions(read, stitch, flattening, durationsDays, periods, frequencyFactor, objective,
                value, threads, spectrum, maskedTransits);
    }

    public TransitSearchOptions withThreads(int value) {
        return new TransitSearchOptions(read, stitch, flattening, durationsDays, periods, frequencyFactor, objective,
                method, value, spectrum, maskedTransits);
    }

    public TransitSearchOptions withSpectrum(boolean value) {
        return new TransitSearchOptions(read, stitch, flattening, durationsDays, periods, frequencyFactor, objective,
                method, threads, value, maskedTransits);
    }

    public TransitSearchOptions withMaskedTransits(List<TransitMask> value) {
        return new TransitSearchOptions(read, stitch, flattening, durationsDays, periods, frequencyFactor, objective,
                method, threads, spectrum, value);
    }
}
