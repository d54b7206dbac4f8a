package radio.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import radio.lightcurve.LightCurve;
import radio.ml.dataset.Example;
import radio.ml.dataset.Preprocessor;
import radio.ml.dataset.SkippedStarException;
import radio.ml.model.Classifier;
import radio.ml.model.DjlRuntime;

/**
 * The probability that a light curve's star hosts a transiting planet, from a model folder made by {@code radio
 * train}: the light curve is prepared as that model's data set was (folded on radio's own BLS peak) and scored,
 * exactly as {@code radio classify} scores a star given that one file. One per task; closes the model.
 */
final class HostScore implements AutoCloseable {
    private final Classifier model;
    private final Preprocessor preparation;

    private HostScore(Classifier model) {
        this.model = model;
        this.preparation = model.card().preprocessor();
    }

    /**
     * Loads a model folder.
     *
     * @throws IOException naming what is wrong with the folder (no card, weights or trees that do not fit it)
     */
    static HostScore load(Path modelDir) throws IOException {
        // a CNN model loads PyTorch through DJL: offline, one PyTorch thread per task (a task per core already)
        DjlRuntime.prepare(Optional.empty());
        return new HostScore(Classifier.load(modelDir));
    }

    /**
     * The score of one light curve, or why it cannot be prepared (too short, no finite flux, no transit-like peak).
     *
     * @param source the object it was read from, recorded in the prepared example
     * @throws IOException when the model cannot score a prepared example (it does not fit the model's views)
     */
    Scored score(String target, LightCurve lc, String source) throws IOException {
        Example example;
        try {
            example = preparation.process(target, -1, List.of(lc), List.of(source), List.of(), Optional.empty());
        } catch (SkippedStarException e) {
            return new Scored(Double.NaN, Optional.of(e.getMessage()));
        }
        return new Scored(model.probabilities(List.of(example))[0], Optional.empty());
    }

    @Override
    public void close() {
        model.close();
    }

    /**
     * @param probability that the star hosts a transiting planet; NaN when it could not be prepared
     * @param skipped     why it could not be prepared
     */
    record Scored(double probability, Optional<String> skipped) {
    }
}
