package radio.ml.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Gradient-boosted regression trees for binary classification (Friedman 2001, 2002), as scikit-learn's
 * {@code GradientBoostingClassifier}: the logit starts at the training set's log-odds ({@code bias}) and each tree,
 * fitted by {@link RegressionTree#fit} to the residuals of the logistic loss on a random subsample of the rows, adds
 * its leaf value times the shrinkage ({@code learningRate}). Pure Java, one thread, no randomness beyond the seeded
 * subsample: the same rows, parameters and seed give the same trees, bit for bit.
 *
 * @param bias         initial logit
 * @param learningRate shrinkage of every tree
 * @param trees        the trees, in order
 */
record BoostedTrees(double bias, double learningRate, List<RegressionTree> trees) {
    BoostedTrees {
        trees = List.copyOf(trees);
    }

    /**
     * How to boost.
     *
     * @param trees        boosting rounds
     * @param depth        most splits from a tree's root to a leaf
     * @param learningRate shrinkage
     * @param subsample    share of the rows each tree is fitted on, in (0, 1]
     * @param minLeaf      fewest rows in a leaf
     * @param balanced     weight each class by half the rows over its count (both classes weigh the same)
     * @param seed         seeds the subsamples
     */
    record Parameters(int trees, int depth, double learningRate, double subsample, int minLeaf, boolean balanced,
                      long seed) {
    }

    /**
     * Fewest training rows in a leaf (scikit-learn's {@code min_samples_leaf}, above its default of 1: a leaf of one
     * or two stars takes a Newton step sized by one star's curvature, which can be huge).
     */
    static final int MIN_LEAF = 3;

    /** Told of each tree as it is added. */
    @FunctionalInterface
    interface Listener {
        /** The {@code count}-th tree was added to an ensemble starting at logit {@code bias}. */
        void added(int count, double bias, RegressionTree tree);
    }

    /** The probability of each row. */
    float[] probabilities(float[][] rows) {
        float[] p = new float[rows.length];
        for (int i = 0; i < rows.length; i++) {
            p[i] = (float) probability(rows[i]);
        }
        return p;
    }

    /** The probability that row {@code x} is a positive. */
    double probability(float[] x) {
        return sigmoid(logit(x));
    }

    double logit(float[] x) {
        double f = bias;
        for (RegressionTree t : trees) {
            f += learningRate * t.predict(x);
        }
        return f;
    }

    static double sigmoid(double f) {
        return 1 / (1 + Math.exp(-f));
    }

    /**
     * Boosts {@code p.trees()} trees on rows {@code x} with labels {@code y} (1 or 0).
     *
     * @param listener told of each tree (for progress and history)
     */
    static BoostedTrees fit(float[][] x, int[] y, Parameters p, Listener listener) {
        int n = x.length;
        int features = x[0].length;
        int positives = Arrays.stream(y).sum();
        double[] weight = new double[n];
        for (int i = 0; i < n; i++) {
            weight[i] = !p.balanced() ? 1 : n / (2.0 * (y[i] == 1 ? positives : n - positives));
        }
        double wPos = 0;
        double wAll = 0;
        for (int i = 0; i < n; i++) {
            wPos += weight[i] * y[i];
            wAll += weight[i];
        }
        double bias = Math.log(wPos / (wAll - wPos));
        int[][] order = new int[features][];
        for (int f = 0; f < features; f++) {
            int feature = f;
            order[f] = IntStream.range(0, n).boxed()
                    .sorted(Comparator.comparingDouble((Integer i) -> RegressionTree.value(x[i][feature]))
                            .thenComparingInt(i -> i))
                    .mapToInt(Integer::intValue).toArray();
        }
        double[] logit = new double[n];
        Arrays.fill(logit, bias);
        double[] residual = new double[n];
        double[] hessian = new double[n];
        boolean[] in = new boolean[n];
        int[] rows = IntStream.range(0, n).toArray();
        int take = Math.max(1, (int) Math.round(p.subsample() * n));
        SplittableRandom random = new SplittableRandom(p.seed());
        List<RegressionTree> trees = new ArrayList<>();
        for (int k = 0; k < p.trees(); k++) {
            for (int i = 0; i < n; i++) {
                double q = sigmoid(logit[i]);
                residual[i] = y[i] - q;
                hessian[i] = q * (1 - q);
            }
            sample(rows, take, random, in);
            RegressionTree t = RegressionTree.fit(x, order, in, residual, hessian, weight, p.depth(), p.minLeaf());
            trees.add(t);
            for (int i = 0; i < n; i++) {
                logit[i] += p.learningRate() * t.predict(x[i]);
            }
            listener.added(k + 1, bias, t);
        }
        return new BoostedTrees(bias, p.learningRate(), trees);
    }

    /** Marks {@code take} of the rows, drawn without replacement by a partial Fisher–Yates shuffle. */
    private static void sample(int[] rows, int take, SplittableRandom random, boolean[] in) {
        if (take >= rows.length) {
            Arrays.fill(in, true);
            return;
        }
        Arrays.fill(in, false);
        for (int i = 0; i < take; i++) {
            int j = i + random.nextInt(rows.length - i);
            int swap = rows[i];
            rows[i] = rows[j];
            rows[j] = swap;
            in[rows[i]] = true;
        }
    }

    /** The ensemble as JSON (the model folder's {@code radio-gbm.json}); {@code features} names the inputs. */
    ObjectNode toJson(List<String> features) {
        ObjectNode o = ModelCard.JSON.createObjectNode();
        ArrayNode names = o.putArray("features");
        features.forEach(names::add);
        o.put("bias", bias);
        o.put("learning_rate", learningRate);
        ArrayNode a = o.putArray("trees");
        trees.forEach(t -> a.add(t.toJson()));
        return o;
    }

    /**
     * Reads {@link #toJson}.
     *
     * @throws IllegalArgumentException when the features are not {@code features} or a tree is malformed
     */
    static BoostedTrees fromJson(JsonNode o, List<String> features) {
        List<String> named = new ArrayList<>();
        o.path("features").forEach(f -> named.add(f.asText()));
        if (!named.equals(features)) {
            throw new IllegalArgumentException("the trees read the features " + named + ", radio makes " + features);
        }
        if (!o.path("bias").isNumber() || !o.path("learning_rate").isNumber() || !o.path("trees").isArray()) {
            throw new IllegalArgumentException("no bias, learning_rate or trees");
        }
        List<RegressionTree> trees = new ArrayList<>();
        o.path("trees").forEach(t -> trees.add(RegressionTree.fromJson(t, features.size())));
        return new BoostedTrees(o.path("bias").asDouble(), o.path("learning_rate").asDouble(), trees);
    }
}
