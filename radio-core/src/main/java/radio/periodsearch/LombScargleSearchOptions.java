package radio.periodsearch;

import java.util.Objects;
import radio.lightcurve.ReadOptions;
import radio.periodogram.Method;

/**
 * How {@link LombScargleSearch} searches; {@link #DEFAULT} is astropy's automatic grid on the normalised light curve,
 * not flattened.
 *
 * @param read       how files are read; default PDCSAP flux, the default quality mask, NaN-flux rows dropped
 * @param stitch     several light curves are one target's, searched as one (each normalised first)
 * @param flattening default off; when on, the automatic window is {@link Flattening#MIN_WINDOW_DAYS}
 * @param periods    period range; default from two cadences (the Nyquist frequency) to astropy's automatic longest
 * @param method     {@link Method#FAST} (default) or the exact reference
 * @param threads    0 (default) for one per processor (the exact method; the fast one uses its FFT's pool)
 * @param spectrum   keep the whole periodogram in the result (default off)
 */
public record LombScargleSearchOptions(ReadOptions read, boolean stitch, Flattening flattening, PeriodRange periods,
                                       Method method, int threads, boolean spectrum) implements PeriodSearchOptions {
    public static final LombScargleSearchOptions DEFAULT = new LombScargleSearchOptions(TransitSearchOptions.READ,
            false, Flattening.OFF, PeriodRange.AUTOMATIC, Method.FAST, 0, false);

    public LombScargleSearchOptions {
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(flattening, "flattening");
        Objects.requireNonNull(periods, "periods");
        Objects.requireNonNull(method, "method");
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (all processors) or more, got " + threads);
        }
    }

    public LombScargleSearchOptions withRead(ReadOptions value) {
        return new LombScargleSearchOptions(value, stitch, flattening, periods, method, threads, spectrum);
    }

    public LombScargleSearchOptions withStitch(boolean value) {
        return new LombScargleSearchOptions(read, value, flattening, periods, method, threads, spectrum);
    }

    public LombScargleSearchOptions withFlattening(Flattening value) {
        return new LombScargleSearchOptions(read, stitch, value, periods, method, threads, spectrum);
    }

    public LombScargleSearchOptions withPeriods(PeriodRange value) {
        return new LombScargleSearchOptions(read, stitch, flattening, value, method, threads, spectrum);
    }

    public LombScargleSearchOptions withMethod(Method value) {
        return new LombScargleSearchOptions(read, stitch, flattening, periods, value, threads, spectrum);
    }

    public LombScargleSearchOptions withThreads(int value) {
        return new LombScargleSearchOptions(read, stitch, flattening, periods, method, value, spectrum);
    }

    public LombScargleSearchOptions withSpectrum(boolean value) {
        return new LombScargleSearchOptions(read, stitch, flattening, periods, method, threads, value);
    }
}
