package radio.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import radio.sim.catalogue.Product;
import radio.sim.catalogue.Target;
import radio.sim.server.Endpoint;

class ResolverAndPathLookupTest {
    private static SimArchive sim;

    @BeforeAll
    static void start() {
        sim = SimArchive.builder().extraK2Targets(5).start();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private static JsonNode santa(String query) {
        return SimHttp.parse(SimHttp.get(URI.create(sim.resolverUrl() + "/Santa-war/query?" + query)).body());
    }

    @Test
    void santaAnswersEveryNameInTheRecordedShape() {
        JsonNode recorded = SimHttp.parse(SimFixtures.text("mast/santa_pi_mensae.json"));
        List<String> recordedKeys = new ArrayList<>();
        recorded.at("/resolvedCoordinate/0").fieldNames().forEachRemaining(recordedKeys::add);

        JsonNode answer = santa("name=K2-62&name=K2-76&outputFormat=json&resolveAll=False");

        assertThat(answer.get("status").asText()).isEmpty();
        assertThat(answer.get("resolvedCoordinate")).hasSize(2);
        List<String> keys = new ArrayList<>();
        answer.at("/resolvedCoordinate/0").fieldNames().forEachRemaining(keys::add);
        assertThat(keys).isEqualTo(recordedKeys);
        assertThat(answer.at("/resolvedCoordinate/0/searchString").asText()).isEqualTo("k2-62");
        assertThat(answer.at("/resolvedCoordinate/1/searchString").asText()).isEqualTo("k2-76");
    }

    @Test
    void resolvedPositionLiesInsideTheTargetsFootprint() {
        Target t = sim.catalogue().target("K2-76").orElseThrow();
        JsonNode c = santa("name=K2-76&outputFormat=json&resolveAll=false").at("/resolvedCoordinate/0");

        double ra = c.get("ra").asDouble();
        double dec = c.get("decl").asDouble();
        assertThat(sim.catalogue().observations(t).get(0).footprint().contains(ra, dec)).isTrue();
        assertThat(sim.catalogue().observationsNear(ra, dec, 0)).isNotEmpty()
                .allMatch(o -> o.target().equals(t));
    }

    @Test
    void unknownNamesAddNothingAndKnownAliasesResolve() {
        JsonNode answer = santa("name=bogus+star&name=WASP-28&name=EPIC+206011691&outputFormat=json&resolveAll=false");

        List<String> found = new ArrayList<>();
        answer.get("resolvedCoordinate").forEach(e -> found.add(e.get("searchString").asText() + "/"
                + e.get("resolver").asText() + "/" + e.get("canonicalName").asText()));
        assertThat(found).containsExactly("wasp-28/SIMBAD/WASP-28", "epic 206011691/K2/EPIC 206011691");
    }

    @Test
    void resolveAllAndResolverChoiceSelectEntries() {
        JsonNode all = santa("name=EPIC+206011691&outputFormat=json&resolveAll=true");
        JsonNode simbadOnly = santa("name=EPIC+206011691&outputFormat=json&resolveAll=true&resolver=simbad");

        assertThat(all.get("resolvedCoordinate")).hasSize(2);
        assertThat(simbadOnly.get("resolvedCoordinate")).hasSize(1);
        assertThat(simbadOnly.at("/resolvedCoordinate/0/resolver").asText()).isEqualTo("SIMBAD");
        assertThat(simbadOnly.at("/resolvedCoordinate/0/cacheDate").isTextual()).isTrue();
        assertThat(all.at("/resolvedCoordinate/0/cacheDate").isMissingNode()).isTrue();
    }

    private static HttpResponse<String> pathLookup(List<String> uris) {
        StringBuilder q = new StringBuilder();
        for (String u : uris) {
            q.append("uri=").append(u).append('&');
        }
        return SimHttp.get(URI.create(sim.mastUrl() + "/api/v0.1/path_lookup/?" + q + "use_cloud_path=True"));
    }

    @Test
    void pathLookupKeysEachUriAsSentAndGivesKeysOnlyForCloudProducts() {
        Product llc = sim.catalogue().lightCurves("K2-21").get(0);
        Product hlsp = sim.catalogue().products("K2-21").stream().filter(p -> p.obsCollection().equals("HLSP"))
                .findFirst().orElseThrow();
        String unknown = "mast:HST/product/does_not_exist.fits";

        HttpResponse<String> r = pathLookup(List.of(llc.dataUri(), hlsp.dataUri(), unknown));

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode doc = SimHttp.parse(r.body());
        List<String> keys = new ArrayList<>();
        doc.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly(llc.dataUri(), hlsp.dataUri(), unknown);
        assertThat(doc.get(llc.dataUri()).get("status_code").asInt()).isEqualTo(200);
        assertThat(doc.get(llc.dataUri()).get("path").asText())
                .isEqualTo("/k2/public/lightcurves/c3/206000000/11000/ktwo206011691-c03_llc.fits");
        assertThat(doc.get(hlsp.dataUri()).get("status_code").asInt()).isEqualTo(404);
        assertThat(doc.get(hlsp.dataUri()).get("path").isNull()).isTrue();
        assertThat(doc.get(unknown).get("path").isNull()).isTrue();
    }

    @Test
    void pathLookupMatchesTheRecordedShape() {
        JsonNode recorded = SimHttp.parse(SimFixtures.text("mast/mast_relative_path.json"));
        Set<String> recordedMembers = new HashSet<>();
        recorded.elements().next().fieldNames().forEachRemaining(recordedMembers::add);

        JsonNode ours = SimHttp.parse(pathLookup(List.of(sim.catalogue().lightCurves("K2-62").get(0).dataUri()))
                .body());

        Set<String> members = new HashSet<>();
        ours.elements().next().fieldNames().forEachRemaining(members::add);
        assertThat(members).isEqualTo(recordedMembers);
    }

    @Test
    void moreThanFiftyUrisAreRefusedWith414() {
        List<String> uris = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            uris.add("mast:K2/url/missions/k2/x" + i + ".fits");
        }
        long before = sim.requestCount(Endpoint.PATH_LOOKUP);

        assertThat(pathLookup(uris).statusCode()).isEqualTo(414);
        assertThat(pathLookup(uris.subList(0, 50)).statusCode()).isEqualTo(200);
        assertThat(sim.requestCount(Endpoint.PATH_LOOKUP) - before).isEqualTo(2);
    }
}
