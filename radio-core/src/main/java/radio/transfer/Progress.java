package radio.transfer;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * An immutable snapshot of how far one file's transfer has come.
 *
 * @param bytes bytes of the file now on disk (a resumed transfer starts above zero)
 * @param total the file's size, when known (unknown until the response headers arrive, if no size was given)
 */
public record Progress(long bytes, OptionalLong total) {
    public Progress {
        if (bytes < 0) {
            throw new IllegalArgumentException("bytes is negative: " + bytes);
        }
        Objects.requireNonNull(total, "total");
    }

    /** Fraction done in [0, 1], when the total is known and non-zero. */
    public OptionalDouble ratio() {
        if (total.isEmpty() || total.getAsLong() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.min(1.0, (double) bytes / total.getAsLong()));
    }
}
