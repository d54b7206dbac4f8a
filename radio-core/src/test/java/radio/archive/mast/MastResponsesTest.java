package radio.archive.mast;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import radio.testing.Fixtures;

/** Every recorded MAST answer parses into the right records; values from the fixtures README. */
class MastResponsesTest {

    private static MastResponse parse(String fixture) throws Exception {
        return MastResponses.parse(Fixtures.bytes("mast/" + fixture));
    }

    private static List<Observation> observations(String fixture) throws Exception {
        return parse(fixture).rows().stream().map(Observation::fromRow).flatMap(Optional::stream).toList();
    }

    private static List<DataProduct> products(String fixture) throws Exception {
        return parse(fixture).rows().stream().map(DataProduct::fromRow).flatMap(Optional::stream).toList();
    }

    @Test
    void k2Campaign10FilteredGivesOneK2AndTwoHlspObservations() throws Exception {
        MastResponse r = parse("k2_c10_ktwo228725972_caom_filtered.json");
        assertThat(r.status()).isEqualTo(MastStatus.COMPLETE);
        assertThat(r.fields()).hasSize(33);
        assertThat(r.paging()).contains(new Paging(1, 50000, 1, 3, 3, 3));

        List<Observation> obs = observations("k2_c10_ktwo228725972_caom_filtered.json");
        assertThat(obs).extracting(Observation::obsid).containsExactly(1207735L, 30678962L, 30495121L);
        Observation k2 = obs.get(0);
        assertThat(k2.obsId()).isEqualTo("ktwo228725972-c10_lc");
        assertThat(k2.targetName()).isEqualTo("ktwo228725972");
        assertThat(k2.obsCollection()).isEqualTo("K2");
        assertThat(k2.project()).contains("K2");
        assertThat(k2.exptimeSeconds().getAsDouble()).isEqualTo(1800.0);
        assertThat(k2.sequenceNumber().getAsLong()).isEqualTo(10);
        assertThat(k2.dataUrl()).contains(
                "mast:K2/url/missions/k2/lightcurves/c102/228700000/25000/ktwo228725972-c102_llc.fits");
        assertThat(obs.get(1).obsCollection()).isEqualTo("HLSP");
        assertThat(obs.get(1).project()).contains("K2");
    }

    @Test
    void k2Campaign9HasSplitHalvesAndShortCadence() throws Exception {
        List<Observation> obs = observations("k2_c9_ktwo228162462_caom_filtered.json");
        assertThat(obs).hasSize(6);
        assertThat(obs).extracting(Observation::obsId).contains("ktwo228162462-c91_lc", "ktwo228162462-c92_lc",
                "ktwo228162462-c91_sc", "ktwo228162462-c92_sc");
        assertThat(obs.stream().filter(o -> o.obsId().endsWith("_sc")).map(o -> o.exptimeSeconds().getAsDouble()))
                .containsOnly(60.0);
        assertThat(obs).allSatisfy(o -> assertThat(o.sequenceNumber().getAsLong()).isEqualTo(9));
    }

    @Test
    void k2Campaign11HasTwoK2ObservationsEachWithAnLlc() throws Exception {
        List<Observation> obs = observations("k2_c11_ktwo203830112_caom_filtered.json");
        assertThat(obs).hasSize(6);
        assertThat(obs.stream().filter(o -> o.obsCollection().equals("K2")).map(Observation::obsid))
                .containsExactly(978006L, 1010712L);
        assertThat(obs.get(0).ra().getAsDouble()).isEqualTo(253.454385);
        assertThat(obs.get(0).dec().getAsDouble()).isEqualTo(-24.773123);
    }

    @Test
    void k2ProductsIncludeTheLlcWithItsSizeAndTwoTargetPixelFiles() throws Exception {
        MastResponse r = parse("k2_c10_ktwo228725972_caom_products.json");
        assertThat(r.fields()).hasSize(20);
        List<DataProduct> ps = products("k2_c10_ktwo228725972_caom_products.json");
        assertThat(ps).hasSize(17);
        DataProduct llc = ps.stream().filter(p -> p.hasSubGroup("llc")).findFirst().orElseThrow();
        assertThat(llc.obsid()).isEqualTo(1207735L);
        assertThat(llc.obsId()).isEqualTo("ktwo228725972-c10_lc");
        assertThat(llc.dataUri())
                .isEqualTo("mast:K2/url/missions/k2/lightcurves/c102/228700000/25000/ktwo228725972-c102_llc.fits");
        assertThat(llc.productFilename()).isEqualTo("ktwo228725972-c102_llc.fits");
        assertThat(llc.sizeBytes().getAsLong()).isEqualTo(368640L);
        assertThat(llc.description()).contains("Lightcurve Long Cadence (KLC) - C10-2");
        assertThat(llc.productType()).contains("SCIENCE");
        assertThat(llc.groupDescription()).contains("Minimum Recommended Products");
        assertThat(llc.project()).contains("K2");
        assertThat(llc.parentObsid().getAsLong()).isEqualTo(1207735L);
        assertThat(ps.stream().filter(p -> p.hasSubGroup("LPD-TARG")).map(DataProduct::productFilename))
                .containsExactly("ktwo228725972-c101_lpd-targ.fits.gz", "ktwo228725972-c102_lpd-targ.fits.gz");
        // HLSP rows have no file-type code
        assertThat(ps.stream().filter(p -> p.obsCollection().equals("HLSP"))).allSatisfy(
                p -> assertThat(p.subGroup()).isEmpty());
    }

    @Test
    void oldCaomSchemaParsesWithoutTheModernColumns() throws Exception {
        MastResponse r = parse("caom.json");
        assertThat(r.rows()).hasSize(19);
        assertThat(r.fields()).extracting(MastField::name).doesNotContain("_selected_", "intentType");
        assertThat(r.rows().get(0).has("_selected_")).isFalse();
        List<Observation> obs = observations("caom.json");
        assertThat(obs).hasSize(19);
        Observation first = obs.get(0);
        assertThat(first.obsid()).isEqualTo(2003585980L); // beyond 2^31
        assertThat(first.obsId()).isEqualTo("U27XCS01T");
        assertThat(first.targetName()).isEqualTo("LO-LAT");
        assertThat(first.exptimeSeconds().getAsDouble()).isEqualTo(1500.0);
        assertThat(first.distance().getAsDouble()).isEqualTo(293.0973439304444);
        assertThat(first.sequenceNumber()).isEmpty();
        assertThat(first.provenanceName()).isEmpty();
        assertThat(obs.get(18).obsCollection()).isEqualTo("GALEX");
    }

    @Test
    void filteredAndPositionalSearchesOf2017Parse() throws Exception {
        List<Observation> adv = observations("advSearch.json");
        assertThat(adv).extracting(Observation::obsId).containsExactly("O6AU01MSQ", "O6AU01MTQ", "O6AU01MUQ");
        assertThat(adv.get(0).exptimeSeconds().getAsDouble()).isEqualTo(2.1);

        MastResponse pos = parse("advSearchPos.json");
        assertThat(pos.fields()).extracting(MastField::name).endsWith("obsid", "objID", "objID1", "distance");
        List<Observation> obs = observations("advSearchPos.json");
        assertThat(obs).hasSize(12);
        assertThat(obs.get(0).obsid()).isEqualTo(1000016660L);
        assertThat(obs.get(0).distance().getAsDouble()).isZero();
        assertThat(obs).allSatisfy(o -> assertThat(o.obsCollection()).isEqualTo("GALEX"));
    }

    @Test
    void countAnswerIsOneNumericColumnDeclaredString() throws Exception {
        MastResponse r = parse("countsResp.json");
        assertThat(r.declaredType("Column1")).contains("string");
        assertThat(r.rows()).hasSize(1);
        assertThat(r.rows().get(0).integer("Column1").getAsLong()).isEqualTo(599L);
    }

    @Test
    void oldProductSchemaParses() throws Exception {
        List<DataProduct> ps = products("products.json");
        assertThat(ps).hasSize(22);
        DataProduct first = ps.get(0);
        assertThat(first.obsid()).isEqualTo(2003738726L);
        assertThat(first.dataUri()).isEqualTo("mast:HST/product/u9o40504m_c3m.fits");
        assertThat(first.subGroup()).contains("C3M");
        assertThat(first.sizeBytes().getAsLong()).isEqualTo(207360L);
        assertThat(first.parentObsid()).isEmpty();
        assertThat(first.dataRights()).isEmpty();
        assertThat(ps.get(21).productFilename()).isEqualTo("u9o40504m_drz.fits");
    }

    @Test
    void ticCatalogRowsParseAsAGenericTable() throws Exception {
        MastResponse r = parse("tic.json");
        assertThat(r.rows()).hasSize(7);
        assertThat(r.fields()).hasSize(89);
        assertThat(r.rows().get(0).integer("ID").getAsLong()).isEqualTo(10000732589L);
    }

    @Test
    void legacyNameLookupGivesCoordinatesWithEmptyStatus() throws Exception {
        MastResponse r = parse("mast_name_lookup_2017.json");
        assertThat(r.status()).isEqualTo(MastStatus.UNKNOWN);
        ResolvedName n = ResolvedName.fromRow(r.rows().get(0)).orElseThrow();
        assertThat(n.searchString()).isEqualTo("m103");
        assertThat(n.position()).isEqualTo(new SkyPosition(23.34086, 60.658));
        assertThat(n.canonicalName()).contains("MESSIER 103");
        assertThat(n.resolver()).contains("NED");
    }

    @Test
    void santaAnswersMatchNamesThroughLowerCasedSearchString() throws Exception {
        MastResponse pi = parse("santa_pi_mensae.json");
        Map<String, ResolvedName> one = SantaResolver.match(List.of("pi Mensae"), pi.rows());
        assertThat(one.get("pi Mensae").position()).isEqualTo(new SkyPosition(84.2911951861308, -80.46912070924));
        assertThat(one.get("pi Mensae").canonicalName()).contains("* pi. Men");

        MastResponse many = parse("resolver.json");
        List<String> names = List.of("TIC 307210830", "Barnard's Star", "M1", "M101", "M103", "M8", "M10", "Nowhere");
        Map<String, ResolvedName> all = SantaResolver.match(names, many.rows());
        assertThat(all).containsOnlyKeys("TIC 307210830", "Barnard's Star", "M1", "M101", "M103", "M8", "M10");
        // resolveAll=true recorded several resolvers per name; the first one is taken
        assertThat(all.get("TIC 307210830").resolver()).contains("TIC");
        assertThat(all.get("TIC 307210830").position()).isEqualTo(new SkyPosition(124.531756290083, -68.3129998725044));
    }

    @Test
    void pathLookupGivesBucketKeysAndNotInCloudForUnknownUris() throws Exception {
        Map<String, CloudPath> m = MastClient.parsePathLookup(Fixtures.bytes("mast/mast_relative_path.json"),
                List.of("mast:HST/product/u9o40504m_c3m.fits", "mast:HST/product/does_not_exist.fits",
                        "mast:HST/product/never_asked.fits"));
        assertThat(m.get("mast:HST/product/u9o40504m_c3m.fits").s3Key())
                .contains("hst/public/u9o4/u9o40504m/u9o40504m_c3m.fits");
        CloudPath missing = m.get("mast:HST/product/does_not_exist.fits");
        assertThat(missing.inCloud()).isFalse();
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(m.get("mast:HST/product/never_asked.fits").inCloud()).isFalse();
    }

    @Test
    void missionListComesFromTheExtjsHistogram() throws Exception {
        List<String> missions = MastResponses.missions(Fixtures.bytes("mast/missions.extjs"));
        assertThat(missions).containsExactlyInAnyOrder("IUE", "Kepler", "K2FFI", "EUVE", "HLA", "KeplerFFI", "FUSE",
                "K2", "HST", "WUPPE", "BEFS", "GALEX", "TUES", "HUT", "SWIFT");
    }

    @Test
    void filterColumnKindsAgreeWithMastsColumnConfiguration() throws Exception {
        JsonNode config = new ObjectMapper().readTree(Fixtures.bytes("mast/columnsconfig.json"));
        Set<String> continuous = new HashSet<>();
        Set<String> separated = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = config.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String type = e.getValue().path("vot.datatype").asText("");
            if (type.equals("double") || type.equals("float") || type.equals("numeric")
                    || e.getValue().path("treatNumeric").asBoolean(false)) {
                continuous.add(e.getKey());
            }
            if (!e.getValue().path("separator").asText("").isEmpty()) {
                separated.add(e.getKey());
            }
        }
        assertThat(CaomFilter.CONTINUOUS).containsExactlyInAnyOrderElementsOf(continuous);
        assertThat(CaomFilter.SEPARATED).containsExactlyInAnyOrderElementsOf(separated);
    }

    @Test
    void legacyBundleAnswerIsACompleteAnswerWithoutRows() throws Exception {
        MastResponse r = parse("bundleResponse.json");
        assertThat(r.status()).isEqualTo(MastStatus.COMPLETE);
        assertThat(r.msg()).isEmpty();
        assertThat(r.rows()).isEmpty();
    }
}
