package radio.ml.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import radio.ml.Python;

class MetricsTest {
    @Test
    void handWorkedExample() {
        // scores 0.9 (host), 0.8 (not), 0.7 (host), 0.1 (not): 3 of 4 host/not pairs ordered right
        float[] s = {0.9f, 0.8f, 0.7f, 0.1f};
        int[] y = {1, 0, 1, 0};
        Metrics m = Metrics.of(s, y, 0.75);
        assertThat(m.rocAuc()).isEqualTo(0.75);
        // AP = 0.5·1 + 0.5·(2/3)
        assertThat(m.prAuc()).isCloseTo(0.5 + 1.0 / 3, within(1e-12));
        assertThat(m.tp()).isEqualTo(1);
        assertThat(m.fp()).isEqualTo(1);
        assertThat(m.fn()).isEqualTo(1);
        assertThat(m.tn()).isEqualTo(1);
        assertThat(m.f1()).isEqualTo(0.5);
    }

    @Test
    void tiedScoresCountHalf() {
        assertThat(Metrics.rocAuc(new float[] {0.5f, 0.5f}, new int[] {1, 0})).isEqualTo(0.5);
        assertThat(Metrics.rocAuc(new float[] {0.2f, 0.4f}, new int[] {1, 1})).isNaN();
    }

    @Test
    void agreesWithScikitLearnOnScoresWithTies() throws Exception {
        Python.assume("sklearn");
        SplittableRandom r = new SplittableRandom(5);
        for (int round = 0; round < 3; round++) {
            int n = 200 + 150 * round;
            float[] scores = new float[n];
            int[] labels = new int[n];
            StringBuilder in = new StringBuilder();
            for (int i = 0; i < n; i++) {
                labels[i] = r.nextDouble() < 0.3 ? 1 : 0;
                // rounded to two decimals: many ties, as a saturated sigmoid gives
                scores[i] = Math.round(Math.min(1, Math.max(0, 0.5 + 0.3 * (labels[i] - 0.5) + r.nextGaussian() * 0.25))
                        * 100) / 100f;
                in.append(labels[i]).append(' ').append((double) scores[i]).append('\n');
            }
            double threshold = 0.45 + 0.05 * round;
            Metrics m = Metrics.of(scores, labels, threshold);
            JsonNode py = new ObjectMapper().readTree(Python.run("sklearn_metrics.py",
                    List.of(Double.toString(threshold)), in.toString()));
            assertThat(m.rocAuc()).isCloseTo(py.get("roc_auc").asDouble(), within(1e-12));
            assertThat(m.prAuc()).isCloseTo(py.get("pr_auc").asDouble(), within(1e-12));
            assertThat(m.precision()).isCloseTo(py.get("precision").asDouble(), within(1e-12));
            assertThat(m.recall()).isCloseTo(py.get("recall").asDouble(), within(1e-12));
            assertThat(m.f1()).isCloseTo(py.get("f1").asDouble(), within(1e-12));
            assertThat(new int[] {m.tn(), m.fp(), m.fn(), m.tp()}).containsExactly(
                    py.get("confusion").get(0).asInt(), py.get("confusion").get(1).asInt(),
                    py.get("confusion").get(2).asInt(), py.get("confusion").get(3).asInt());
        }
    }
}
