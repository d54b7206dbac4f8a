package radio.ml.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import java.util.List;
import radio.ml.dataset.View;

/** Forward passes in evaluation mode (no dropout, batch-norm running statistics), in batches. */
final class Scoring {
    private static final int BATCH = 64;

    private Scoring() {
    }

    /** Probabilities (sigmoid of the logit) for every row of a set. */
    static float[] probabilities(Block block, NDManager manager, ExampleSet set, List<View> views) {
        float[] out = new float[set.size()];
        LightCurveBatches batches = LightCurveBatches.evaluation(set, views, BATCH);
        for (int from = 0; from < set.size(); from += BATCH) {
            int[] rows = new int[Math.min(BATCH, set.size() - from)];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = from + i;
            }
            try (NDManager sub = manager.newSubManager()) {
                NDList in = batches.inputs(sub, rows, null);
                NDArray logits = block.forward(new ParameterStore(sub, false), in, false).singletonOrThrow();
                float[] p = Activation.sigmoid(logits).reshape(-1).toFloatArray();
                System.arraycopy(p, 0, out, from, rows.length);
            }
        }
        return out;
    }
}
