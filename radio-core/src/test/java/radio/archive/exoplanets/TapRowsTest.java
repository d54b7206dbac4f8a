package radio.archive.exoplanets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import radio.archive.MalformedResponseException;
import radio.testing.Fixtures;

/** Recorded TAP answers (ropensci) and legacy-API answers (astroquery) read into rows; numbers from the README. */
class TapRowsTest {
    private static final URI SOURCE = URI.create("http://archive.test/TAP/sync");
    private static final String TAP = "exoplanet-archive/ropensci-exoplanets/";
    private static final String LEGACY = "exoplanet-archive/astroquery/";

    private static List<TapRow> read(String fixture) throws Exception {
        return readBytes(Fixtures.bytes(fixture));
    }

    private static List<TapRow> readBytes(byte[] body) throws Exception {
        try (TapRows rows = TapRows.read(new ByteArrayInputStream(body), SOURCE)) {
            List<TapRow> out = new ArrayList<>();
            while (rows.next()) {
                out.add(rows.row());
            }
            return out;
        }
    }

    private static List<TapRow> readText(String body) throws Exception {
        return readBytes(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void k2namesReadsWholeFromJson() throws Exception {
        List<TapRow> rows = read(TAP + "tap_k2names_all.json");
        assertThat(rows).hasSize(449);
        assertThat(rows.get(0).columns()).containsExactly("epic_id", "k2_name", "pl_name");
        assertThat(rows.get(0).text("epic_id")).contains("EPIC 246199087");
        assertThat(rows.get(0).text("k2_name")).contains("K2-112 f");
        assertThat(rows.get(0).text("pl_name")).contains("TRAPPIST-1 f");
        Set<String> epics = new HashSet<>();
        int renamed = 0;
        for (TapRow r : rows) {
            epics.add(r.text("epic_id").orElseThrow());
            if (!r.text("k2_name").equals(r.text("pl_name"))) {
                renamed++;
            }
        }
        assertThat(epics).hasSize(323);
        assertThat(renamed).isEqualTo(76);
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.text("k2_name")).contains("K2-18 b");
            assertThat(r.text("epic_id")).contains("EPIC 201912552");
        });
    }

    @Test
    void selectedColumnsComeBackInSelectOrder() throws Exception {
        List<TapRow> rows = read(TAP + "tap_k2names_epic_id_k2_name.json");
        assertThat(rows).hasSize(449);
        assertThat(rows.get(0).columns()).containsExactly("epic_id", "k2_name");
        assertThat(rows.get(448).text("k2_name")).isPresent();
    }

    @Test
    void jsonNumbersNullsAndMissingKeysAreTolerated() throws Exception {
        String body = "[{\"pl_name\": \"K2-18 b\", \"pl_orbper\": 32.940045, \"sy_snum\": 1, \"pl_orbeccen\": null},"
                + " {\"pl_name\": \"K2-3 b\", \"pl_orbper\": \"10.05\"}]";
        List<TapRow> rows = readText(body);
        assertThat(rows.get(0).get("pl_orbper")).isEqualTo(new BigDecimal("32.940045"));
        assertThat(rows.get(0).get("pl_orbeccen")).isNull();
        assertThat(rows.get(1).number("pl_orbper").getAsDouble()).isEqualTo(10.05);
        assertThat(rows.get(1).get("sy_snum")).isNull();
        assertThat(readText("  [ ]  ")).isEmpty();
    }

    @Test
    void errorObjectWithUnescapedQuotesGivesTheArchivesMessage() {
        String body = "{\n    \"status\": \"error\",\n    \"msg\": \"ORA-00904: \"KEPID\": invalid identifier\"\n}\n";
        assertThatThrownBy(() -> readText(body))
                .isInstanceOfSatisfying(TapException.class, e -> {
                    assertThat(e.archiveMessage()).isEqualTo("ORA-00904: \"KEPID\": invalid identifier");
                    assertThat(e.uri()).isEqualTo(SOURCE);
                });
    }

    @Test
    void wellFormedErrorObjectGivesItsMessage() {
        assertThatThrownBy(() -> readText("{\"status\":\"error\",\"msg\":\"Input 'query' is blank.\"}"))
                .isInstanceOfSatisfying(TapException.class,
                        e -> assertThat(e.archiveMessage()).isEqualTo("Input 'query' is blank."));
    }

    @Test
    void votableErrorGivesTheInfoText() {
        String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<VOTABLE version=\"1.4\" "
                + "xmlns=\"http://www.ivoa.net/xml/VOTable/v1.3\">\n<RESOURCE type=\"results\">\n"
                + "<INFO name=\"QUERY_STATUS\" value=\"ERROR\">\nORA-00933: SQL command not properly ended\n</INFO>\n"
                + "</RESOURCE>\n</VOTABLE>\n";
        assertThatThrownBy(() -> readText(body)).isInstanceOfSatisfying(TapException.class,
                e -> assertThat(e.archiveMessage()).isEqualTo("ORA-00933: SQL command not properly ended"));
    }

    @Test
    void legacyErrorTextGivesItsMessage() {
        byte[] body = Fixtures.bytes(LEGACY + "api_error_aliastable_not_a_planet.txt");
        assertThatThrownBy(() -> readBytes(body))
                .isInstanceOfSatisfying(TapException.class, e -> assertThat(e.archiveMessage()).isEqualTo(
                        "String not coordinate or object name in Exoplanet Archive, CDS, or NED "
                                + "(exoLookup call failure)"));
    }

    @Test
    void bodyOfTheWrongShapeIsMalformedNotAnError() {
        assertThatThrownBy(() -> readText("epic_id,k2_name\n"))
                .isInstanceOf(MalformedResponseException.class).hasMessageContaining("JSON array");
        assertThatThrownBy(() -> readText(""))
                .isInstanceOf(MalformedResponseException.class).hasMessageContaining("empty body");
    }
}
