package radio.ml.model;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.types.Shape;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import radio.ml.dataset.Example;
import radio.ml.dataset.Scalars;
import radio.ml.dataset.View;

/**
 * A trained model loaded from its folder, scoring examples: the probability that each star hosts a transiting
 * planet. The {@link ModelCard} decides the model (a network and its weights, or boosted trees) and the input
 * lengths; examples with other views are refused with a message naming the view. Thread-safe for
 * {@link #probabilities} calls one at a time; close when done.
 */
public final class Classifier implements AutoCloseable {
    /** The two kinds of model behind a card. */
    private interface Scorer extends AutoCloseable {
        float[] probabilities(ExampleSet set);

        @Override
        void close();
    }

    private final ModelCard card;
    private final Scorer scorer;

    private Classifier(ModelCard card, Scorer scorer) {
        this.card = card;
        this.scorer = scorer;
    }

    /**
     * Loads a model folder.
     *
     * @throws ModelException when the folder has no card, or not the file its architecture needs (weights or
     *                        trees), or that file does not fit the card
     */
    public static Classifier load(Path modelDir) throws IOException {
        ModelCard card = ModelCard.read(modelDir);
        return new Classifier(card, card.architecture().network() ? network(modelDir, card) : trees(modelDir, card));
    }

    private static Scorer network(Path modelDir, ModelCard card) throws ModelException {
        if (!Files.isRegularFile(modelDir.resolve(ModelCard.WEIGHTS))) {
            throw new ModelException(modelDir + " has a model card for a " + card.architecture().key()
                    + " network but no weights (" + ModelCard.WEIGHTS + ")" + otherFiles(modelDir));
        }
        Model model = Model.newInstance(ModelCard.NAME, ai.djl.engine.Engine.getEngine("PyTorch").defaultDevice(),
                "PyTorch");
        try {
            model.setBlock(Networks.build(card.architecture(), card.width()));
            Shape[] shapes = card.architecture().inputs().stream().map(v -> new Shape(1, card.lengths().get(v)))
                    .toArray(Shape[]::new);
            model.getBlock().initialize(model.getNDManager(), ai.djl.ndarray.types.DataType.FLOAT32, shapes);
            model.load(modelDir, ModelCard.NAME, ModelCard.WEIGHTS_OPTIONS);
        } catch (MalformedModelException | IOException | RuntimeException e) {
            model.close();
            throw new ModelException("the weights in " + modelDir + " do not fit a " + card.architecture().key()
                    + " network of width " + card.width() + ": " + e.getMessage(), e);
        }
        List<View> views = card.architecture().inputs();
        return new Scorer() {
            @Override
            public float[] probabilities(ExampleSet set) {
                return Scoring.probabilities(model.getBlock(), model.getNDManager(), set, views);
            }

            @Override
            public void close() {
                model.close();
            }
        };
    }

    private static Scorer trees(Path modelDir, ModelCard card) throws ModelException {
        Path file = modelDir.resolve(ModelCard.TREES);
        if (!Files.isRegularFile(file)) {
            throw new ModelException(modelDir + " has a model card for gradient-boosted trees but no "
                    + ModelCard.TREES + otherFiles(modelDir));
        }
        if (card.lengths().get(View.SCALARS) != Scalars.NAMES.size()) {
            throw new ModelException(modelDir + ": the trees read " + card.lengths().get(View.SCALARS)
                    + " scalars, radio makes " + Scalars.NAMES.size());
        }
        BoostedTrees trees;
        try {
            JsonNode json = ModelCard.JSON.readTree(file.toFile());
            trees = BoostedTrees.fromJson(json, Scalars.NAMES);
        } catch (IOException | IllegalArgumentException e) {
            throw new ModelException(file + " is not a radio gradient-boosting model: " + e.getMessage(), e);
        }
        return new Scorer() {
            @Override
            public float[] probabilities(ExampleSet set) {
                return trees.probabilities(set.inputs().get(0));
            }

            @Override
            public void close() {
            }
        };
    }

    /** When the folder holds the other kind of model file: a hint that the card was edited or mixed up. */
    private static String otherFiles(Path modelDir) {
        if (Files.isRegularFile(modelDir.resolve(ModelCard.WEIGHTS))) {
            return "; it holds a network's weights: a card of another architecture?";
        }
        if (Files.isRegularFile(modelDir.resolve(ModelCard.TREES))) {
            return "; it holds gradient-boosted trees: a card of another architecture?";
        }
        return "";
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
        ExampleSet set = ExampleSet.of(examples, card.architecture().inputs(), card.lengths());
        return scorer.probabilities(set);
    }

    @Override
    public void close() {
        scorer.close();
    }
}
