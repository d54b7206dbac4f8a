package radio.ml.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import radio.ml.dataset.Ephemeris;
import radio.ml.dataset.EphemerisSource;
import radio.ml.dataset.Example;
import radio.ml.dataset.View;

class ExampleSetTest {
    private static Example example(int globalLength) {
        return new Example("EPIC 1", "K2", 1, "test", new Ephemeris(3, 2457000, 0.1, EphemerisSource.LABELS),
                List.of("f.fits"), List.of("00"), Map.of(View.GLOBAL, new float[globalLength]));
    }

    @Test
    void viewsOfTheModelsLengthsAreAccepted() throws Exception {
        ExampleSet s = ExampleSet.of(List.of(example(2001)), List.of(View.GLOBAL), Map.of(View.GLOBAL, 2001));
        assertThat(s.size()).isEqualTo(1);
        assertThat(s.inputs().get(0)[0]).hasSize(2001);
    }

    @Test
    void aViewOfAnotherLengthIsRefusedNamingStarViewAndLengths() {
        assertThatThrownBy(() -> ExampleSet.of(List.of(example(1000)), List.of(View.GLOBAL), Map.of(View.GLOBAL, 2001)))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("the global view of EPIC 1 has 1000 points, the model expects 2001");
    }

    @Test
    void aMissingViewIsRefused() {
        assertThatThrownBy(() -> ExampleSet.of(List.of(example(2001)), List.of(View.LOCAL), Map.of(View.LOCAL, 201)))
                .isInstanceOf(ModelException.class).hasMessageContaining("EPIC 1 has no local view");
    }
}
