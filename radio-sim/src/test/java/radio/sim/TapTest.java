package radio.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import radio.sim.catalogue.Planet;
import radio.sim.catalogue.SeedTargets;
import radio.sim.catalogue.Target;

class TapTest {
    private static SimArchive sim;

    @BeforeAll
    static void start() {
        sim = SimArchive.builder().extraK2Targets(30).start();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private static HttpResponse<String> tap(String adql, String format) {
        return SimHttp.get(URI.create(sim.exoplanetArchiveUrl() + "/TAP/sync?query=" + SimHttp.encode(adql)
                + "&format=" + format));
    }

    private static JsonNode json(String adql) {
        HttpResponse<String> r = tap(adql, "json");
        assertThat(r.statusCode()).isEqualTo(200);
        return SimHttp.parse(r.body());
    }

    @Test
    void k2namesCarriesTheSeedHostsWithTheirRecordedEpicIdsAndPlanetNames() {
        Set<String> seedHosts = new HashSet<>();
        SeedTargets.all().forEach(s -> seedHosts.add(s.k2Host()));
        Set<String> recorded = new HashSet<>();
        for (String line : SimFixtures.text("exoplanet-archive/ropensci-exoplanets/tap_k2names_all.csv").split("\n")) {
            String[] f = line.replace("\"", "").split(",");
            if (f.length == 3 && f[1].startsWith("K2-") && seedHosts.contains(f[1].substring(0, f[1].lastIndexOf(' ')))) {
                recorded.add(line);
            }
        }

        HttpResponse<String> csv = tap("select epic_id,k2_name,pl_name from k2names", "csv");

        Set<String> ours = new HashSet<>(List.of(csv.body().split("\n")));
        assertThat(recorded).hasSize(43); // 30 listed seed hosts, 43 planets
        assertThat(ours).containsAll(recorded);
        assertThat(csv.body()).doesNotContain("K2-76");
    }

    @Test
    void csvQuotesTextLeavesNumbersBareAndNullsEmpty() {
        HttpResponse<String> r = tap("select pl_name, sy_pnum, pl_orbper from pscomppars where hostname = 'K2-21' "
                + "order by pl_name", "csv");
        HttpResponse<String> nulls = tap("select column_name, unit from TAP_SCHEMA.columns where table_name = "
                + "'k2names' and column_name = 'epic_id'", "csv");

        Planet b = sim.catalogue().target("K2-21").orElseThrow().planets().get(0);
        assertThat(r.headers().firstValue("content-type")).hasValue("text/plain");
        assertThat(r.body()).startsWith("pl_name,sy_pnum,pl_orbper\n\"K2-21 b\",2," + String.format("%.7f",
                b.periodDays()) + "\n\"K2-21 c\",2,").endsWith("\n");
        assertThat(nulls.body()).isEqualTo("column_name,unit\n\"epic_id\",\n");
    }

    @Test
    void csvAndJsonHaveTheRecordedLayouts() {
        String recordedCsv = SimFixtures.text("exoplanet-archive/ropensci-exoplanets/tap_k2names_all.csv");
        JsonNode recordedJson = SimHttp.parse(SimFixtures.text("exoplanet-archive/ropensci-exoplanets/tap_k2names_all.json"));

        String csv = tap("select * from k2names", "csv").body();
        JsonNode json = json("select * from k2names");

        assertThat(csv.substring(0, csv.indexOf('\n'))).isEqualTo(recordedCsv.substring(0, recordedCsv.indexOf('\n')));
        assertThat(csv.split("\n")[1]).matches("\"EPIC \\d+\",\"K2-\\d+ [a-z]\",\"[^\"]+\"");
        List<String> keys = new ArrayList<>();
        json.get(0).fieldNames().forEachRemaining(keys::add);
        List<String> recordedKeys = new ArrayList<>();
        recordedJson.get(0).fieldNames().forEachRemaining(recordedKeys::add);
        assertThat(keys).isEqualTo(recordedKeys);
        assertThat(json).hasSize(csv.split("\n").length - 1);
    }

    @Test
    void tsvIsUnquotedAndTabSeparated() {
        String tsv = tap("select epic_id, k2_name from k2names where k2_name = 'K2-62 b'", "tsv").body();

        assertThat(tsv).isEqualTo("epic_id\tk2_name\nEPIC 206096602\tK2-62 b\n");
    }

    @Test
    void votableCarriesStatusFieldsAndCdataCells() throws Exception {
        String xml = tap("select pl_name, pl_orbper from pscomppars where hostname like 'K2-5%'", "votable").body();

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(xml).contains("<INFO name=\"QUERY_STATUS\" value=\"OK\"/>")
                .contains("<FIELD ID=\"pl_name\" name=\"pl_name\" datatype=\"char\" arraysize=\"*\"/>")
                .contains("<TD><![CDATA[K2-54 b]]></TD>");
        long expected = sim.catalogue().targets().stream().filter(t -> t.name().startsWith("K2-5"))
                .mapToLong(t -> t.planets().size()).sum();
        assertThat(doc.getElementsByTagName("TR").getLength()).isEqualTo((int) expected);
    }

    @Test
    void errorsComeBackWithHttp200InTheRequestedShape() {
        HttpResponse<String> unknownColumn = tap("select kepid from k2names", "json");
        HttpResponse<String> unknownTable = tap("select * from k2nomes", "csv");
        HttpResponse<String> votable = tap("select nope from ps", "votable");
        HttpResponse<String> badFormat = tap("select * from ps", "text/csv");
        HttpResponse<String> blank = tap(" ", "json");

        assertThat(List.of(unknownColumn, unknownTable, votable, badFormat, blank))
                .allMatch(r -> r.statusCode() == 200);
        JsonNode e = SimHttp.parse(unknownColumn.body());
        assertThat(e.get("status").asText()).isEqualTo("error");
        assertThat(e.get("msg").asText()).isEqualTo("ORA-00904: \"KEPID\": invalid identifier");
        assertThat(SimHttp.parse(unknownTable.body()).get("msg").asText()).startsWith("ORA-00942");
        assertThat(votable.body()).contains("<INFO name=\"QUERY_STATUS\" value=\"ERROR\">")
                .contains("ORA-00904: &quot;NOPE&quot;: invalid identifier");
        assertThat(badFormat.body()).contains("QUERY_STATUS\" value=\"ERROR\"").contains("Response format(text/csv)");
        assertThat(SimHttp.parse(blank.body()).get("msg").asText()).isEqualTo("Input 'query' is blank.");
    }

    @Test
    void distinctTopOrderAndTrailingTopWork() {
        JsonNode distinct = json("select distinct epic_id from k2names order by epic_id");
        JsonNode top = json("SELECT TOP 3 pl_name FROM pscomppars ORDER BY pl_orbper DESC");
        JsonNode trailing = json("select * from k2names top 5");

        long hosts = sim.catalogue().targets().stream().filter(Target::inNameTable).count();
        assertThat(distinct).hasSize((int) hosts);
        List<String> epics = new ArrayList<>();
        distinct.forEach(r -> epics.add(r.get("epic_id").asText()));
        assertThat(epics).isSorted().doesNotHaveDuplicates(); // text order: "EPIC 2..." before "EPIC 6..."
        assertThat(top).hasSize(3);
        double longest = sim.catalogue().targets().stream().flatMap(t -> t.planets().stream())
                .mapToDouble(Planet::periodDays).max().orElseThrow();
        assertThat(top.at("/0/pl_name").asText()).isEqualTo(sim.catalogue().targets().stream()
                .flatMap(t -> t.planets().stream()).filter(p -> p.periodDays() == longest).findFirst().orElseThrow()
                .name());
        assertThat(trailing).hasSize(5);
    }

    @Test
    void whereSupportsInLikeBooleanLogicAndDoubledQuotes() {
        JsonNode in = json("select k2_name from k2names where k2_name in ('K2-21 b', 'K2-28 b', 'K2-99 z')");
        JsonNode logic = json("select k2_name from k2names where (k2_name like 'K2-21 %' or k2_name = 'K2-28 b') "
                + "and not pl_name = 'K2-21 c'");
        JsonNode quoted = json("select pl_name from ps where pl_name = 'O''Neil b'");
        JsonNode caseless = json("SELECT PL_NAME FROM K2NAMES WHERE Epic_Id = 'EPIC 60017806'");

        assertThat(in).hasSize(2);
        List<String> names = new ArrayList<>();
        logic.forEach(r -> names.add(r.get("k2_name").asText()));
        assertThat(names).containsExactlyInAnyOrder("K2-21 b", "K2-28 b");
        assertThat(quoted).isEmpty();
        assertThat(caseless).hasSize(1);
        assertThat(caseless.at("/0/pl_name").asText()).isEqualTo("WASP-28 b");
    }

    @Test
    void countAndGroupBySummarise() {
        JsonNode count = json("select count(*) from k2names");
        JsonNode grouped = json("select epic_id, count(*) as n from k2names group by epic_id order by n desc");

        int planets = sim.catalogue().targets().stream().filter(Target::inNameTable).mapToInt(t -> t.planets().size())
                .sum();
        assertThat(count.at("/0/count(*)").asInt()).isEqualTo(planets);
        assertThat(grouped.at("/0/epic_id").asText()).isEqualTo("EPIC 206209135"); // K2-72 has four planets
        assertThat(grouped.at("/0/n").asInt()).isEqualTo(4);
    }

    @Test
    void parameterNamesAreCaseInsensitiveAndPostWorks() {
        HttpResponse<String> get = SimHttp.get(URI.create(sim.exoplanetArchiveUrl() + "/TAP/sync?QUERY="
                + SimHttp.encode("select pl_name from pscomppars where hostname = 'K2-62'") + "&Format=json"));
        HttpResponse<String> post = SimHttp.send(HttpRequest.newBuilder(sim.exoplanetArchiveUrl().resolve("/TAP/sync"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + SimHttp.encode(
                        "select pl_name from pscomppars where hostname = 'K2-62'") + "&format=json")).build());

        assertThat(SimHttp.parse(get.body())).hasSize(2);
        assertThat(SimHttp.parse(post.body())).isEqualTo(SimHttp.parse(get.body()));
    }

    @Test
    void planetTablesAgreeWithTheInjectedTransits() {
        Map<String, JsonNode> rows = new HashMap<>();
        json("select pl_name, pl_orbper, pl_tranmid, pl_trandur, pl_trandep, ra, dec from pscomppars")
                .forEach(r -> rows.put(r.get("pl_name").asText(), r));
        JsonNode defaults = json("select pl_name from ps where default_flag = 1");
        JsonNode all = json("select pl_name from ps");

        int planets = 0;
        for (Target t : sim.catalogue().targets()) {
            for (Planet p : t.planets()) {
                planets++;
                JsonNode r = rows.get(p.name());
                assertThat(r.get("pl_orbper").asDouble()).isEqualTo(p.periodDays());
                assertThat(r.get("pl_tranmid").asDouble()).isEqualTo(p.epochBjd());
                assertThat(r.get("pl_trandur").asDouble()).isEqualTo(p.durationHours());
                assertThat(r.get("pl_trandep").asDouble()).isEqualTo(p.depthPercent());
                assertThat(r.get("ra").asDouble()).isEqualTo(t.ra());
            }
        }
        assertThat(rows).hasSize(planets);
        assertThat(defaults).hasSize(planets);
        assertThat(all.size()).isGreaterThan(planets);
    }
}
