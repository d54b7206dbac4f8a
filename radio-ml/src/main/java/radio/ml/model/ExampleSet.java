package radio.ml.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import radio.ml.dataset.Example;
import radio.ml.dataset.View;

/**
 * Examples as network inputs: per input view, one row per example; plus targets and labels.
 *
 * @param targets star names, in row order
 * @param labels  1, 0, or -1 when unknown
 * @param inputs  per input view (in the architecture's order), rows of equal length
 */
public record ExampleSet(List<String> targets, int[] labels, List<float[][]> inputs) {
    public ExampleSet {
        targets = List.copyOf(targets);
        Objects.requireNonNull(labels, "labels");
        inputs = List.copyOf(inputs);
    }

    public int size() {
        return targets.size();
    }

    /**
     * The rows of {@code examples} with the given views, checked against the expected lengths.
     *
     * @throws ModelException naming the star and view when a view is missing or has another length
     */
    public static ExampleSet of(List<Example> examples, List<View> views, Map<View, Integer> lengths)
            throws ModelException {
        List<String> targets = new ArrayList<>();
        int[] labels = new int[examples.size()];
        List<float[][]> inputs = new ArrayList<>();
        for (View v : views) {
            inputs.add(new float[examples.size()][]);
        }
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            targets.add(e.target());
            labels[i] = e.label();
            for (int k = 0; k < views.size(); k++) {
                View v = views.get(k);
                float[] x = e.view(v).orElseThrow(() -> new ModelException(e.target() + " has no " + v.key()
                        + " view; build the data set with --views including " + v.key()));
                Integer expected = lengths.get(v);
                if (expected != null && x.length != expected) {
                    throw new ModelException("the " + v.key() + " view of " + e.target() + " has " + x.length
                            + " points, the model expects " + expected + " (a model trained on views of another "
                            + "length; rebuild the data set with the model's lengths)");
                }
                inputs.get(k)[i] = x;
            }
        }
        return new ExampleSet(targets, labels, inputs);
    }

    /** Positive and negative counts. */
    int positives() {
        int n = 0;
        for (int l : labels) {
            n += l == 1 ? 1 : 0;
        }
        return n;
    }
}
