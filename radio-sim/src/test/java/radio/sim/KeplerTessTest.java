package radio.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import nom.tam.fits.BinaryTableHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.Header;
import nom.tam.util.FitsInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import radio.sim.catalogue.Mission;
import radio.sim.catalogue.Observation;
import radio.sim.catalogue.Product;
import radio.sim.catalogue.Target;
import radio.sim.content.LightCurveFits;

class KeplerTessTest {
    private static SimArchive sim;

    @BeforeAll
    static void start() {
        sim = SimArchive.builder().extraK2Targets(2).keplerTargets(40).tessTargets(60).start();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private static JsonNode filteredByName(String targetName) {
        return SimHttp.invoke(sim, "{\"service\": \"Mast.Caom.Filtered\", \"params\": {\"columns\": \"*\", \"filters\": "
                + "[{\"paramName\": \"target_name\", \"values\": [\"" + targetName + "\"]}]}, \"format\": \"json\"}");
    }

    @Test
    void keplerObservationCoversAllQuartersWithUnsetSequenceNumber() {
        JsonNode data = filteredByName("kplr011442793").get("data");

        assertThat(data).hasSize(1);
        JsonNode o = data.get(0);
        assertThat(o.get("obs_id").asText()).isEqualTo("kplr011442793_lc_Q011111110111011101");
        assertThat(o.get("sequence_number").asInt()).isEqualTo(-999);
        assertThat(o.get("obs_collection").asText()).isEqualTo("Kepler");
        assertThat(o.get("dataURL").asText()).isEqualTo("http://archive.stsci.edu/missions/kepler/lightcurves/0114/"
                + "011442793/kplr011442793_lc_Q011111110111011101.tar");
    }

    @Test
    void keplerLightCurvesArePerQuarterWithTheRecordedStamps() {
        List<Product> llc = sim.catalogue().lightCurves("Kepler-90");

        assertThat(llc).hasSize(14);
        assertThat(llc).extracting(Product::productFilename).contains("kplr011442793-2009350155506_llc.fits",
                "kplr011442793-2010009091648_llc.fits", "kplr011442793-2010174085026_llc.fits")
                .doesNotContain("kplr011442793-2011073133259_llc.fits");
        assertThat(llc).extracting(Product::description).contains("Lightcurve Long Cadence (CLC) - Q4");
        for (Product p : llc) {
            String uri = p.dataUri();
            assertThat(uri).startsWith("mast:KEPLER/url/missions/kepler/lightcurves/0114/011442793/");
            // astroquery's 2019 rule: drop the first four '/'-separated segments, prefix kepler/public/
            String[] parts = uri.split("/", 5);
            assertThat(p.s3Key()).hasValue("kepler/public/" + parts[4]);
        }
    }

    @Test
    void keplerFilesCarryQuarterAndShortQ4() throws Exception {
        Product q4 = sim.catalogue().lightCurves("Kepler-90").stream()
                .filter(p -> p.productFilename().contains("2010009091648")).findFirst().orElseThrow();
        try (Fits fits = new Fits(new FitsInputStream(new ByteArrayInputStream(sim.files().bytes(q4))))) {
            Header primary = fits.getHDU(0).getHeader();
            BinaryTableHDU lc = (BinaryTableHDU) fits.getHDU(1);

            assertThat(primary.getStringValue("MISSION")).isEqualTo("Kepler");
            assertThat(primary.getStringValue("OBJECT")).isEqualTo("KIC 11442793");
            assertThat(primary.getIntValue("QUARTER")).isEqualTo(4);
            assertThat(primary.containsKey("CAMPAIGN")).isFalse();
            assertThat(lc.getNRows()).isBetween(950, 1100); // cut short like the recorded Q4 file (1021 rows)
            assertThat(lc.getColumnName(9)).isEqualTo("SAP_QUALITY");
        }
    }

    @Test
    void tessTargetNamesAreUnpaddedTicsAndSpocNamesFollowTheRules() {
        JsonNode data = filteredByName("25155310").get("data");
        JsonNode padded = filteredByName("025155310").get("data");

        assertThat(padded).isEmpty();
        List<String> ids = new ArrayList<>();
        data.forEach(o -> ids.add(o.get("obs_id").asText() + "/" + o.get("t_exptime").asText() + "/"
                + o.get("provenance_name").asText()));
        assertThat(ids).contains("tess2018206045859-s0001-0000000025155310-0120-s/120/SPOC");
        Product lc = sim.catalogue().lightCurves("WASP-126").get(0);
        assertThat(lc.productSubGroupDescription()).isEqualTo("LC");
        assertThat(lc.description()).isEqualTo("Light curves");
        assertThat(lc.dataUri()).isEqualTo("mast:TESS/product/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits");
        assertThat(lc.s3Key()).hasValue("tess/public/tid/s0001/0000/0000/2515/5310/"
                + "tess2018206045859-s0001-0000000025155310-0120-s_lc.fits");
    }

    @Test
    void everySpocProductKeyFollowsTheFileNameRule() {
        int checked = 0;
        for (Target t : sim.catalogue().targets(Mission.TESS)) {
            for (Product p : sim.catalogue().products(t)) {
                if (p.project().equals("SPOC")) {
                    String f = p.productFilename();
                    String tic = f.substring(24, 40);
                    assertThat(p.s3Key()).hasValue("tess/public/tid/" + f.substring(18, 23) + "/" + tic.substring(0, 4)
                            + "/" + tic.substring(4, 8) + "/" + tic.substring(8, 12) + "/" + tic.substring(12, 16) + "/"
                            + f);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void fastCadenceObservationsHaveTwentySecondFiles() {
        Target t = sim.catalogue().targets(Mission.TESS).stream().filter(Target::shortCadence).findFirst()
                .orElseThrow();
        Observation fast = sim.catalogue().observations(t).stream().filter(o -> o.tExptime().intValue() == 20)
                .findFirst().orElseThrow();

        assertThat(fast.obsId()).endsWith("-a_fast");
        assertThat(fast.sequenceNumber()).isGreaterThanOrEqualTo(27);
        assertThat(sim.catalogue().products(fast)).extracting(Product::productFilename)
                .containsExactly(fast.obsId() + "-lc.fits", fast.obsId() + "-tp.fits");
    }

    @Test
    void tessFilesUseLayoutBAndBtjd() throws Exception {
        Product lc = sim.catalogue().lightCurves("WASP-126").get(0);
        byte[] bytes = SimHttp.getBytes(HttpRequest.newBuilder(URI.create(sim.mastUrl()
                + "/api/v0.1/Download/file?uri=" + lc.dataUri())).build()).body();
        try (Fits fits = new Fits(new FitsInputStream(new ByteArrayInputStream(bytes)))) {
            Header primary = fits.getHDU(0).getHeader();
            BinaryTableHDU table = (BinaryTableHDU) fits.getHDU(1);
            Header h = table.getHeader();

            assertThat(bytes).hasSize((int) lc.size());
            assertThat(primary.getStringValue("TELESCOP")).isEqualTo("TESS");
            assertThat(primary.containsKey("MISSION")).isFalse();
            assertThat(primary.getLongValue("TICID")).isEqualTo(25155310L);
            assertThat(primary.getIntValue("SECTOR")).isEqualTo(1);
            assertThat(primary.getIntValue("CAMERA")).isEqualTo(4);
            assertThat(primary.getIntValue("CCD")).isEqualTo(1);
            assertThat(h.getIntValue("BJDREFI")).isEqualTo(2457000);
            assertThat(h.getStringValue("TUNIT1")).isEqualTo("BJD - 2457000, days");
            assertThat(table.getColumnName(9)).isEqualTo("QUALITY");
            assertThat(table.getNRows()).isEqualTo(20076); // sector 1, as recorded
            assertThat(h.containsKey("CDPP1_0")).isTrue();
            double[] time = (double[]) table.getColumn("TIME");
            float[] flux = (float[]) table.getColumn("PDCSAP_FLUX");
            int[] quality = (int[]) table.getColumn("QUALITY");
            for (int i = 0; i < time.length; i++) {
                if ((quality[i] & LightCurveFits.TESS_DEFAULT_BITMASK) != 0) {
                    assertThat(flux[i]).isNaN();
                }
            }
        }
    }

    @Test
    void recordedTessPositionRequestFindsSpocAndFfiGroupsWithZeroDistance() {
        String body = SimFixtures.text("mast/tess_filtered_position_pi_mensae.request.txt").trim();
        JsonNode doc = SimHttp.parse(SimHttp.send(HttpRequest.newBuilder(sim.mastUrl().resolve("/api/v0/invoke"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build()).body());

        assertThat(doc.get("status").asText()).isEqualTo("COMPLETE");
        List<String> rows = new ArrayList<>();
        doc.get("data").forEach(r -> rows.add(r.get("target_name").asText() + "|" + r.get("obs_id").asText()));
        assertThat(rows).contains("261136679|tess2018206045859-s0001-0000000261136679-0120-s")
                .anyMatch(r -> r.matches("TESS FFI\\|tess-s0001-4-\\d"));
        doc.get("data").forEach(r -> {
            assertThat(r.get("distance").asDouble()).isZero();
            assertThat(r.get("sequence_number").asInt()).isEqualTo(1);
            if (r.get("target_name").asText().equals("TESS FFI")) {
                assertThat(r.get("dataproduct_type").asText()).isEqualTo("image");
                assertThat(r.get("dataURL").isNull()).isTrue();
                assertThat(r.get("s_region").asText()).startsWith("POLYGON ");
            }
        });
    }

    @Test
    void ffiGroupsHaveThousandsOfFramesThatClientsMustNotExpand() {
        Observation ffi = sim.catalogue().observationsNear(84.29, -80.47, 0).stream()
                .filter(o -> o.targetName().equals("TESS FFI")).findFirst().orElseThrow();

        JsonNode answer = SimHttp.invoke(sim, "{\"service\": \"Mast.Caom.Products\", \"params\": {\"obsid\": \""
                + ffi.obsid() + "\"}, \"format\": \"json\", \"pagesize\": 100}");

        assertThat(answer.at("/paging/rowsFiltered").asInt()).isGreaterThan(1000);
        assertThat(answer.at("/data/0/productSubGroupDescription").asText()).isEqualTo("FFIC");
        String key = sim.catalogue().products(ffi).get(3).s3Key().orElseThrow();
        assertThat(key).matches("tess/public/ffi/s\\d{4}/\\d{4}/\\d{3}/\\d-\\d/tess\\d{13}-s\\d{4}-\\d-\\d-\\d{4}-s_ffic\\.fits");
        assertThat(sim.catalogue().productByS3Key(key)).isPresent();
    }

    @Test
    void nameTablesAndResolverKnowKeplerAndTessNames() {
        String csv = SimHttp.get(URI.create(sim.exoplanetArchiveUrl() + "/TAP/sync?query="
                + SimHttp.encode("select * from keplernames where kepler_name like 'Kepler-90 %' order by koi_name")
                + "&format=csv")).body();
        JsonNode toi = SimHttp.parse(SimHttp.get(URI.create(sim.exoplanetArchiveUrl() + "/TAP/sync?query="
                + SimHttp.encode("select toi, tid, pl_orbper from toi where toi = '144.01'") + "&format=json")).body());
        JsonNode santa = SimHttp.parse(SimHttp.get(URI.create(sim.resolverUrl()
                + "/Santa-war/query?name=KIC+11442793&name=TIC+25155310&name=TOI-144.01&outputFormat=json"
                + "&resolveAll=false")).body());

        assertThat(csv).startsWith("kepid,koi_name,kepler_name,pl_name\n\"11442793\",\"K00351.01\",\"Kepler-90 b\","
                + "\"Kepler-90 b\"\n");
        assertThat(csv.split("\n")).hasSize(9);
        assertThat(toi.get(0).get("toi").isTextual()).isTrue();
        assertThat(toi.get(0).get("tid").asLong()).isEqualTo(261136679L);
        List<String> resolved = new ArrayList<>();
        santa.get("resolvedCoordinate").forEach(r -> resolved.add(r.get("resolver").asText() + ":"
                + r.get("canonicalName").asText()));
        assertThat(resolved).containsExactly("KEPLER:KIC 11442793", "TIC:TIC 25155310", "SIMBAD:pi Men c");
    }
}
