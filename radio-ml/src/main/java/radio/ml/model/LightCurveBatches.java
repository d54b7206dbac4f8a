package radio.ml.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.dataset.Batch;
import ai.djl.training.dataset.Dataset;
import ai.djl.translate.Batchifier;
import ai.djl.util.Progress;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import radio.ml.dataset.View;

/**
 * A DJL {@link Dataset} over an {@link ExampleSet}. For training, each pass ({@link #getData}) is a new epoch of
 * {@code size / batchSize} batches drawn from a seeded generator: balanced (half positives, half negatives, the
 * minority repeated, as spacekit's batch generator) or plain shuffled, with augmentation (the {@code flux} view
 * rolled by a random offset, as spacekit; the folded views mirrored in phase half of the time, as AstroNet). For
 * evaluation, the examples in order, unchanged. The same seed gives the same batches.
 */
final class LightCurveBatches implements Dataset {
    private final ExampleSet set;
    private final List<View> views;
    private final int batchSize;
    private final boolean training;
    private final boolean balanced;
    private final long seed;
    private int epoch;

    private LightCurveBatches(ExampleSet set, List<View> views, int batchSize, boolean training, boolean balanced,
                              long seed) {
        this.set = set;
        this.views = List.copyOf(views);
        this.batchSize = batchSize;
        this.training = training;
        this.balanced = balanced;
        this.seed = seed;
    }

    static LightCurveBatches training(ExampleSet set, List<View> views, int batchSize, boolean balanced, long seed) {
        return new LightCurveBatches(set, views, batchSize, true, balanced, seed);
    }

    static LightCurveBatches evaluation(ExampleSet set, List<View> views, int batchSize) {
        return new LightCurveBatches(set, views, batchSize, false, false, 0);
    }

    /** Batches per pass. */
    int batches() {
        return training ? Math.max(1, set.size() / batchSize) : (set.size() + batchSize - 1) / batchSize;
    }

    @Override
    public Iterable<Batch> getData(NDManager manager) {
        List<int[]> plan = training ? trainingPlan(new SplittableRandom(seed * 1_000_003L + epoch++)) : inOrder();
        long total = plan.size();
        return () -> new Iterator<>() {
            private int next;
            private final SplittableRandom augment = new SplittableRandom(seed * 7919L + epoch);

            @Override
            public boolean hasNext() {
                return next < plan.size();
            }

            @Override
            public Batch next() {
                int[] rows = plan.get(next);
                NDManager sub = manager.newSubManager();
                NDList data = inputs(sub, rows, training ? augment : null);
                float[] y = new float[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    y[i] = set.labels()[rows[i]] == 1 ? 1 : 0;
                }
                NDList labels = new NDList(sub.create(y, new Shape(rows.length, 1)));
                return new Batch(sub, data, labels, rows.length, Batchifier.STACK, Batchifier.STACK, next++, total);
            }
        };
    }

    /** The input arrays of some rows, augmented when a generator is given. */
    NDList inputs(NDManager manager, int[] rows, SplittableRandom augment) {
        NDList out = new NDList();
        int n = rows.length;
        boolean[] mirror = new boolean[n];
        int[] roll = new int[n];
        if (augment != null) {
            for (int i = 0; i < n; i++) {
                mirror[i] = augment.nextBoolean();
                roll[i] = augment.nextInt(1 << 20);
            }
        }
        for (int k = 0; k < views.size(); k++) {
            float[][] rowsOf = set.inputs().get(k);
            int len = rowsOf[rows[0]].length;
            float[] flat = new float[n * len];
            View v = views.get(k);
            for (int i = 0; i < n; i++) {
                float[] x = rowsOf[rows[i]];
                int base = i * len;
                if (augment != null && v == View.FLUX) {
                    int shift = roll[i] % len;
                    for (int j = 0; j < len; j++) {
                        flat[base + (j + shift) % len] = x[j];
                    }
                } else if (augment != null && mirror[i] && (v == View.GLOBAL || v == View.LOCAL)) {
                    for (int j = 0; j < len; j++) {
                        flat[base + j] = x[len - 1 - j];
                    }
                } else {
                    System.arraycopy(x, 0, flat, base, len);
                }
            }
            NDArray array = manager.create(flat, new Shape(n, len));
            out.add(array);
        }
        return out;
    }

    private List<int[]> inOrder() {
        List<int[]> plan = new ArrayList<>();
        for (int from = 0; from < set.size(); from += batchSize) {
            int[] rows = new int[Math.min(batchSize, set.size() - from)];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = from + i;
            }
            plan.add(rows);
        }
        return plan;
    }

    private List<int[]> trainingPlan(SplittableRandom r) {
        List<Integer> pos = new ArrayList<>();
        List<Integer> neg = new ArrayList<>();
        for (int i = 0; i < set.size(); i++) {
            (set.labels()[i] == 1 ? pos : neg).add(i);
        }
        List<int[]> plan = new ArrayList<>();
        int batches = batches();
        if (!balanced || pos.isEmpty() || neg.isEmpty()) {
            int[] all = shuffled(r, java.util.stream.IntStream.range(0, set.size()).boxed().toList());
            for (int b = 0; b < batches; b++) {
                int size = Math.min(batchSize, all.length);
                int[] rows = new int[size];
                for (int i = 0; i < size; i++) {
                    rows[i] = all[(b * batchSize + i) % all.length];
                }
                plan.add(rows);
            }
            return plan;
        }
        Cycle p = new Cycle(pos, r);
        Cycle q = new Cycle(neg, r);
        for (int b = 0; b < batches; b++) {
            int[] rows = new int[batchSize];
            for (int i = 0; i < batchSize; i++) {
                rows[i] = i % 2 == 0 ? p.next() : q.next();
            }
            plan.add(rows);
        }
        return plan;
    }

    /** Draws from a list in shuffled order, reshuffling when it runs out. */
    private static final class Cycle {
        private final List<Integer> items;
        private final SplittableRandom r;
        private int[] order;
        private int at;

        Cycle(List<Integer> items, SplittableRandom r) {
            this.items = items;
            this.r = r;
            this.order = shuffled(r, items);
        }

        int next() {
            if (at == order.length) {
                order = shuffled(r, items);
                at = 0;
            }
            return order[at++];
        }
    }

    private static int[] shuffled(SplittableRandom r, List<Integer> items) {
        int[] a = items.stream().mapToInt(Integer::intValue).toArray();
        for (int i = a.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    @Override
    public void prepare(Progress progress) {
        // everything is in memory already
    }
}
