package radio.periodogram;

import java.util.Locale;

/**
 * A periodogram grid whose arrays would not fit in the heap this JVM may use (its {@code -Xmx}): astropy's
 * default period grid on a long baseline, for instance, has millions of periods (its frequency step shrinks with
 * the square of the baseline). Thrown before the search starts, or instead of an {@link OutOfMemoryError} while
 * its arrays are allocated. A coarser grid fits: lightkurve's frequency factor of 10 has a tenth of the periods.
 */
public final class GridTooLargeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final long size;
    private final long bytesNeeded;
    private final long bytesAvailable;

    GridTooLargeException(String what, long size, long bytesNeeded, long bytesAvailable, Throwable cause) {
        super(String.format(Locale.ROOT, "%s over %,d grid points needs about %s of heap, more than the %s this "
                        + "JVM can give it (maximum heap %s); use a coarser grid (a larger frequency factor, as "
                        + "lightkurve's 10), a narrower period range, or a larger -Xmx", what, size,
                megabytes(bytesNeeded), megabytes(bytesAvailable), megabytes(Runtime.getRuntime().maxMemory())),
                cause);
        this.size = size;
        this.bytesNeeded = bytesNeeded;
        this.bytesAvailable = bytesAvailable;
    }

    /** Periods or frequencies in the grid. */
    public long size() {
        return size;
    }

    /** Estimated heap the search needs, in bytes. */
    public long bytesNeeded() {
        return bytesNeeded;
    }

    /** Heap there was for it, in bytes. */
    public long bytesAvailable() {
        return bytesAvailable;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,d MB", (bytes + 999_999) / 1_000_000);
    }
}
