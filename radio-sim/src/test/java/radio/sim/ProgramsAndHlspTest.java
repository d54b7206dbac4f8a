package radio.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import radio.sim.catalogue.Mission;
import radio.sim.catalogue.Observation;
import radio.sim.catalogue.Product;

/** HST and JWST observations with their naming rules, K2SC, and moved keys; the recorded HST path_lookup answer. */
class ProgramsAndHlspTest {
    private static final Pattern HST_EXPOSURE = Pattern.compile("[iju][0-9a-z]{3}[0-9a-z]{2}[0-9a-z]{2}[qm]");
    private static final Pattern HST_ASSOCIATION = Pattern.compile("[ij][0-9a-z]{3}[0-9a-z]{2}010");
    private static final Pattern JWST_EXPOSURE = Pattern.compile("jw\\d{5}\\d{3}\\d{3}_\\d{5}_\\d{5}_[a-z0-9]+");
    private static final Pattern JWST_COMBINED = Pattern.compile("jw\\d{5}-o\\d{3}_t\\d{3}_[a-z]+_[a-z0-9-]+");
    private static SimArchive sim;

    @BeforeAll
    static void start() {
        sim = SimArchive.builder().extraK2Targets(3).keplerTargets(0).tessTargets(0).start();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private static List<Product> products(Mission m) {
        return sim.catalogue().programObservations(m).stream().flatMap(o -> sim.catalogue().products(o).stream())
                .toList();
    }

    @Test
    void hstObservationsAndProductsFollowHstNaming() {
        List<Observation> obs = sim.catalogue().programObservations(Mission.HST);

        assertThat(obs).extracting(Observation::obsId).contains("j8pu0bbuq", "j8pu0b010", "u9o40504m");
        assertThat(obs).allSatisfy(o -> {
            assertThat(o.obsCollection()).isEqualTo("HST");
            assertThat(o.project()).isEqualTo("HST");
            assertThat(HST_EXPOSURE.matcher(o.obsId()).matches() || HST_ASSOCIATION.matcher(o.obsId()).matches())
                    .as(o.obsId()).isTrue();
            assertThat(o.calibLevel()).isEqualTo(o.obsId().endsWith("010") ? 3 : 2);
        });
        assertThat(products(Mission.HST)).allSatisfy(p -> {
            String dataset = p.productFilename().substring(0, p.productFilename().indexOf('_'));
            assertThat(p.dataUri()).isEqualTo("mast:HST/product/" + p.productFilename());
            assertThat(p.s3Key()).contains("hst/public/" + dataset.substring(0, 4) + "/" + dataset + "/"
                    + p.productFilename());
        });
        Set<String> codes = products(Mission.HST).stream().map(Product::productSubGroupDescription)
                .collect(Collectors.toSet());
        assertThat(codes).contains("FLC", "FLT", "SPT", "ASN", "DRZ", "DRC", "RAW");
        assertThat(products(Mission.HST).stream().filter(p -> "Minimum Recommended Products"
                .equals(p.productGroupDescription())).map(Product::productSubGroupDescription)
                .collect(Collectors.toSet())).containsExactlyInAnyOrder("FLT", "FLC", "DRZ", "DRC", "C0F", "C1F");
    }

    @Test
    void anAssociationListsItsMembersFilesAgain() {
        Observation assoc = sim.catalogue().programObservations(Mission.HST).stream()
                .filter(o -> o.obsId().equals("j8pu0b010")).findFirst().orElseThrow();

        assertThat(sim.catalogue().products(assoc)).extracting(Product::productFilename)
                .contains("j8pu0b010_asn.fits", "j8pu0b010_drc.fits", "j8pu0bbuq_flc.fits", "j8pu0bbwq_spt.fits",
                        "j8pu0bbuj_jif.fits");
        assertThat(sim.catalogue().products(assoc)).filteredOn(p -> p.productFilename().equals("j8pu0bbuq_flc.fits"))
                .singleElement().satisfies(p -> {
                    assertThat(p.obsID()).isEqualTo(assoc.obsid());
                    assertThat(p.obsId()).isEqualTo("j8pu0bbuq");
                });
    }

    @Test
    void pathLookupAnswersTheRecordedHstKey() {
        JsonNode recorded = SimHttp.parse(SimFixtures.text("mast/mast_relative_path.json"));
        String query = "uri=mast:HST/product/u9o40504m_c3m.fits&uri=mast:HST/product/does_not_exist.fits";

        JsonNode answer = SimHttp.parse(SimHttp.get(URI.create(sim.mastUrl() + "/api/v0.1/path_lookup/?" + query
                + "&use_cloud_path=True")).body());

        assertThat(answer).isEqualTo(recorded);
    }

    @Test
    void jwstObservationsAndProductsFollowJwstNaming() {
        List<Observation> obs = sim.catalogue().programObservations(Mission.JWST);

        assertThat(obs).extracting(Observation::obsId).contains("jw02736-o001_t001_nircam_clear-f090w",
                "jw02736001001_02101_00001_nrcb1");
        assertThat(obs).allSatisfy(o -> assertThat(o.calibLevel() == 3 ? JWST_COMBINED.matcher(o.obsId()).matches()
                : JWST_EXPOSURE.matcher(o.obsId()).matches()).as(o.obsId()).isTrue());
        assertThat(products(Mission.JWST)).allSatisfy(p -> {
            assertThat(p.dataUri()).isEqualTo("mast:JWST/product/" + p.productFilename());
            assertThat(p.s3Key().orElseThrow()).startsWith("jwst/public/jw02736/").endsWith("/" + p.productFilename());
        });
        assertThat(products(Mission.JWST).stream().map(Product::productSubGroupDescription)
                .collect(Collectors.toSet())).containsExactlyInAnyOrder("UNCAL", "RATE", "CAL", "ASN", "I2D", "SEGM",
                "CAT");
    }

    @Test
    void criteriaQueriesFindProgrammesByProposalObsIdPatternAndFilter() {
        JsonNode r = SimHttp.invoke(sim, """
                {"service": "Mast.Caom.Filtered", "params": {"columns": "*", "filters": [
                  {"paramName": "project", "separator": ";", "values": ["HST"]},
                  {"paramName": "proposal_id", "values": ["9401"]},
                  {"paramName": "obs_id", "values": [], "freeText": "j8pu0b%"}]},
                 "format": "json", "pagesize": 50000, "page": 1}""");
        JsonNode jwst = SimHttp.invoke(sim, """
                {"service": "Mast.Caom.Filtered", "params": {"columns": "*", "filters": [
                  {"paramName": "proposal_id", "values": ["2736"]},
                  {"paramName": "filters", "separator": ";", "values": ["F150W"]}]},
                 "format": "json", "pagesize": 50000, "page": 1}""");

        assertThat(r.get("data")).extracting(d -> d.get("obs_id").asText())
                .containsExactlyInAnyOrder("j8pu0b010", "j8pu0bbuq", "j8pu0bbwq");
        assertThat(jwst.get("data")).hasSize(5).allSatisfy(d -> assertThat(d.get("filters").asText()).isEqualTo("F150W"));
    }

    @Test
    void k2scLightCurvesForCampaignsThreeToEight() {
        List<Product> k2sc = sim.catalogue().products("K2-21").stream().filter(p -> p.project().equals("K2SC"))
                .toList();

        assertThat(k2sc).singleElement().satisfies(p -> {
            assertThat(p.dataUri()).isEqualTo("mast:HLSP/k2sc/v2/c03/206000000/hlsp_k2sc_k2_llc_206011691-c03_kepler_v2_lc.fits");
            assertThat(p.obsCollection()).isEqualTo("HLSP");
            assertThat(p.s3Key()).isEmpty();
        });
        assertThat(sim.catalogue().observations("K2-21")).filteredOn(o -> o.provenanceName().equals("K2SC"))
                .singleElement().satisfies(o -> assertThat(o.obsId())
                        .isEqualTo("hlsp_k2sc_k2_llc_206011691-c03_kepler_v2_lc"));
    }

    @Test
    void movedKeysChangeWhatPathLookupAndTheBucketSayForOneMission() {
        try (SimArchive moved = SimArchive.builder().extraK2Targets(0).keplerTargets(0).tessTargets(0)
                .movedKeys(Mission.KEPLER, "kepler/moved/").start()) {
            Product kepler = moved.catalogue().lightCurves("Kepler-90").get(0);
            Product k2 = moved.catalogue().lightCurves("K2-21").get(0);
            String query = "uri=" + kepler.dataUri() + "&uri=" + k2.dataUri() + "&use_cloud_path=True";

            JsonNode answer = SimHttp.parse(SimHttp.get(URI.create(moved.mastUrl() + "/api/v0.1/path_lookup/?"
                    + query)).body());

            String rest = kepler.dataUri().substring("mast:KEPLER/url/missions/kepler/".length());
            assertThat(answer.at("/" + kepler.dataUri().replace("/", "~1") + "/path").asText())
                    .isEqualTo("/kepler/moved/" + rest);
            assertThat(answer.at("/" + k2.dataUri().replace("/", "~1") + "/path").asText())
                    .startsWith("/k2/public/lightcurves/");
            assertThat(SimHttp.get(URI.create(moved.s3Endpoint() + "/stpubdata/kepler/moved/" + rest)).statusCode())
                    .isEqualTo(200);
            assertThat(SimHttp.get(URI.create(moved.s3Endpoint() + "/stpubdata/kepler/public/" + rest)).statusCode())
                    .isEqualTo(404);
        }
    }
}
