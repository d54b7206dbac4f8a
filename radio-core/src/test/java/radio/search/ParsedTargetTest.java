package radio.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import radio.search.ParsedTarget.Kind;

class ParsedTargetTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EPIC 201912552|MAST_TARGET|ktwo201912552",
        "epic201912552|MAST_TARGET|ktwo201912552",
        "EPIC 2013670|MAST_TARGET|ktwo002013670",
        "ktwo228725972|MAST_TARGET|ktwo228725972",
        "KIC 6507433|MAST_TARGET|kplr006507433",
        "kplr006507433|MAST_TARGET|kplr006507433",
        "KIC 8264588|MAST_TARGET|kplr008264588",
        "TIC 74534430|MAST_TARGET|74534430",
        "TIC 074534430|MAST_TARGET|74534430",
        "tic307210830|MAST_TARGET|307210830",
        "K2-18|K2_HOST|18",
        "K2-18 b|K2_HOST|18",
        "k2-18b|K2_HOST|18",
        "K2-112 f|K2_HOST|112",
        "Kepler-11|KEPLER_HOST|11",
        "Kepler-226 c|KEPLER_HOST|226",
        "TOI-700|TOI_HOST|700",
        "TOI-256.01|TOI_HOST|256",
        "toi 270|TOI_HOST|270",
        "pi Mensae|NAME|pi Mensae",
        "WASP-47|NAME|WASP-47",
        "TRAPPIST-1|NAME|TRAPPIST-1",
        "K2-18 bc|NAME|K2-18 bc",
        "EPIC 12345678901|NAME|EPIC 12345678901"})
    void recognisesDesignations(String input, Kind kind, String value) {
        ParsedTarget t = ParsedTarget.parse(input);
        assertThat(t.kind()).isEqualTo(kind);
        assertThat(t.value()).isEqualTo(value);
        assertThat(t.input()).isEqualTo(input.strip());
    }
}
