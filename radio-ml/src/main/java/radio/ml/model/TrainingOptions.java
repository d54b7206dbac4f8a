package radio.ml.model;

import java.util.Objects;

/**
 * Hyper-parameters of a training run; all that apply to the architecture are recorded in the model card.
 *
 * @param architecture  the model
 * @param epochs        networks: most passes over the training set
 * @param batchSize     networks: examples per batch (half positives, half negatives when {@code balanced})
 * @param learningRate  networks: Adam's learning rate (spacekit used 1e-5 over hundreds of epochs; radio's default
 *                      1e-3 converges in tens); gradient boosting: the shrinkage of each tree (default 0.05)
 * @param seed          seeds weights, batches, augmentation and the trees' subsamples: same data + same seed → same
 *                      model on CPU
 * @param patience      networks: epochs without a better validation PR-AUC before training stops
 * @param balanced      networks: balanced batches (spacekit), otherwise plain shuffled batches; gradient boosting:
 *                      both classes weigh the same in the loss
 * @param width         networks: multiplies every convolution's filter count and AstroNet's dense units (1 = the
 *                      papers')
 * @param trees         gradient boosting: boosting rounds
 * @param depth         gradient boosting: most splits from a tree's root to a leaf
 * @param subsample     gradient boosting: share of the training stars each tree is fitted on, in (0, 1]
 * @param overwrite     whether an existing, non-empty model folder may be written into
 */
public record TrainingOptions(Architecture architecture, int epochs, int batchSize, float learningRate, long seed,
                              int patience, boolean balanced, double width, int trees, int depth, double subsample,
                              boolean overwrite) {
    /** The default architecture with its defaults (see docs/benchmarks.md, part (c), for why it is the default). */
    public static final TrainingOptions DEFAULT = defaults(Architecture.DEFAULT);

    public TrainingOptions {
        Objects.requireNonNull(architecture, "architecture");
        if (epochs < 1) {
            throw new IllegalArgumentException("--epochs must be at least 1: " + epochs);
        }
        if (batchSize < 2) {
            throw new IllegalArgumentException("--batch-size must be at least 2: " + batchSize);
        }
        if (!(learningRate > 0) || Float.isInfinite(learningRate)) {
            throw new IllegalArgumentException("--lr must be positive: " + learningRate);
        }
        if (patience < 1) {
            throw new IllegalArgumentException("--patience must be at least 1: " + patience);
        }
        if (!(width > 0) || width > 8) {
            throw new IllegalArgumentException("--width must be in (0, 8]: " + width);
        }
        if (trees < 1 || trees > 100_000) {
            throw new IllegalArgumentException("--trees must be in [1, 100000]: " + trees);
        }
        if (depth < 1 || depth > 16) {
            throw new IllegalArgumentException("--depth must be in [1, 16]: " + depth);
        }
        if (!(subsample > 0) || subsample > 1) {
            throw new IllegalArgumentException("--subsample must be in (0, 1]: " + subsample);
        }
    }

    /**
     * The defaults of an architecture: networks 40 epochs, batches of 32, Adam at 1e-3, patience 8, full width;
     * gradient boosting 200 trees of depth 3, shrinkage 0.05, subsample 0.8 (Friedman's stochastic boosting). Seed
     * 42, balanced classes, no overwriting.
     */
    public static TrainingOptions defaults(Architecture a) {
        float lr = a == Architecture.GBM ? 0.05f : 1e-3f;
        return new TrainingOptions(a, 40, 32, lr, 42, 8, true, 1.0, 200, 3, 0.8, false);
    }

    public TrainingOptions withEpochs(int n) {
        return new TrainingOptions(architecture, n, batchSize, learningRate, seed, patience, balanced, width, trees,
                depth, subsample, overwrite);
    }

    public TrainingOptions withBatchSize(int n) {
        return new TrainingOptions(architecture, epochs, n, learningRate, seed, patience, balanced, width, trees,
                depth, subsample, overwrite);
    }

    public TrainingOptions withLearningRate(float lr) {
        return new TrainingOptions(architecture, epochs, batchSize, lr, seed, patience, balanced, width, trees,
                depth, subsample, overwrite);
    }

    public TrainingOptions withSeed(long s) {
        return new TrainingOptions(architecture, epochs, batchSize, learningRate, s, patience, balanced, width, trees,
                depth, subsample, overwrite);
    }

    public TrainingOptions withPatience(int n) {
        return new TrainingOptions(architecture, epochs, batchSize, learningRate, seed, n, balanced, width, trees,
                depth, subsample, overwrite);
    }

    public TrainingOptions withWidth(double w) {
        return new TrainingOptions(architecture, epochs, batchSize, learningRate, seed, patience, balanced, w, trees,
                depth, subsample, overwrite);
    }

    public TrainingOptions withTrees(int n, int maxDepth, double share) {
        return new TrainingOptions(architecture, epochs, batchSize, learningRate, seed, patience, balanced, width, n,
                maxDepth, share, overwrite);
    }

    public TrainingOptions withOverwrite(boolean o) {
        return new TrainingOptions(architecture, epochs, batchSize, learningRate, seed, patience, balanced, width,
                trees, depth, subsample, o);
    }
}
