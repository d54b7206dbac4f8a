package radio.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import radio.sim.catalogue.Mission;
import radio.sim.catalogue.Observation;
import radio.sim.catalogue.Product;
import radio.sim.catalogue.Target;
import radio.sim.server.Endpoint;

class MastInvokeTest {
    private static SimArchive sim;

    @BeforeAll
    static void start() {
        sim = SimArchive.builder().extraK2Targets(60).start();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private static String filtered(String filters) {
        return "{\"service\": \"Mast.Caom.Filtered\", \"params\": {\"columns\": \"*\", \"filters\": [" + filters
                + "]}, \"format\": \"json\", \"pagesize\": 50000, \"page\": 1}";
    }

    private static String byName(String targetName) {
        return "{\"paramName\": \"target_name\", \"values\": [\"" + targetName + "\"]}";
    }

    private static List<String> names(JsonNode fields) {
        List<String> out = new ArrayList<>();
        fields.forEach(f -> out.add(f.get("name").asText() + ":" + f.get("type").asText()));
        return out;
    }

    private static Target targetIn(int campaign) {
        return sim.catalogue().targets(Mission.K2).stream().filter(t -> t.seasons().contains(campaign)).findFirst()
                .orElseThrow();
    }

    @Test
    void filteredAnswerHasTheRecordedFieldsInOrderAndTheRealValueKinds() {
        JsonNode recorded = SimHttp.parse(SimFixtures.text("mast/k2_c10_ktwo228725972_caom_filtered.json"));
        Target t = targetIn(10);

        JsonNode ours = SimHttp.invoke(sim, filtered(byName(t.targetName())));

        assertThat(ours.get("status").asText()).isEqualTo("COMPLETE");
        assertThat(names(ours.get("fields"))).isEqualTo(names(recorded.get("fields")));
        JsonNode row = ours.get("data").get(0);
        List<String> keys = new ArrayList<>();
        row.fieldNames().forEachRemaining(keys::add);
        List<String> recordedKeys = new ArrayList<>();
        recorded.get("data").get(0).fieldNames().forEachRemaining(recordedKeys::add);
        assertThat(keys).isEqualTo(recordedKeys);
        assertThat(row.get("obsid").isIntegralNumber()).isTrue();
        assertThat(row.get("t_exptime").isInt()).isTrue();
        assertThat(row.get("t_exptime").asInt()).isEqualTo(1800);
        List<String> pagingKeys = new ArrayList<>();
        ours.get("paging").fieldNames().forEachRemaining(pagingKeys::add);
        assertThat(pagingKeys).containsExactly("page", "pageSize", "pagesFiltered", "rows", "rowsFiltered", "rowsTotal");
    }

    @Test
    void campaignTenIsOneObservationWhoseLightCurveIsTheSecondHalf() {
        Target t = targetIn(10);
        String e = t.paddedId();

        JsonNode data = SimHttp.invoke(sim, filtered(byName(t.targetName())
                + ", {\"paramName\": \"obs_collection\", \"values\": [\"K2\"]}")).get("data");

        assertThat(data).hasSize(t.shortCadence() ? 2 : 1);
        JsonNode lc = data.get(0);
        assertThat(lc.get("obs_id").asText()).isEqualTo("ktwo" + e + "-c10_lc");
        assertThat(lc.get("sequence_number").asInt()).isEqualTo(10);
        assertThat(lc.get("dataURL").asText()).isEqualTo("mast:K2/url/missions/k2/lightcurves/c102/"
                + e.substring(0, 4) + "00000/" + e.substring(4, 6) + "000/ktwo" + e + "-c102_llc.fits");
        assertThat(lc.get("t_min").asDouble()).isEqualTo(57582.07593294);
    }

    @Test
    void recordedRequestBytesDecodeAndAreAnswered() {
        String body = SimFixtures.text("mast/k2_c10_ktwo228725972_caom_filtered.request.txt").trim();
        HttpResponse<String> r = SimHttp.send(HttpRequest.newBuilder(sim.mastUrl().resolve("/api/v0/invoke"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());

        JsonNode doc = SimHttp.parse(r.body());
        assertThat(doc.get("status").asText()).isEqualTo("COMPLETE");
        // the star of the recorded request is in the simulated sky (campaign 10, one observation for both halves)
        assertThat(doc.at("/data").findValuesAsText("obs_id")).contains("ktwo228725972-c10_lc");
        assertThat(sim.requests(Endpoint.INVOKE).get(sim.requests(Endpoint.INVOKE).size() - 1)
                .param("request").orElseThrow()).contains("\"cacheBreaker\": \"806b77b7");
    }

    @Test
    void plusAndPercentTwentyAndGetRequestsAllGiveTheSameAnswer() {
        String doc = filtered(byName("ktwo206011691"));
        JsonNode viaPost = SimHttp.invoke(sim, doc);
        String plus = "request=" + SimHttp.encode(doc); // java.net.URLEncoder writes spaces as '+'
        JsonNode viaPlus = SimHttp.parse(SimHttp.send(HttpRequest.newBuilder(sim.mastUrl().resolve("/api/v0/invoke"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(plus)).build()).body());
        JsonNode viaGet = SimHttp.parse(SimHttp.get(URI.create(sim.mastUrl() + "/api/v0/invoke?" + plus)).body());

        assertThat(viaPost.get("data")).hasSize(sim.catalogue().observations("K2-21").size());
        assertThat(viaPlus.get("data")).isEqualTo(viaPost.get("data"));
        assertThat(viaGet.get("data")).isEqualTo(viaPost.get("data"));
    }

    @Test
    void responsesAreChunkedJsonWithSessionCookies() {
        HttpResponse<String> r = SimHttp.invokeRaw(sim, filtered(byName("ktwo206011691")));

        assertThat(r.headers().firstValue("content-type")).hasValue("application/json; charset=utf-8");
        assertThat(r.headers().firstValue("transfer-encoding")).hasValue("chunked");
        assertThat(r.headers().firstValue("content-length")).isEmpty();
        assertThat(r.headers().allValues("set-cookie")).anyMatch(c -> c.startsWith("STROUTE="))
                .anyMatch(c -> c.startsWith("MAST_Session=Id="));
    }

    @Test
    void pagesSplitTheResultAndReportPaging() {
        String doc = filtered("{\"paramName\": \"project\", \"separator\": \";\", \"values\": [\"K2\"]}, "
                + "{\"paramName\": \"obs_collection\", \"values\": [\"K2\"]}");
        int total = SimHttp.invoke(sim, doc).at("/paging/rowsFiltered").asInt();
        int pageSize = 7;
        Set<Long> seen = new HashSet<>();
        int pages = (total + pageSize - 1) / pageSize;
        for (int page = 1; page <= pages; page++) {
            JsonNode answer = SimHttp.invoke(sim, doc.replace("\"pagesize\": 50000, \"page\": 1",
                    "\"pagesize\": " + pageSize + ", \"page\": " + page));
            JsonNode paging = answer.get("paging");
            assertThat(paging.get("page").asInt()).isEqualTo(page);
            assertThat(paging.get("pageSize").asInt()).isEqualTo(pageSize);
            assertThat(paging.get("pagesFiltered").asInt()).isEqualTo(pages);
            assertThat(paging.get("rowsFiltered").asInt()).isEqualTo(total);
            int expectedRows = page < pages ? pageSize : total - pageSize * (pages - 1);
            assertThat(paging.get("rows").asInt()).isEqualTo(expectedRows);
            answer.get("data").forEach(row -> seen.add(row.get("obsid").asLong()));
        }
        long pipeline = sim.catalogue().allObservations().filter(o -> o.obsCollection().equals("K2")).count();
        assertThat(total).isEqualTo(pipeline);
        assertThat(seen).hasSize(total);
    }

    @Test
    void valuesInAFilterAreOredAndFiltersAreAnded() {
        JsonNode either = SimHttp.invoke(sim, filtered(
                "{\"paramName\": \"target_name\", \"values\": [\"ktwo206011691\", \"ktwo206318379\"]}"));
        JsonNode both = SimHttp.invoke(sim, filtered(
                "{\"paramName\": \"target_name\", \"values\": [\"ktwo206011691\", \"ktwo206318379\"]}, "
                        + "{\"paramName\": \"provenance_name\", \"values\": [\"K2SFF\"]}"));

        int k221 = sim.catalogue().observations("K2-21").size();
        int k228 = sim.catalogue().observations("K2-28").size();
        assertThat(either.get("data")).hasSize(k221 + k228);
        assertThat(both.get("data")).hasSize(2);
        both.get("data").forEach(r -> assertThat(r.get("provenance_name").asText()).isEqualTo("K2SFF"));
    }

    @Test
    void continuousRangeSelectsTheExposureTime() {
        JsonNode longCadence = SimHttp.invoke(sim, filtered(byName("ktwo206011691")
                + ", {\"paramName\": \"t_exptime\", \"values\": [{\"min\": 1799, \"max\": 1801}]}"
                + ", {\"paramName\": \"obs_collection\", \"values\": [\"K2\"]}"));
        JsonNode shortCadence = SimHttp.invoke(sim, filtered(byName("ktwo206011691")
                + ", {\"paramName\": \"t_exptime\", \"values\": [{\"min\": 0, \"max\": 100}]}"));

        assertThat(longCadence.get("data")).hasSize(1);
        assertThat(longCadence.at("/data/0/obs_id").asText()).isEqualTo("ktwo206011691-c03_lc");
        long shorts = sim.catalogue().observations("K2-21").stream().filter(o -> o.tExptime().intValue() == 60)
                .count();
        assertThat(shortCadence.get("data")).hasSize((int) shorts);
    }

    @Test
    void freeTextIsALikePattern() {
        JsonNode answer = SimHttp.invoke(sim, filtered(
                "{\"paramName\": \"obs_id\", \"values\": [], \"freeText\": \"KTWO2060116%_lc\"}"));

        assertThat(answer.get("data")).hasSize(1);
        assertThat(answer.at("/data/0/obs_id").asText()).isEqualTo("ktwo206011691-c03_lc");
    }

    @Test
    void columnListAndCountBigAreHonoured() {
        JsonNode some = SimHttp.invoke(sim, filtered(byName("ktwo206011691"))
                .replace("\"columns\": \"*\"", "\"columns\": \"obs_id,t_exptime\""));
        JsonNode count = SimHttp.invoke(sim, filtered(byName("ktwo206011691"))
                .replace("\"columns\": \"*\"", "\"columns\": \"COUNT_BIG(*)\""));

        assertThat(names(some.get("fields"))).containsExactly("obs_id:string", "t_exptime:float");
        assertThat(some.at("/data/0").size()).isEqualTo(2);
        assertThat(names(count.get("fields"))).containsExactly("Column1:string");
        assertThat(count.at("/data/0/Column1").isNumber()).isTrue();
        assertThat(count.at("/data/0/Column1").asInt()).isEqualTo(sim.catalogue().observations("K2-21").size());
    }

    private static JsonNode position(double ra, double dec, double radius) {
        return SimHttp.invoke(sim, "{\"service\": \"Mast.Caom.Filtered.Position\", \"params\": {\"columns\": \"*\", "
                + "\"filters\": [{\"paramName\": \"project\", \"separator\": \";\", \"values\": [\"K2\"]}], "
                + "\"position\": \"" + ra + ", " + dec + ", " + radius + "\"}, \"format\": \"json\", "
                + "\"pagesize\": 50000, \"page\": 1}");
    }

    @Test
    void zeroRadiusMatchesTheFootprintsContainingThePoint() {
        Target t = sim.catalogue().target("K2-62").orElseThrow();
        double twoArcsec = 2.0 / 3600;

        JsonNode inside = position(t.ra(), t.dec() + twoArcsec, 0);
        JsonNode outside = position(t.ra(), t.dec() + 10 * twoArcsec, 0);
        JsonNode wide = position(t.ra(), t.dec() + 10 * twoArcsec, 30.0 / 3600);

        assertThat(inside.get("data")).hasSize(sim.catalogue().observations(t).size());
        inside.get("data").forEach(r -> {
            assertThat(r.get("target_name").asText()).isEqualTo(t.targetName());
            assertThat(r.get("distance").asDouble()).isZero();
            assertThat(r.get("objID1").asLong()).isEqualTo(r.get("objID").asLong());
        });
        List<String> fields = names(inside.get("fields"));
        assertThat(fields.subList(fields.size() - 3, fields.size()))
                .containsExactly("objID:string", "objID1:string", "distance:float");
        assertThat(outside.get("data")).isEmpty();
        assertThat(wide.get("data")).hasSize(sim.catalogue().observations(t).size());
        assertThat(wide.at("/data/0/distance").asDouble()).isBetween(19.9, 20.1);
    }

    @Test
    void coneAddsOnlyTheDistanceColumn() {
        Target t = sim.catalogue().target("K2-62").orElseThrow();
        JsonNode cone = SimHttp.invoke(sim, "{\"service\": \"Mast.Caom.Cone\", \"params\": {\"ra\": " + t.ra()
                + ", \"dec\": " + t.dec() + ", \"radius\": 0.0}, \"format\": \"json\", \"pagesize\": 50000, "
                + "\"page\": 1}");

        List<String> fields = names(cone.get("fields"));
        assertThat(fields).hasSize(34);
        assertThat(fields.get(33)).isEqualTo("distance:float");
        assertThat(cone.get("data")).hasSize(sim.catalogue().observationsNear(t.ra(), t.dec(), 0).size());
        assertThat(sim.catalogue().observationsNear(t.ra(), t.dec(), 0))
                .containsAll(sim.catalogue().observations(t));
    }

    @Test
    void productsHaveTheRecordedTwentyColumnsAndReverseRequestOrder() {
        JsonNode recorded = SimHttp.parse(SimFixtures.text("mast/k2_c10_ktwo228725972_caom_products.json"));
        List<Observation> obs = sim.catalogue().observations("K2-21");
        Observation lc = obs.get(0);
        Observation k2sff = obs.get(obs.size() - 1);

        JsonNode answer = SimHttp.invoke(sim, "{\"service\": \"Mast.Caom.Products\", \"params\": {\"obsid\": \""
                + lc.obsid() + "," + k2sff.obsid() + "\"}, \"format\": \"json\", \"pagesize\": 50000, \"page\": 1}");

        assertThat(names(answer.get("fields"))).isEqualTo(names(recorded.get("fields")));
        JsonNode data = answer.get("data");
        int sff = sim.catalogue().products(k2sff).size();
        assertThat(data).hasSize(sff + sim.catalogue().products(lc).size());
        assertThat(data.get(0).get("obsID").asLong()).isEqualTo(k2sff.obsid());
        assertThat(data.get(sff).get("obsID").asLong()).isEqualTo(lc.obsid());
        Product llc = sim.catalogue().lightCurves("K2-21").get(0);
        JsonNode llcRow = null;
        for (JsonNode row : data) {
            if ("LLC".equals(row.get("productSubGroupDescription").asText())) {
                llcRow = row;
            }
        }
        assertThat(llcRow).isNotNull();
        assertThat(llcRow.get("dataURI").asText()).isEqualTo(llc.dataUri());
        assertThat(llcRow.get("size").asLong()).isEqualTo(llc.size());
        assertThat(llcRow.get("description").asText()).isEqualTo("Lightcurve Long Cadence (KLC) - C03");
    }

    @Test
    void shortCadenceObservationAlsoListsTheLongCadenceLightCurve() {
        Target t = sim.catalogue().targets(Mission.K2).stream().filter(Target::shortCadence)
                .filter(x -> !x.seasons().contains(9)).findFirst().orElseThrow();
        Observation lc = sim.catalogue().observations(t).get(0);
        Observation sc = sim.catalogue().observations(t).stream().filter(o -> o.tExptime().intValue() == 60)
                .findFirst().orElseThrow();

        JsonNode data = SimHttp.invoke(sim, "{\"service\": \"Mast.Caom.Products\", \"params\": {\"obsid\": \""
                + sc.obsid() + "\"}, \"format\": \"json\"}").get("data");

        JsonNode dup = null;
        for (JsonNode row : data) {
            if ("LLC".equals(row.get("productSubGroupDescription").asText())) {
                dup = row;
            }
        }
        assertThat(dup).isNotNull();
        assertThat(dup.get("obsID").asLong()).isEqualTo(sc.obsid());
        assertThat(dup.get("parent_obsid").asLong()).isEqualTo(lc.obsid());
        assertThat(dup.get("dataURI").asText()).isEqualTo(lc.dataUrl());
    }

    @Test
    void nameLookupAnswersInTheLegacyShape() {
        JsonNode answer = SimHttp.invoke(sim, "{\"service\": \"Mast.Name.Lookup\", \"params\": {\"input\": \"K2-62\", "
                + "\"format\": \"json\"}}");

        assertThat(answer.get("status").asText()).isEmpty();
        assertThat(answer.get("resolvedCoordinate")).hasSize(1);
        assertThat(answer.at("/resolvedCoordinate/0/searchString").asText()).isEqualTo("k2-62");
        assertThat(answer.at("/resolvedCoordinate/0/canonicalName").asText()).isEqualTo("K2-62");
    }

    @Test
    void badRequestsAnswerErrorWithHttp200() {
        HttpResponse<String> unknown = SimHttp.invokeRaw(sim, "{\"service\": \"Mast.Nope\", \"params\": {}, "
                + "\"format\": \"json\"}");
        JsonNode badColumn = SimHttp.invoke(sim, filtered("{\"paramName\": \"no_such\", \"values\": [\"x\"]}"));
        JsonNode notJson = SimHttp.invoke(sim, "{service");
        JsonNode extjs = SimHttp.invoke(sim, filtered(byName("ktwo206011691")).replace("\"json\"", "\"extjs\""));

        assertThat(unknown.statusCode()).isEqualTo(200);
        JsonNode doc = SimHttp.parse(unknown.body());
        assertThat(doc.get("status").asText()).isEqualTo("ERROR");
        assertThat(doc.get("msg").asText()).contains("Mast.Nope");
        assertThat(badColumn.get("msg").asText()).contains("no_such");
        assertThat(notJson.get("status").asText()).isEqualTo("ERROR");
        assertThat(extjs.get("msg").asText()).contains("extjs");
    }
}
