package radio.ml.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Binary classification metrics of scores against labels, with scikit-learn's definitions:
 * {@code roc_auc_score} (ties between scores count one half), {@code average_precision_score} (PR-AUC as
 * Σ (Rₙ − Rₙ₋₁) Pₙ over the distinct score thresholds, no interpolation), and precision, recall, F1 and the
 * confusion matrix of {@code score >= threshold} (precision 0 when nothing is predicted positive, as sklearn
 * with {@code zero_division=0}).
 *
 * @param rocAuc    area under the ROC curve (NaN when only one class is present)
 * @param prAuc     average precision (NaN without positives)
 * @param precision at the threshold
 * @param recall    at the threshold
 * @param f1        at the threshold
 * @param threshold the decision threshold
 * @param tn        true negatives
 * @param fp        false positives
 * @param fn        false negatives
 * @param tp        true positives
 */
public record Metrics(double rocAuc, double prAuc, double precision, double recall, double f1, double threshold,
                      int tn, int fp, int fn, int tp) {

    /** The metrics of {@code scores} (higher = more likely a host) against {@code labels} (1 or 0). */
    public static Metrics of(float[] scores, int[] labels, double threshold) {
        if (scores.length != labels.length) {
            throw new IllegalArgumentException(scores.length + " scores for " + labels.length + " labels");
        }
        return atThreshold(scores, labels, threshold, rocAuc(scores, labels), averagePrecision(scores, labels));
    }

    /** Precision, recall, F1 and the confusion matrix at a threshold, with the given areas. */
    private static Metrics atThreshold(float[] scores, int[] labels, double threshold, double rocAuc, double prAuc) {
        int tn = 0;
        int fp = 0;
        int fn = 0;
        int tp = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean predicted = scores[i] >= threshold;
            if (labels[i] == 1) {
                tp += predicted ? 1 : 0;
                fn += predicted ? 0 : 1;
            } else {
                fp += predicted ? 1 : 0;
                tn += predicted ? 0 : 1;
            }
        }
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Metrics(rocAuc, prAuc, precision, recall, f1, threshold, tn, fp, fn, tp);
    }

    /** ROC AUC by the Mann–Whitney statistic with mid-ranks for ties. */
    public static double rocAuc(float[] scores, int[] labels) {
        int n = scores.length;
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        double rankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double midRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (labels[order[k]] == 1) {
                    rankSum += midRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /** Average precision, as scikit-learn's {@code average_precision_score}. */
    public static double averagePrecision(float[] scores, int[] labels) {
        Curve pr = Curve.precisionRecall(scores, labels);
        if (pr.totalPositives() == 0) {
            return Double.NaN;
        }
        double ap = 0;
        double previousRecall = 0;
        // points are in decreasing threshold order: recall grows
        for (int k = 0; k < pr.x().length; k++) {
            ap += (pr.x()[k] - previousRecall) * pr.y()[k];
            previousRecall = pr.x()[k];
        }
        return ap;
    }

    /** The threshold (among the scores) that maximises F1; 0.5 when there are no positives. */
    public static double bestF1Threshold(float[] scores, int[] labels) {
        double best = 0.5;
        double bestF1 = -1;
        float[] distinct = scores.clone();
        Arrays.sort(distinct);
        for (float t : distinct) {
            Metrics m = atThreshold(scores, labels, t, Double.NaN, Double.NaN);
            if (m.f1 > bestF1) {
                bestF1 = m.f1;
                best = t;
            }
        }
        return best;
    }

    /**
     * Points of a ROC or precision–recall curve, in decreasing threshold order.
     *
     * @param x              false positive rate (ROC) or recall (PR)
     * @param y              true positive rate (ROC) or precision (PR)
     * @param totalPositives positives among the labels
     */
    public record Curve(double[] x, double[] y, int totalPositives) {
        /** The ROC curve from (0, 0) to (1, 1), one point per distinct score. */
        public static Curve roc(float[] scores, int[] labels) {
            Steps s = steps(scores, labels);
            int negatives = labels.length - s.positives;
            double[] x = new double[s.tp.length + 1];
            double[] y = new double[s.tp.length + 1];
            for (int k = 0; k < s.tp.length; k++) {
                x[k + 1] = negatives == 0 ? 0 : (double) s.fp[k] / negatives;
                y[k + 1] = s.positives == 0 ? 0 : (double) s.tp[k] / s.positives;
            }
            return new Curve(x, y, s.positives);
        }

        /** The precision–recall curve, one point per distinct score (no (0, 1) end point added). */
        public static Curve precisionRecall(float[] scores, int[] labels) {
            Steps s = steps(scores, labels);
            double[] x = new double[s.tp.length];
            double[] y = new double[s.tp.length];
            for (int k = 0; k < s.tp.length; k++) {
                x[k] = s.positives == 0 ? 0 : (double) s.tp[k] / s.positives;
                y[k] = (double) s.tp[k] / (s.tp[k] + s.fp[k]);
            }
            return new Curve(x, y, s.positives);
        }
    }

    /** Cumulative true and false positives at each distinct score, from the highest down. */
    private record Steps(int[] tp, int[] fp, int positives) {
    }

    private static Steps steps(float[] scores, int[] labels) {
        int n = scores.length;
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, (a, b) -> Float.compare(scores[b], scores[a]));
        int[] tp = new int[n];
        int[] fp = new int[n];
        int distinct = 0;
        int cumTp = 0;
        int cumFp = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            if (labels[i] == 1) {
                cumTp++;
            } else {
                cumFp++;
            }
            if (k == n - 1 || scores[order[k + 1]] != scores[i]) {
                tp[distinct] = cumTp;
                fp[distinct++] = cumFp;
            }
        }
        return new Steps(Arrays.copyOf(tp, distinct), Arrays.copyOf(fp, distinct), cumTp);
    }
}
