package radio.ml.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Gradient-boosted trees on numbers whose answer is known, without light curves. */
class BoostedTreesTest {
    private static final List<String> FEATURES = List.of("a", "b", "noise");
    private static final BoostedTrees.Parameters PARAMETERS = new BoostedTrees.Parameters(100, 3, 0.1, 0.8, 3, true,
            5);

    /** Label = (a > 0.3) xor (b > 0.6), 5 % of labels flipped; a third feature is noise; a's values sometimes NaN. */
    private record Data(float[][] x, int[] y) {
        static Data of(int n, long seed) {
            SplittableRandom r = new SplittableRandom(seed);
            float[][] x = new float[n][];
            int[] y = new int[n];
            for (int i = 0; i < n; i++) {
                float a = (float) r.nextDouble();
                float b = (float) r.nextDouble();
                y[i] = (a > 0.3) != (b > 0.6) ? 1 : 0;
                if (r.nextDouble() < 0.05) {
                    y[i] = 1 - y[i];
                }
                // missing values of a mark positives here: the trees send them left and can isolate them
                boolean missing = y[i] == 1 && r.nextDouble() < 0.1;
                x[i] = new float[] {missing ? Float.NaN : a, b, (float) r.nextGaussian()};
            }
            return new Data(x, y);
        }
    }

    @Test
    void learnsAnInteractionOfTwoFeaturesAndIgnoresNoise() {
        Data train = Data.of(600, 1);
        Data test = Data.of(600, 2);
        BoostedTrees t = BoostedTrees.fit(train.x, train.y, PARAMETERS, (k, bias, tree) -> { });
        assertThat(t.trees()).hasSize(100);
        assertThat(Metrics.rocAuc(t.probabilities(test.x), test.y)).isGreaterThan(0.93);
        long noiseSplits = t.trees().stream().flatMapToInt(tree -> java.util.Arrays.stream(tree.feature()))
                .filter(f -> f == 2).count();
        long allSplits = t.trees().stream().flatMapToInt(tree -> java.util.Arrays.stream(tree.feature()))
                .filter(f -> f >= 0).count();
        assertThat((double) noiseSplits / allSplits).as("share of splits on noise").isLessThan(0.3);
        // one stump on one feature can only rank by that feature: far worse
        BoostedTrees stumps = BoostedTrees.fit(train.x, train.y, new BoostedTrees.Parameters(1, 1, 0.1, 1, 3, true,
                5), (k, bias, tree) -> { });
        assertThat(Metrics.rocAuc(stumps.probabilities(test.x), test.y)).isLessThan(0.8);
    }

    @Test
    void theSameRowsAndSeedGiveTheSameTreesAndAnotherSeedOthers() {
        Data d = Data.of(300, 3);
        BoostedTrees a = BoostedTrees.fit(d.x, d.y, PARAMETERS, (k, bias, tree) -> { });
        BoostedTrees b = BoostedTrees.fit(d.x, d.y, PARAMETERS, (k, bias, tree) -> { });
        assertThat(b.toJson(FEATURES)).isEqualTo(a.toJson(FEATURES));
        BoostedTrees c = BoostedTrees.fit(d.x, d.y, new BoostedTrees.Parameters(100, 3, 0.1, 0.8, 3, true, 6),
                (k, bias, tree) -> { });
        assertThat(c.toJson(FEATURES)).isNotEqualTo(a.toJson(FEATURES));
    }

    @Test
    void leavesKeepTheirMinimumAndDepthItsLimit() {
        Data d = Data.of(200, 4);
        BoostedTrees t = BoostedTrees.fit(d.x, d.y, new BoostedTrees.Parameters(20, 2, 0.1, 1, 15, false, 1),
                (k, bias, tree) -> { });
        for (RegressionTree tree : t.trees()) {
            assertThat(tree.feature().length).isLessThanOrEqualTo(7);
            int[] count = new int[tree.feature().length];
            for (float[] row : d.x) {
                int node = 0;
                while (tree.feature()[node] >= 0) {
                    node = RegressionTree.value(row[tree.feature()[node]]) <= tree.threshold()[node]
                            ? tree.left()[node] : tree.right()[node];
                }
                count[node]++;
            }
            for (int i = 0; i < count.length; i++) {
                if (tree.feature()[i] < 0) {
                    assertThat(count[i]).as("rows in leaf %d", i).isGreaterThanOrEqualTo(15);
                }
            }
        }
    }

    @Test
    void readBackFromJsonTheTreesGiveTheSameProbabilities() {
        Data d = Data.of(300, 5);
        BoostedTrees t = BoostedTrees.fit(d.x, d.y, PARAMETERS, (k, bias, tree) -> { });
        BoostedTrees back = BoostedTrees.fromJson(t.toJson(FEATURES), FEATURES);
        assertThat(back.probabilities(d.x)).isEqualTo(t.probabilities(d.x));
        assertThatThrownBy(() -> BoostedTrees.fromJson(t.toJson(FEATURES), List.of("a", "b")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("features");
        var broken = t.toJson(FEATURES);
        ((com.fasterxml.jackson.databind.node.ArrayNode) broken.path("trees").get(0).path("left")).set(0, 0);
        assertThatThrownBy(() -> BoostedTrees.fromJson(broken, FEATURES)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("children");
    }
}
