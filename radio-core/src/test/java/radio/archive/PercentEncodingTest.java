package radio.archive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentEncodingTest {

    @Test
    void encodesSpaceAsPercent20AndStarAsPercent2AWithUpperCaseHex() {
        assertThat(PercentEncoding.encode("a b*c")).isEqualTo("a%20b%2Ac");
        assertThat(PercentEncoding.encode("{\"k\": [1]}")).isEqualTo("%7B%22k%22%3A%20%5B1%5D%7D");
    }

    @Test
    void keepsUnreservedCharactersAndSlash() {
        assertThat(PercentEncoding.encode("AZaz09_.-~/")).isEqualTo("AZaz09_.-~/");
    }

    @Test
    void encodesUtf8BytesAndPlusAndSemicolon() {
        assertThat(PercentEncoding.encode("é+;")).isEqualTo("%C3%A9%2B%3B");
    }
}
