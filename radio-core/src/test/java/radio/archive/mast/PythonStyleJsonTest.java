package radio.archive.mast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PythonStyleJsonTest {

    @ParameterizedTest
    @CsvSource({
        "1800.0, 1800.0",
        "0.0001, 0.0001",
        "0.00001, 1e-05",
        "2.777777777777778e-08, 2.777777777777778e-08",
        "84.2911951861308, 84.2911951861308",
        "-80.46912070924, -80.46912070924",
        "1e16, 1e+16",
        "1e15, 1000000000000000.0",
        "123456789012345680000, 1.2345678901234568e+20",
        "0.1, 0.1",
        "-0.5, -0.5",
        "0, 0.0"})
    void floatsAreWrittenAsPythonsRepr(double value, String python) {
        assertThat(PythonStyleJson.repr(value)).isEqualTo(python);
    }

    @Test
    void separatorsAndEscapesFollowJsonDumpsDefaults() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", List.of(1, 2L, "x"));
        m.put("quote\"back\\slash", "tab\there é ☃ 𝄞");
        m.put("n", null);
        m.put("t", true);

        assertThat(PythonStyleJson.write(m)).isEqualTo(
                "{\"a\": [1, 2, \"x\"], \"quote\\\"back\\\\slash\": \"tab\\there \\u00e9 \\u2603 \\ud834\\udd1e\", "
                        + "\"n\": null, \"t\": true}");
    }
}
