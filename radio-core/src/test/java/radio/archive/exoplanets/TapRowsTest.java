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

    private static List<TapRow> read(String fixture, TapFormat format) throws Exception {
        return readBytes(Fixtures.bytes(fixture), format);
    }

    private static List<TapRow> readBytes(byte[] body, TapFormat format) throws Exception {
        try (TapRows rows = TapRows.read(new ByteArrayInputStream(body), format, SOURCE)) {
            List<TapRow> out = new ArrayList<>();
            while (rows.next()) {
                out.add(rows.row());
            }
            return out;
        }
    }

    private static List<TapRow> readText(String body, TapFormat format) throws Exception {
        return readBytes(body.getBytes(StandardCharsets.UTF_8), format);
    }

    private static void assertK2namesAll(List<TapRow> rows) {
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
    void k2namesReadsTheSameFromJsonCsvAndTsv() throws Exception {
        assertK2namesAll(read(TAP + "tap_k2names_all.json", TapFormat.JSON));
        assertK2namesAll(read(TAP + "tap_k2names_all.csv", TapFormat.CSV));
        assertK2namesAll(read(TAP + "tap_k2names_all.tsv", TapFormat.TSV));
    }

    @Test
    void selectedColumnsComeBackInSelectOrder() throws Exception {
        for (TapFormat f : List.of(TapFormat.JSON, TapFormat.CSV, TapFormat.TSV)) {
            List<TapRow> rows = read(TAP + "tap_k2names_epic_id_k2_name." + f.wireName(), f);
            assertThat(rows).hasSize(449);
            assertThat(rows.get(0).columns()).containsExactly("epic_id", "k2_name");
            assertThat(rows.get(448).text("k2_name")).isPresent();
        }
        assertThat(read(TAP + "tap_k2names_pl_name.csv", TapFormat.CSV)).hasSize(449)
                .first().satisfies(r -> assertThat(r.text("pl_name")).contains("TRAPPIST-1 f"));
    }

    @Test
    void quotedDigitsInCsvStayText() throws Exception {
        List<TapRow> rows = read(TAP + "tap_keplernames_top5.csv", TapFormat.CSV);
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0).columns()).containsExactly("kepid", "koi_name", "kepler_name", "pl_name");
        assertThat(rows.get(0).get("kepid")).isEqualTo("7515212");
        assertThat(rows.get(0).text("koi_name")).contains("K00679.02");
        assertThat(rows.get(3).text("kepler_name")).contains("Kepler-122 f");
    }

    @Test
    void largeTablesStreamCompletely() throws Exception {
        assertThat(read(TAP + "tap_pscomppars_pl_name.csv", TapFormat.CSV)).hasSize(4383)
                .first().satisfies(r -> assertThat(r.text("pl_name")).contains("OGLE-2016-BLG-1227L b"));
        assertThat(read(TAP + "tap_keplernames_pl_name.csv", TapFormat.CSV)).hasSize(2414)
                .last().satisfies(r -> assertThat(r.text("pl_name")).contains("Kepler-1131 b"));
    }

    @Test
    void csvWithUnescapedQuotesInsideTextIsSplitAtQuoteComma() throws Exception {
        String body = "pl_name,pl_refname,pl_orbper,sy_snum\n"
                + "\"K2-18 b\",\"<a refstr=CLOUTIER_ET_AL__2019 href=\"https://x\" target=ref>Cloutier et al. 2019</a>\","
                + "32.940045,1\n"
                + "\"K2-3 b\",,10.05,\n";
        List<TapRow> rows = readText(body, TapFormat.CSV);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).text("pl_refname"))
                .contains("<a refstr=CLOUTIER_ET_AL__2019 href=\"https://x\" target=ref>Cloutier et al. 2019</a>");
        assertThat(rows.get(0).get("pl_orbper")).isEqualTo(new BigDecimal("32.940045"));
        assertThat(rows.get(0).number("sy_snum").getAsDouble()).isEqualTo(1.0);
        assertThat(rows.get(1).get("pl_refname")).isNull();
        assertThat(rows.get(1).get("sy_snum")).isNull();
    }

    @Test
    void jsonNumbersNullsAndMissingKeysAreTolerated() throws Exception {
        String body = "[{\"pl_name\": \"K2-18 b\", \"pl_orbper\": 32.940045, \"sy_snum\": 1, \"pl_orbeccen\": null},"
                + " {\"pl_name\": \"K2-3 b\", \"pl_orbper\": \"10.05\"}]";
        List<TapRow> rows = readText(body, TapFormat.JSON);
        assertThat(rows.get(0).get("pl_orbper")).isEqualTo(new BigDecimal("32.940045"));
        assertThat(rows.get(0).get("pl_orbeccen")).isNull();
        assertThat(rows.get(1).number("pl_orbper").getAsDouble()).isEqualTo(10.05);
        assertThat(rows.get(1).get("sy_snum")).isNull();
        assertThat(readText("  [ ]  ", TapFormat.JSON)).isEmpty();
    }

    @Test
    void emptyCsvResultIsJustTheHeader() throws Exception {
        try (TapRows rows = TapRows.read(new ByteArrayInputStream("epic_id,k2_name\n".getBytes()), TapFormat.CSV,
                SOURCE)) {
            assertThat(rows.columns()).containsExactly("epic_id", "k2_name");
            assertThat(rows.next()).isFalse();
        }
    }

    @Test
    void errorObjectWithUnescapedQuotesGivesTheArchivesMessage() {
        String body = "{\n    \"status\": \"error\",\n    \"msg\": \"ORA-00904: \"KEPID\": invalid identifier\"\n}\n";
        for (TapFormat f : List.of(TapFormat.JSON, TapFormat.CSV, TapFormat.TSV)) {
            assertThatThrownBy(() -> readText(body, f))
                    .isInstanceOfSatisfying(TapException.class, e -> {
                        assertThat(e.archiveMessage()).isEqualTo("ORA-00904: \"KEPID\": invalid identifier");
                        assertThat(e.uri()).isEqualTo(SOURCE);
                    });
        }
    }

    @Test
    void wellFormedErrorObjectGivesItsMessage() {
        assertThatThrownBy(() -> readText("{\"status\":\"error\",\"msg\":\"Input 'query' is blank.\"}", TapFormat.JSON))
                .isInstanceOfSatisfying(TapException.class,
                        e -> assertThat(e.archiveMessage()).isEqualTo("Input 'query' is blank."));
    }

    @Test
    void votableErrorGivesTheInfoText() {
        String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<VOTABLE version=\"1.4\" "
                + "xmlns=\"http://www.ivoa.net/xml/VOTable/v1.3\">\n<RESOURCE type=\"results\">\n"
                + "<INFO name=\"QUERY_STATUS\" value=\"ERROR\">\nORA-00933: SQL command not properly ended\n</INFO>\n"
                + "</RESOURCE>\n</VOTABLE>\n";
        for (TapFormat f : List.of(TapFormat.JSON, TapFormat.CSV, TapFormat.VOTABLE)) {
            assertThatThrownBy(() -> readText(body, f)).isInstanceOfSatisfying(TapException.class,
                    e -> assertThat(e.archiveMessage()).isEqualTo("ORA-00933: SQL command not properly ended"));
        }
    }

    @Test
    void legacyErrorTextGivesItsMessage() {
        byte[] body = Fixtures.bytes(LEGACY + "api_error_aliastable_not_a_planet.txt");
        assertThatThrownBy(() -> readBytes(body, TapFormat.CSV))
                .isInstanceOfSatisfying(TapException.class, e -> assertThat(e.archiveMessage()).isEqualTo(
                        "String not coordinate or object name in Exoplanet Archive, CDS, or NED "
                                + "(exoLookup call failure)"));
    }

    @Test
    void bodyOfTheWrongShapeIsMalformedNotAnError() {
        assertThatThrownBy(() -> readText("epic_id,k2_name\n", TapFormat.JSON))
                .isInstanceOf(MalformedResponseException.class).hasMessageContaining("JSON array");
        assertThatThrownBy(() -> readText("", TapFormat.CSV))
                .isInstanceOf(MalformedResponseException.class).hasMessageContaining("empty body");
    }

    @Test
    void legacyIpacTablesReadWithTypesAndNulls() throws Exception {
        List<TapRow> k2 = read(LEGACY + "api_k2names_epic206027655.ipac.txt", TapFormat.IPAC);
        assertThat(k2).hasSize(2);
        assertThat(k2.get(0).columns()).startsWith("epic_host", "k2_name", "alt_name");
        assertThat(k2.get(0).text("epic_host")).contains("EPIC 206027655");
        assertThat(k2.get(1).text("k2_name")).contains("K2-59 c");
        assertThat(k2.get(0).get("ra")).isEqualTo(new BigDecimal("338.942352"));
        assertThat(k2.get(0).text("k2_campaign_str")).contains("3");

        List<TapRow> kepler = read(LEGACY + "api_keplernames_kepid10601284.ipac.txt", TapFormat.IPAC);
        assertThat(kepler).extracting(r -> r.text("kepler_name").orElseThrow())
                .containsExactly("Kepler-226 b", "Kepler-226 c", "Kepler-226 d");
        assertThat(kepler.get(0).get("kepid")).isEqualTo(new BigDecimal("10601284"));

        List<TapRow> toi = read(LEGACY + "api_toi_256.01.ipac.txt", TapFormat.IPAC);
        assertThat(toi).hasSize(1);
        assertThat(toi.get(0).get("objectid")).isNull();
        assertThat(toi.get(0).get("tid")).isEqualTo(new BigDecimal("92226327"));
        assertThat(toi.get(0).text("toi")).contains("256.01");

        assertThat(read(LEGACY + "api_exoplanets_kepler11.ipac.txt", TapFormat.IPAC)).hasSize(6)
                .first().satisfies(r -> assertThat(r.get("ra")).isEqualTo(new BigDecimal("297.115123")));
        assertThat(read(LEGACY + "api_cumulative_kepid10601284.ipac.txt", TapFormat.IPAC)).hasSize(3);
        assertThat(read(LEGACY + "api_k2candidates_epic206027655.ipac.txt", TapFormat.IPAC)).hasSize(6)
                .extracting(r -> r.text("pl_name").orElseThrow()).contains("K2-59 b", "K2-59 c");
    }

    @Test
    void legacyCsvWithBareTextAndVotableRead() throws Exception {
        List<TapRow> csv = read(LEGACY + "api_exoplanets_hatp11b.csv", TapFormat.CSV);
        assertThat(csv).hasSize(1);
        assertThat(csv.get(0).get("pl_hostname")).isEqualTo("HAT-P-11");
        assertThat(csv.get(0).get("pl_orbper")).isEqualTo(new BigDecimal("4.88780244"));
        assertThat(csv.get(0).get("pl_orbpererr1")).isNull();

        List<TapRow> vot = read(LEGACY + "api_exoplanets_hatp11b.votable.xml", TapFormat.VOTABLE);
        assertThat(vot).hasSize(1);
        assertThat(vot.get(0).get("pl_name")).isEqualTo("HAT-P-11 b");
        assertThat(vot.get(0).get("pl_orbper")).isEqualTo(new BigDecimal("4.88780244"));
        assertThat(vot.get(0).get("pl_orbpererr1")).isNull();
        assertThat(vot.get(0).get("pl_pnum")).isEqualTo(new BigDecimal("2"));

        assertThat(read(LEGACY + "api_aliastable_kepler2.csv", TapFormat.CSV))
                .extracting(r -> r.text("aliasdis").orElseThrow()).contains("HAT-P-7", "KIC 10666592", "Kepler-2");
        assertThat(read(LEGACY + "api_aliastable_kepler1b.csv", TapFormat.CSV)).hasSize(10);
    }
}
