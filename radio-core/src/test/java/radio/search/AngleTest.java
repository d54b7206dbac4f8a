package radio.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AngleTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0s|0",
        "2arcsec|0.000555555555555556",
        "2\"|0.000555555555555556",
        "2s|0.000555555555555556",
        "0.5arcmin|0.008333333333333333",
        "0.5'|0.008333333333333333",
        "0.001deg|0.001",
        "0.001d|0.001",
        "0.2|0.2",
        "1e-4arcsec|2.777777777777778e-08",
        " 3ARCSEC |0.000833333333333333"})
    void parsesTheDocumentedForms(String text, double degrees) {
        assertThat(Angle.parse(text).degrees()).isCloseTo(degrees, within(1e-15));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2 arcsec", "-1deg", "1parsec", "abc", "1.2.3", "deg", "NaN", "1e999"})
    void rejectsAnythingElseNamingTheAcceptedForms(String text) {
        assertThatThrownBy(() -> Angle.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2 arcsec", "-1deg"})
    void messageListsTheAcceptedForms(String text) {
        assertThatThrownBy(() -> Angle.parse(text)).hasMessageContaining(Angle.ACCEPTED_FORMS);
    }
}
