package radio.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import radio.archive.mast.CaomFilter;
import radio.archive.mast.Observation;

/** Cadence words per mission (lightkurve's classes) and exposure ranges. */
class CadenceTest {

    private static Observation obs(String project, double exptime) {
        return new Observation(1, "o", "t", project, Optional.of(project), Optional.empty(), Optional.empty(),
                OptionalDouble.of(exptime), OptionalLong.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                Optional.empty(), OptionalDouble.empty(), OptionalDouble.empty());
    }

    @ParameterizedTest
    @CsvSource({"K2, 1800, long", "K2, 60, short", "Kepler, 1800, long", "Kepler, 60, short", "TESS, 20, fast",
        "TESS, 120, short", "TESS, 200, long", "TESS, 600, ffi", "TESS, 1800, ffi", "TESS, 1800, long",
        "TESS, 59.9, fast"})
    void matchesEachMissionsCadences(String mission, double seconds, String word) {
        assertThat(Cadence.parse(word).orElseThrow().matches(obs(mission, seconds))).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"K2, 1800, short", "K2, 60, long", "K2, 1800, ffi", "Kepler, 60, fast", "TESS, 120, fast",
        "TESS, 120, long", "TESS, 20, short", "TESS, 120, ffi"})
    void rejectsOtherCadences(String mission, double seconds, String word) {
        assertThat(Cadence.parse(word).orElseThrow().matches(obs(mission, seconds))).isFalse();
    }

    @Test
    void sendsTheClassBoundsAsARange() {
        assertThat(Cadence.FAST.serverRange()).isEqualTo(CaomFilter.between("t_exptime", 0, 60));
        assertThat(Cadence.SHORT.serverRange()).isEqualTo(CaomFilter.between("t_exptime", 60, 200));
        assertThat(Cadence.FFI.serverRange()).isEqualTo(CaomFilter.between("t_exptime", 200, 1800));
        assertThat(Cadence.parse("LONG")).contains(Cadence.LONG);
        assertThat(Cadence.parse("medium")).isEmpty();
    }

    @Test
    void exposureRangesAreExactValuesOrRanges() {
        assertThat(ExposureRange.parse("1800")).isEqualTo(new ExposureRange(1799, 1801, true));
        assertThat(ExposureRange.parse("0..9999")).isEqualTo(new ExposureRange(0, 9999, false));
        assertThat(ExposureRange.parse("1800").compatibleWith(Cadence.LONG)).isTrue();
        assertThat(ExposureRange.parse("60").compatibleWith(Cadence.SHORT)).isTrue();
        assertThat(ExposureRange.parse("60").compatibleWith(Cadence.FAST)).isFalse();
        assertThat(ExposureRange.parse("0..100").compatibleWith(Cadence.FAST)).isTrue();
        assertThat(ExposureRange.parse("0..100").compatibleWith(Cadence.LONG)).isFalse();
        assertThatThrownBy(() -> ExposureRange.parse("9..1")).hasMessageContaining("'9..1'");
        assertThatThrownBy(() -> ExposureRange.parse("abc")).hasMessageContaining("'abc'");
    }

    @Test
    void selectionRejectsCadencesAMissionDoesNotHave() {
        assertThatThrownBy(() -> Selection.all().withMission("K2").withCadence(Cadence.FAST))
                .hasMessageContaining("K2 has no fast cadence");
        assertThatThrownBy(() -> Selection.all().withSeasons(Seasons.parse(Mission.KEPLER, "4"))
                .withCadence(Cadence.FFI)).hasMessageContaining("Kepler has no ffi cadence");
        assertThatThrownBy(() -> Selection.all().withCadence(Cadence.SHORT).withExposure(ExposureRange.around(1800)))
                .hasMessageContaining("1800 s is not short cadence");
        assertThatThrownBy(() -> Selection.all().withMission("TESS").withSeasons(Seasons.parse(Mission.K2, "3")))
                .hasMessageContaining("campaigns are K2's, not TESS's");
    }
}
