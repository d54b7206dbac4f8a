package radio.ml.model;

import java.util.List;
import java.util.Locale;
import radio.ml.dataset.View;

/**
 * The models radio trains.
 * <ul>
 *   <li>{@link #GBM}: gradient-boosted regression trees ({@link BoostedTrees}) on the {@link View#SCALARS}, the
 *       non-deep baseline of issue 17; the default while it beats the networks on held-out stars and on stars of
 *       another simulator (docs/benchmarks.md, machine learning, part (c)).</li>
 *   <li>{@link #SPACEKIT}: spacekit's {@code BuilderCNN2D} on the {@link View#FLUX} view (the Kaggle exoTrain
 *       input): four Conv1D layers of 8, 16, 32, 64 filters with kernel 11, each followed by max-pooling (size 2,
 *       stride 4) and, for the first three, batch normalisation; then dropout 0.5, dense 64, dropout 0.25, dense
 *       64 and one output.</li>
 *   <li>{@link #ASTRONET}: AstroNet (Shallue &amp; Vanderburg 2018) on the {@link View#GLOBAL} and
 *       {@link View#LOCAL} views: a global tower of five blocks (two Conv1D of kernel 5 with 16·2ⁱ filters, max-pool
 *       5 stride 2), a local tower of two blocks (16, 32 filters, max-pool 7 stride 2), joined with the
 *       {@link View#SCALARS} (odd/even and secondary-eclipse statistics, as ExoMiner adds) by four dense layers
 *       of 512 units.</li>
 * </ul>
 * The output is one logit; the probability is its sigmoid.
 */
public enum Architecture {
    GBM(List.of(View.SCALARS)),
    SPACEKIT(List.of(View.FLUX)),
    ASTRONET(List.of(View.GLOBAL, View.LOCAL, View.SCALARS));

    /** What {@code radio train} trains unless told otherwise. */
    public static final Architecture DEFAULT = GBM;

    private final List<View> inputs;

    Architecture(List<View> inputs) {
        this.inputs = inputs;
    }

    /** Whether it is a neural network (DJL), rather than trees. */
    public boolean network() {
        return this != GBM;
    }

    /** The views the model reads, in input order. */
    public List<View> inputs() {
        return inputs;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code gbm}, {@code spacekit} or {@code astronet}. */
    public static Architecture of(String key) {
        for (Architecture a : values()) {
            if (a.key().equals(key.trim().toLowerCase(Locale.ROOT))) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown architecture '" + key + "'; choose gbm, astronet or spacekit");
    }
}
