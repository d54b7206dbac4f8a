package radio.ml.model;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import radio.ml.dataset.Example;
import radio.ml.dataset.View;

/**
 * A trained model loaded from its folder, scoring examples: the probability that each star hosts a transiting
 * planet. The {@link ModelCard} decides the network and the input lengths; examples with other views are refused
 * with a message naming the view. Thread-safe for {@link #probabilities} calls one at a time; close when done.
 */
public final class Classifier implements AutoCloseable {
    private final ModelCard card;
    private final Model model;

    private Classifier(ModelCard card, Model model) {
        this.card = card;
        this.model = model;
    }

    /**
     * Loads a model folder.
     *
     * @throws ModelException when the folder has no card or weights, or the weights do not fit the card's network
     */
    public static Classifier load(Path modelDir) throws IOException {
        ModelCard card = ModelCard.read(modelDir);
        if (!Files.isRegularFile(modelDir.resolve(ModelCard.WEIGHTS))) {
            throw new ModelException(modelDir + " has a model card but no weights (" + ModelCard.WEIGHTS + ")");
        }
        Model model = Model.newInstance(ModelCard.NAME, ai.djl.engine.Engine.getEngine("PyTorch").defaultDevice(),
                "PyTorch");
        try {
            model.setBlock(Networks.build(card.architecture(), card.width()));
            Shape[] shapes = card.architecture().inputs().stream().map(v -> new Shape(1, card.lengths().get(v)))
                    .toArray(Shape[]::new);
            model.getBlock().initialize(model.getNDManager(), ai.djl.ndarray.types.DataType.FLOAT32, shapes);
            model.load(modelDir, ModelCard.NAME, ModelCard.WEIGHTS_OPTIONS);
        } catch (MalformedModelException | RuntimeException e) {
            model.close();
            throw new ModelException("the weights in " + modelDir + " do not fit a " + card.architecture().key()
                    + " network of width " + card.width() + ": " + e.getMessage(), e);
        }
        return new Classifier(card, model);
    }

    public ModelCard card() {
        return card;
    }

    /** The views a data set or classification must provide. */
    public Set<View> views() {
        return EnumSet.copyOf(card.architecture().inputs());
    }

    /** The probability of each example, in order. */
    public float[] probabilities(List<Example> examples) throws ModelException {
        List<View> views = card.architecture().inputs();
        ExampleSet set = ExampleSet.of(examples, views, card.lengths());
        return Scoring.probabilities(model.getBlock(), model.getNDManager(), set, views);
    }

    @Override
    public void close() {
        model.close();
    }
}
