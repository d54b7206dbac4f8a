package radio.ml.dataset;

/**
 * Progress of a build. Called from the building thread, in star order; must be quick and must not throw.
 */
public interface DatasetListener {
    DatasetListener NONE = new DatasetListener() {
    };

    /** The number of stars that will be processed is known. */
    default void started(int stars) {
    }

    /** One star is done: written, or skipped with a reason. */
    default void star(String target, boolean written, String reason) {
    }
}
