package radio.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void fieldsThatNeedQuotesAreQuotedAndReadBack() {
        List<String> fields = List.of("KIC 11442793", "Kepler-90, Q4", "say \"hi\"", "", "a\rb");
        String line = Csv.line(fields);
        assertEquals("KIC 11442793,\"Kepler-90, Q4\",\"say \"\"hi\"\"\",,\"a\rb\"", line);
        assertEquals(fields, Csv.split(line));
    }

    @Test
    void quotesAreOptionalAndEmptyFieldsKept() {
        assertEquals(Arrays.asList("a", "b c", "", ""), Csv.split("\"a\",b c,,"));
        assertEquals(List.of(""), Csv.split(""));
    }

    @Test
    void aNullFieldIsWrittenEmpty() {
        assertEquals("x,,y", Csv.line(Arrays.asList("x", null, "y")));
    }
}
