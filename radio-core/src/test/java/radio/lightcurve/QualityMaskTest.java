package radio.lightcurve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QualityMaskTest {
    @Test
    void presetsHaveLightkurvesBitmasks() {
        assertThat(QualityMask.DEFAULT.bits(Mission.KEPLER)).isEqualTo(1130799);
        assertThat(QualityMask.DEFAULT.bits(Mission.K2)).isEqualTo(1130799);
        assertThat(QualityMask.DEFAULT.bits(Mission.TESS)).isEqualTo(175);
        assertThat(QualityMask.HARD.bits(Mission.KEPLER)).isEqualTo(1664431);
        assertThat(QualityMask.HARD.bits(Mission.TESS)).isEqualTo(7407);
        assertThat(QualityMask.HARDEST.bits(Mission.KEPLER)).isEqualTo(2096639);
        assertThat(QualityMask.HARDEST.bits(Mission.TESS)).isEqualTo(65535);
        assertThat(QualityMask.NONE.bits(Mission.TESS)).isZero();
    }

    @ParameterizedTest
    @CsvSource({"none,0,0", "DEFAULT,1130799,175", "Hard,1664431,7407", "hardest,2096639,65535",
        "128,128,128", "0x80,128,128"})
    void parsesNamesAndIntegers(String text, int kepler, int tess) {
        QualityMask m = QualityMask.parse(text);
        assertThat(m.keplerBits()).isEqualTo(kepler);
        assertThat(m.tessBits()).isEqualTo(tess);
    }

    @ParameterizedTest
    @ValueSource(strings = {"strict", "-1", "", "1.5", "99999999999"})
    void rejectsAnythingElseNamingTheAcceptedForms(String text) {
        assertThatThrownBy(() -> QualityMask.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid quality mask '" + text
                        + "': expected none, default, hard, hardest or a non-negative integer bitmask");
    }

    @Test
    void decodesAQualityWordToNamedFlagsPerMission() {
        // README: NaN-time rows of Kepler Q3 carry 98312 = 65536 + 32768 + 8
        assertThat(QualityFlag.decode(Mission.KEPLER, 98312)).containsExactly(KeplerQualityFlag.EARTH_POINT,
                KeplerQualityFlag.NO_FINE_POINT, KeplerQualityFlag.NO_DATA);
        assertThat(QualityFlag.decode(Mission.TESS, 4096 | 32)).containsExactly(TessQualityFlag.DESAT,
                TessQualityFlag.SCATTERED_LIGHT);
        assertThat(QualityFlag.decode(Mission.TESS, 0)).isEmpty();
        assertThat(QualityFlag.undefinedBits(Mission.KEPLER, 512 | 1)).isEqualTo(512);
        assertThat(QualityFlag.undefinedBits(Mission.TESS, 65536 | 1)).isEqualTo(65536);
        assertThat(KeplerQualityFlag.THRUSTER_FIRING.description()).isEqualTo("thruster firing (K2)");
    }

    @Test
    void rejectsUsesTheMissionsBits() {
        assertThat(QualityMask.DEFAULT.rejects(Mission.TESS, 128)).isTrue();   // manual exclude in TESS
        assertThat(QualityMask.DEFAULT.rejects(Mission.KEPLER, 128)).isFalse(); // cosmic ray in Kepler
        assertThat(QualityMask.HARD.rejects(Mission.KEPLER, 128)).isTrue();
    }
}
