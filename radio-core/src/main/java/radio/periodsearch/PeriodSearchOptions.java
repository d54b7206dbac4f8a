package radio.periodsearch;

import java.nio.file.Path;
import java.util.List;
import radio.lightcurve.ReadOptions;
import radio.periodogram.Method;

/**
 * What the two searches, {@link TransitSearchOptions} and {@link LombScargleSearchOptions}, have in common: how files
 * are read and combined, the flattening, the period range, the method, the threads and whether the whole
 * periodogram is kept.
 */
public sealed interface PeriodSearchOptions permits TransitSearchOptions, LombScargleSearchOptions {
    /** How each file is read (flux column, quality mask, rows with NaN flux). */
    ReadOptions read();

    /** Whether several files are one target's light curves, searched together (see {@link #searches}). */
    boolean stitch();

    Flattening flattening();

    PeriodRange periods();

    /** Fast (default) or exact (reference, slow). */
    Method method();

    /** Threads for the search, 0 for one per processor; results do not depend on it. */
    int threads();

    /** Whether the result keeps the whole periodogram ({@code spectrum()}), e.g. to plot it. */
    boolean spectrum();

    /**
     * The files each search reads, in order: every file on its own, or all of them together when stitching. Does
     * no I/O; duplicates are kept as given.
     */
    default List<List<Path>> searches(List<Path> files) {
        return stitch() ? List.of(List.copyOf(files)) : files.stream().map(List::of).toList();
    }
}
