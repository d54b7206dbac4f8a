package radio.ml.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One regression tree of a {@link BoostedTrees} ensemble, as parallel arrays: node {@code i} is a leaf when
 * {@code feature[i] < 0} (its output {@code value[i]}), otherwise rows with {@code x[feature[i]] <= threshold[i]} go
 * to {@code left[i]}, the others to {@code right[i]}. Node 0 is the root. A missing value (NaN) counts as −∞, so it
 * always goes left.
 *
 * @param feature   split feature per node, −1 for leaves
 * @param threshold split value per node
 * @param left      left child per node
 * @param right     right child per node
 * @param value     leaf output per node (0 for inner nodes)
 */
record RegressionTree(int[] feature, double[] threshold, int[] left, int[] right, double[] value) {

    /** The leaf output for one row. */
    double predict(float[] x) {
        int node = 0;
        while (feature[node] >= 0) {
            node = value(x[feature[node]]) <= threshold[node] ? left[node] : right[node];
        }
        return value[node];
    }

    /** A feature value as the trees compare it: NaN as −∞. */
    static double value(float v) {
        return Float.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
    }

    /**
     * Fits a tree to a Newton step of the logistic loss: splits chosen by the weighted squared error of the residuals
     * {@code r} (Friedman's criterion, as scikit-learn's {@code friedman_mse}), leaves set to
     * {@code Σ w·r / Σ w·p(1−p)} (one Newton–Raphson step, Friedman 2001, algorithm 5). Deterministic: features and
     * candidate thresholds are visited in a fixed order and a split must be strictly better to replace another.
     *
     * @param x        rows of features
     * @param order    per feature, all row indices sorted by that feature's {@link #value} (ties by index)
     * @param in       which rows this tree is fitted on (the subsample)
     * @param residual per row, {@code y − p}
     * @param hessian  per row, {@code p(1 − p)}
     * @param weight   per row, its weight
     * @param maxDepth most splits from root to leaf
     * @param minLeaf  fewest rows in a leaf
     */
    static RegressionTree fit(float[][] x, int[][] order, boolean[] in, double[] residual, double[] hessian,
                              double[] weight, int maxDepth, int minLeaf) {
        int n = x.length;
        int[] nodeOf = new int[n];
        for (int i = 0; i < n; i++) {
            nodeOf[i] = in[i] ? 0 : -1;
        }
        Builder b = new Builder();
        b.add();
        List<Integer> level = List.of(0);
        for (int depth = 0; depth < maxDepth && !level.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int node : level) {
                Split s = bestSplit(x, order, nodeOf, node, residual, weight, minLeaf);
                if (s == null) {
                    continue;
                }
                int l = b.add();
                int r = b.add();
                b.feature.set(node, s.feature);
                b.threshold.set(node, s.threshold);
                b.left.set(node, l);
                b.right.set(node, r);
                for (int i = 0; i < n; i++) {
                    if (nodeOf[i] == node) {
                        nodeOf[i] = value(x[i][s.feature]) <= s.threshold ? l : r;
                    }
                }
                next.add(l);
                next.add(r);
            }
            level = next;
        }
        int nodes = b.feature.size();
        double[] num = new double[nodes];
        double[] den = new double[nodes];
        for (int i = 0; i < n; i++) {
            if (nodeOf[i] >= 0) {
                num[nodeOf[i]] += weight[i] * residual[i];
                den[nodeOf[i]] += weight[i] * hessian[i];
            }
        }
        double[] value = new double[nodes];
        for (int k = 0; k < nodes; k++) {
            // a leaf of rows the model already fits perfectly has no curvature left: no step (as scikit-learn)
            value[k] = b.feature.get(k) < 0 && den[k] > 1e-150 ? num[k] / den[k] : 0;
        }
        return new RegressionTree(b.feature.stream().mapToInt(Integer::intValue).toArray(),
                b.threshold.stream().mapToDouble(Double::doubleValue).toArray(),
                b.left.stream().mapToInt(Integer::intValue).toArray(),
                b.right.stream().mapToInt(Integer::intValue).toArray(), value);
    }

    private record Split(int feature, double threshold, double gain) {
    }

    /** The split of {@code node} that most reduces the weighted squared error of the residuals, or null. */
    private static Split bestSplit(float[][] x, int[][] order, int[] nodeOf, int node, double[] residual,
                                   double[] weight, int minLeaf) {
        double sumW = 0;
        double sumR = 0;
        int count = 0;
        for (int i = 0; i < nodeOf.length; i++) {
            if (nodeOf[i] == node) {
                sumW += weight[i];
                sumR += weight[i] * residual[i];
                count++;
            }
        }
        if (count < 2 * minLeaf || sumW <= 0) {
            return null;
        }
        double parent = sumR * sumR / sumW;
        Split best = null;
        for (int f = 0; f < order.length; f++) {
            double leftW = 0;
            double leftR = 0;
            int leftN = 0;
            double previous = Double.NaN;
            for (int i : order[f]) {
                if (nodeOf[i] != node) {
                    continue;
                }
                double v = value(x[i][f]);
                // a cut between the previous row and this one, when their values differ
                if (leftN >= minLeaf && count - leftN >= minLeaf && v > previous) {
                    double rightW = sumW - leftW;
                    if (leftW > 0 && rightW > 0) {
                        double rightR = sumR - leftR;
                        double gain = leftR * leftR / leftW + rightR * rightR / rightW - parent;
                        if (gain > 1e-12 && (best == null || gain > best.gain)) {
                            best = new Split(f, midpoint(previous, v), gain);
                        }
                    }
                }
                leftW += weight[i];
                leftR += weight[i] * residual[i];
                leftN++;
                previous = v;
            }
        }
        return best;
    }

    /** A threshold between two distinct values {@code a < b} that puts a on the left and b on the right. */
    private static double midpoint(double a, double b) {
        double t = a + (b - a) / 2;
        return t < b && t >= a ? t : a;
    }

    ObjectNode toJson() {
        ObjectNode o = ModelCard.JSON.createObjectNode();
        ArrayNode f = o.putArray("feature");
        ArrayNode t = o.putArray("threshold");
        ArrayNode l = o.putArray("left");
        ArrayNode r = o.putArray("right");
        ArrayNode v = o.putArray("value");
        for (int i = 0; i < feature.length; i++) {
            f.add(feature[i]);
            // −∞ (a cut below every number, with missing values alone on the left) is not JSON: written as null
            if (Double.isInfinite(threshold[i])) {
                t.addNull();
            } else {
                t.add(threshold[i]);
            }
            l.add(left[i]);
            r.add(right[i]);
            v.add(value[i]);
        }
        return o;
    }

    /**
     * Reads a tree written by {@link #toJson}.
     *
     * @throws IllegalArgumentException when the arrays differ in length, a child index is out of range or does not
     *                                  point forward, or a feature index is not below {@code features}
     */
    static RegressionTree fromJson(JsonNode o, int features) {
        int n = o.path("feature").size();
        int[] feature = new int[n];
        double[] threshold = new double[n];
        int[] left = new int[n];
        int[] right = new int[n];
        double[] value = new double[n];
        for (String key : List.of("threshold", "left", "right", "value")) {
            if (o.path(key).size() != n) {
                throw new IllegalArgumentException("a tree's " + key + " array has " + o.path(key).size()
                        + " entries for " + n + " nodes");
            }
        }
        if (n == 0) {
            throw new IllegalArgumentException("a tree without nodes");
        }
        for (int i = 0; i < n; i++) {
            feature[i] = o.path("feature").get(i).asInt();
            JsonNode t = o.path("threshold").get(i);
            threshold[i] = t.isNull() ? Double.NEGATIVE_INFINITY : t.asDouble();
            left[i] = o.path("left").get(i).asInt();
            right[i] = o.path("right").get(i).asInt();
            value[i] = o.path("value").get(i).asDouble();
            if (feature[i] >= features) {
                throw new IllegalArgumentException("a tree splits on feature " + feature[i] + " of " + features);
            }
            // children after their parent: no cycles, so prediction always ends
            if (feature[i] >= 0 && (left[i] <= i || right[i] <= i || left[i] >= n || right[i] >= n)) {
                throw new IllegalArgumentException("node " + i + " of a tree has children " + left[i] + " and "
                        + right[i] + " of " + n + " nodes");
            }
        }
        return new RegressionTree(feature, threshold, left, right, value);
    }

    /** Growing node arrays. */
    private static final class Builder {
        final List<Integer> feature = new ArrayList<>();
        final List<Double> threshold = new ArrayList<>();
        final List<Integer> left = new ArrayList<>();
        final List<Integer> right = new ArrayList<>();

        int add() {
            feature.add(-1);
            threshold.add(0.0);
            left.add(-1);
            right.add(-1);
            return feature.size() - 1;
        }
    }
}
