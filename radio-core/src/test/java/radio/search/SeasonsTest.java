package radio.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import radio.archive.mast.DataProduct;
import radio.archive.mast.Observation;

class SeasonsTest {

    private static DataProduct product(String file, String description) {
        return new DataProduct(1, "x", "Kepler", "mast:KEPLER/url/missions/kepler/lightcurves/x/" + file, file,
                Optional.of("LLC"), Optional.empty(), Optional.empty(), Optional.ofNullable(description),
                Optional.empty(), Optional.empty(), Optional.empty(), OptionalLong.empty(), OptionalLong.empty(),
                Optional.empty());
    }

    private static Observation observation(String collection, String project, String obsId, Long sequence) {
        return new Observation(1, obsId, "t", collection, Optional.of(project), Optional.empty(), Optional.empty(),
                OptionalDouble.of(1800), sequence == null ? OptionalLong.empty() : OptionalLong.of(sequence),
                OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty(), OptionalDouble.empty(),
                OptionalDouble.empty());
    }

    @ParameterizedTest
    @CsvSource({"4, 4", "1-4, 1 2 3 4", "'1..3,8', 1 2 3 8", "' 2 , 5-6', 2 5 6"})
    void parsesNumbersAndRanges(String text, String expected) {
        List<Integer> want = java.util.Arrays.stream(expected.split(" ")).map(Integer::valueOf).toList();
        assertThat(Seasons.parse(Mission.KEPLER, text).numbers()).containsExactlyElementsOf(want);
    }

    @Test
    void rejectsSeasonsThatDoNotExist() {
        assertThatThrownBy(() -> Seasons.parse(Mission.KEPLER, "18")).hasMessageContaining("Kepler quarter 18");
        assertThatThrownBy(() -> Seasons.parse(Mission.K2, "103")).hasMessageContaining("K2 campaign 103");
        assertThatThrownBy(() -> Seasons.parse(Mission.TESS, "0")).hasMessageContaining("TESS sector 0");
        assertThatThrownBy(() -> Seasons.parse(Mission.TESS, "3-1")).hasMessageContaining("'3-1'");
        assertThatThrownBy(() -> Seasons.parse(Mission.TESS, "x")).hasMessageContaining("'x' is not a number");
    }

    @Test
    void k2HalvesAreSentAsTheirCampaign() {
        assertThat(Seasons.parse(Mission.K2, "102,111,5").serverValues()).containsExactly("5", "10", "11");
        assertThat(Seasons.parse(Mission.TESS, "1-2").serverValues()).containsExactly("1", "2");
        assertThat(Seasons.parse(Mission.KEPLER, "4").serverValues()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"3, 3", "91, 9", "92, 9", "101, 10", "102, 10", "111, 11", "112, 11", "10, 10", "19, 19"})
    void k2FileCodesBelongToTheirCampaign(int code, int campaign) {
        assertThat(Seasons.campaignOfCode(code)).isEqualTo(campaign);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // description first (recorded form), then the file time stamp
        "kplr006507433-2010078095331_llc.fits|Lightcurve Long Cadence (CLC) - Q4|4",
        "kplr011442793-2010009091648_llc.fits||4",
        "kplr011442793-2009350155506_llc.fits||3",
        "kplr011446443-2009131110544_slc.fits||0",
        "kplr011446443-2013131215648_llc.fits||17",
        "kplr011446443-2010111111111_slc.fits|Lightcurve Short Cadence (CSC) - Q5M1|5",
        "kplr011446443-2010130000000_slc.fits||5"})
    void keplerQuarterFromDescriptionOrTimeStamp(String file, String description, int quarter) {
        assertThat(KeplerQuarters.of(product(file, description))).isEqualTo(OptionalInt.of(quarter));
    }

    @Test
    void everyLongCadenceStampIsItsOwnQuarter() {
        for (int q = 0; q <= 17; q++) {
            assertThat(KeplerQuarters.ofStamp(KeplerQuarters.LONG_CADENCE_STAMPS.get(q))).isEqualTo(OptionalInt.of(q));
        }
        assertThat(KeplerQuarters.ofStamp("2014001000000")).isEmpty();
        assertThat(KeplerQuarters.ofStamp("2010999999999")).isEmpty();
    }

    @Test
    void keplerObservationsAreSkippedWhenTheirQuarterFlagsLackEveryWantedQuarter() {
        // the recorded obs_id of mast-api.md section 5.2: Q8, Q12 and Q16 missing
        Observation o = observation("Kepler", "Kepler", "kplr011904151_lc_Q111111110111011101", null);
        assertThat(Seasons.parse(Mission.KEPLER, "7").matches(o)).isTrue();
        assertThat(Seasons.parse(Mission.KEPLER, "8").matches(o)).isFalse();
        assertThat(Seasons.parse(Mission.KEPLER, "8,12").matches(o)).isFalse();
        assertThat(Seasons.parse(Mission.KEPLER, "8-9").matches(o)).isTrue();
        assertThat(Seasons.parse(Mission.KEPLER, "8").matches(observation("K2", "K2", "ktwo1-c08_lc", 8L))).isFalse();
    }

    @Test
    void tessSectorsMatchObservationsAndFiles() {
        Seasons s1 = Seasons.parse(Mission.TESS, "1");
        Observation o = observation("TESS", "TESS", "tess2018206045859-s0001-0000000025155310-0120-s", 1L);
        assertThat(s1.matches(o)).isTrue();
        assertThat(s1.matches(observation("TESS", "TESS", "x", 2L))).isFalse();
        assertThat(s1.matches(o, product("tess2018206045859-s0001-0000000025155310-0120-s_lc.fits", null))).isTrue();
        assertThat(s1.matches(o, product("hlsp_qlp_tess_ffi_s0002-0000000025155310_tess_v01_llc.fits", null)))
                .isFalse();
    }
}
