package radio.archive.mast;

/** The {@code status} of an {@code invoke} answer, folded into what a client acts on. */
public enum MastStatus {
    /** The job is still running: send the identical request again. */
    EXECUTING,
    /** Final answer. */
    COMPLETE,
    /** The service refused or failed; {@code msg} says why. */
    ERROR,
    /** Anything else, including the empty string name lookups send; final when a payload came with it. */
    UNKNOWN;

    static MastStatus of(String s) {
        if (s == null) {
            return UNKNOWN;
        }
        return switch (s.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "EXECUTING" -> EXECUTING;
            case "COMPLETE" -> COMPLETE;
            case "ERROR" -> ERROR;
            default -> UNKNOWN;
        };
    }
}
