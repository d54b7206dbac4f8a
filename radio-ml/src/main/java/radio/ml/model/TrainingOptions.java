package radio.ml.model;

import java.util.Objects;

/**
 * Hyper-parameters of a training run; all are recorded in the model card.
 *
 * @param architecture  the network
 * @param epochs        most passes over the training set
 * @param batchSize     examples per batch (half positives, half negatives when {@code balanced})
 * @param learningRate  Adam's learning rate (spacekit used 1e-5 over hundreds of epochs; radio's default 1e-3
 *                      converges in tens)
 * @param seed          seeds weights, batches and augmentation: same data + same seed → same model on CPU
 * @param patience      epochs without a better validation PR-AUC before training stops
 * @param balanced      balanced batches (spacekit); otherwise plain shuffled batches
 * @param width         multiplies every convolution's filter count and AstroNet's dense units (1 = the papers')
 * @param overwrite     whether an existing, non-empty model folder may be written into
 */
public record TrainingOptions(Architecture architecture, int epochs, int batchSize, float learningRate, long seed,
                              int patience, boolean balanced, double width, boolean overwrite) {
    public static final TrainingOptions DEFAULT = new TrainingOptions(Architecture.ASTRONET, 40, 32, 1e-3f, 42, 8,
            true, 1.0, false);

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
            throw new IllegalArgumentException("patience must be at least 1: " + patience);
        }
        if (!(width > 0) || width > 8) {
            throw new IllegalArgumentException("width must be in (0, 8]: " + width);
        }
    }

    public TrainingOptions withArchitecture(Architecture a) {
        return new TrainingOptions(a, epochs, batchSize, learningRate, seed, patience, balanced, width, overwrite);
    }

    public TrainingOptions withEpochs(int n) {
        return new TrainingOptions(architecture, n, batchSize, learningRate, seed, patience, balanced, width, overwrite);
    }

    public TrainingOptions withBatchSize(int n) {
        return new TrainingOptions(architecture, epochs, n, learningRate, seed, patience, balanced, width, overwrite);
    }

    public TrainingOptions withLearningRate(float lr) {
        return new TrainingOptions(architecture, epochs, batchSize, lr, seed, patience, balanced, width, overwrite);
    }

    public TrainingOptions withSeed(long s) {
        return new TrainingOptions(architecture, epochs, batchSize, learningRate, s, patience, balanced, width,
                overwrite);
    }

    public TrainingOptions withPatience(int n) {
        return new TrainingOptions(architecture, epochs, batchSize, learningRate, seed, n, balanced, width, overwrite);
    }

    public TrainingOptions withWidth(double w) {
        return new TrainingOptions(architecture, epochs, batchSize, learningRate, seed, patience, balanced, w,
                overwrite);
    }

    public TrainingOptions withOverwrite(boolean o) {
        return new TrainingOptions(architecture, epochs, batchSize, learningRate, seed, patience, balanced, width, o);
    }
}
