package radio.archive.mast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MastRowTest {

    private static MastRow row(String... kv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return new MastRow(m);
    }

    @Test
    void integersAcceptNumbersSentAsStringsAndLongObsids() {
        MastRow r = row("obsid", "19000016510", "s", "42", "f", "1800.0", "frac", "2.5");
        assertThat(r.integer("obsid").getAsLong()).isEqualTo(19_000_016_510L);
        assertThat(r.integer("s").getAsLong()).isEqualTo(42);
        assertThat(r.integer("f").getAsLong()).isEqualTo(1800);
        assertThat(r.integer("frac")).isEmpty();
    }

    @Test
    void minus999IsUnsetForIntegersOnly() {
        MastRow r = row("sequence_number", "-999", "t", "-999");
        assertThat(r.integer("sequence_number")).isEmpty();
        assertThat(r.real("t").getAsDouble()).isEqualTo(-999.0);
    }

    @Test
    void absentNullAndGarbageReadAsEmpty() {
        MastRow r = row("n", null, "g", "abc", "blank", " ");
        assertThat(r.integer("missing")).isEmpty();
        assertThat(r.integer("n")).isEmpty();
        assertThat(r.real("g")).isEmpty();
        assertThat(r.text("blank")).isEmpty();
        assertThat(r.raw("blank")).contains(" ");
        assertThat(r.bool("missing")).isEmpty();
    }
}
