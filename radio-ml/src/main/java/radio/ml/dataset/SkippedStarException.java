package radio.ml.dataset;

/** A star that cannot become an example: the message is the reason written to {@code skipped.csv}. */
public final class SkippedStarException extends Exception {
    public SkippedStarException(String reason) {
        super(reason, null, false, false);
    }
}
