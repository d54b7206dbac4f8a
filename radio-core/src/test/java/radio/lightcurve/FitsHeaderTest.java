package radio.lightcurve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FitsHeaderTest {
    private static String card(String text) {
        return String.format("%-80s", text);
    }

    private static final FitsHeader H = FitsHeader.of(
            card("SIMPLE  =                    T / conforms to FITS standard")
            + card("NUM_FRM =                  270 / number of frames per time stamp")
            + card("TIMEDEL =     0.02043359821692 / [d] time resolution of data")
            + card("BIGEXP  =              1.5D+03 / Fortran exponent")
            + card("OBJECT  = 'KIC 11442793'       / string version of target id")
            + card("QUOTED  = 'it''s / not a comment' / the slash inside is kept")
            + card("KEPMAG  =                      / [mag] Kepler magnitude (Kp)")
            + card("LONGSTR = 'first part &'       / a long string")
            + card("CONTINUE  'second part'")
            + card("COMMENT = this is commentary, not a value")
            + card("NUM_FRM =                  999 / a duplicate: the first one wins"));

    @Test
    void parsesEachValueType() {
        assertThat(H.logical("SIMPLE")).contains(true);
        assertThat(H.integer("NUM_FRM")).hasValue(270);
        assertThat(H.real("NUM_FRM")).hasValue(270.0);
        assertThat(H.real("TIMEDEL")).hasValue(0.02043359821692);
        assertThat(H.real("BIGEXP")).hasValue(1500.0);
        assertThat(H.string("OBJECT")).contains("KIC 11442793");
        assertThat(H.string("QUOTED")).contains("it's / not a comment");
        assertThat(H.comment("QUOTED")).contains("the slash inside is kept");
        assertThat(H.string("LONGSTR")).contains("first part second part");
    }

    @Test
    void valueLessCardIsPresentButUndefined() {
        assertThat(H.contains("KEPMAG")).isTrue();
        assertThat(H.hasValue("KEPMAG")).isFalse();
        assertThat(H.real("KEPMAG")).isEmpty();
        assertThat(H.string("KEPMAG")).isEmpty();
        assertThat(H.comment("KEPMAG")).contains("[mag] Kepler magnitude (Kp)");
    }

    @Test
    void wrongTypesAndAbsentKeysAreEmpty() {
        assertThat(H.integer("OBJECT")).isEmpty();
        assertThat(H.real("SIMPLE")).isEmpty();
        assertThat(H.logical("NUM_FRM")).isEmpty();
        assertThat(H.integer("TIMEDEL")).isEmpty();
        assertThat(H.string("NOPE")).isEmpty();
        assertThat(H.contains("NOPE")).isFalse();
        assertThat(H.string("COMMENT")).isEmpty();
    }

    @Test
    void keepsCardsInOrder() {
        assertThat(H.size()).isEqualTo(11);
        assertThat(H.keywords()).startsWith("SIMPLE", "NUM_FRM", "TIMEDEL");
        assertThat(H.cards().get(4)).hasSize(80).startsWith("OBJECT  = 'KIC 11442793'");
        assertThat(H.toString()).startsWith("SIMPLE  =                    T / conforms to FITS standard\n");
    }

    @Test
    void rejectsTextThatIsNotWholeCards() {
        assertThatThrownBy(() -> FitsHeader.of("SIMPLE  = T")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("multiple of 80");
    }
}
