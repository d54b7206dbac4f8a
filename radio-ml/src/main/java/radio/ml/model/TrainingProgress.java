package radio.ml.model;

/**
 * Progress of a training run, called on the training thread; must be quick and must not throw. The command line
 * draws a progress bar from it; the library only logs.
 */
public interface TrainingProgress {
    TrainingProgress NONE = new TrainingProgress() {
    };

    /** Training starts: {@code batches} per epoch, at most {@code epochs} epochs (trees: one batch per tree). */
    default void started(int epochs, int batches) {
    }

    /** One more training batch done in the current epoch. */
    default void batch(int epoch, int done) {
    }

    /**
     * An epoch ended.
     *
     * @param loss      mean training loss of the epoch
     * @param valPrAuc  validation PR-AUC (average precision)
     * @param valRocAuc validation ROC-AUC
     * @param best      whether this epoch is the best so far (its weights are kept)
     */
    default void epoch(int epoch, double loss, double valPrAuc, double valRocAuc, boolean best) {
    }

    /**
     * Gradient boosting: {@code trees} trees so far, and the validation metrics of the ensemble they make.
     */
    default void trees(int trees, double valPrAuc, double valRocAuc) {
    }
}
