package radio.archive.mast;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import radio.testing.Fixtures;

/** Our request bodies against the exact bytes astroquery POSTed (recorded fixtures). */
class MastRequestEncodingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The K2 exact-name queries lightkurve made: target_name, project K2, cube/timeseries, campaign. */
    private static MastQuery k2Query(String targetName, String campaign) {
        return MastQuery.filtered(List.of(
                CaomFilter.anyOf("target_name", List.of(targetName)),
                CaomFilter.anyOf("project", List.of("K2")),
                CaomFilter.anyOf("dataproduct_type", List.of("cube", "timeseries")),
                CaomFilter.anyOf("sequence_number", List.of(campaign))));
    }

    @ParameterizedTest
    @CsvSource({
        "k2_c9_ktwo228162462_caom_filtered.request.txt, ktwo228162462, 9",
        "k2_c10_ktwo228725972_caom_filtered.request.txt, ktwo228725972, 10",
        "k2_c11_ktwo203830112_caom_filtered.request.txt, ktwo203830112, 11"})
    void filteredQueryIsByteIdenticalToAstroquerys(String fixture, String target, String campaign) throws Exception {
        String recorded = Fixtures.text("mast/" + fixture);
        String cacheBreaker = decodedJson(recorded).get("cacheBreaker").asText();

        String ours = k2Query(target, campaign).formBody(50_000, 1, cacheBreaker);

        assertThat(ours).isEqualTo(recorded);
    }

    @ParameterizedTest
    @CsvSource({
        "k2_c9_ktwo228162462_caom_filtered.request.txt, ktwo228162462, 9",
        "k2_c10_ktwo228725972_caom_filtered.request.txt, ktwo228725972, 10",
        "k2_c11_ktwo203830112_caom_filtered.request.txt, ktwo203830112, 11"})
    void filteredQueryDecodesToTheSameJsonIgnoringCacheBreaker(String fixture, String target, String campaign)
            throws Exception {
        JsonNode recorded = decodedJson(Fixtures.text("mast/" + fixture));
        JsonNode ours = decodedJson(k2Query(target, campaign).formBody(50_000, 1, "something-else"));

        ((ObjectNode) recorded).remove("cacheBreaker");
        ((ObjectNode) ours).remove("cacheBreaker");
        assertThat(ours).isEqualTo(recorded);
        assertThat(ours.at("/params/filters/0/values/0").asText()).isEqualTo(target);
    }

    @Test
    void productsQueryIsByteIdenticalToAstroquerys() throws Exception {
        String recorded = Fixtures.text("mast/k2_c10_ktwo228725972_caom_products.request.txt");
        String cacheBreaker = decodedJson(recorded).get("cacheBreaker").asText();

        String ours = MastQuery.products(List.of(1207735L, 30678962L, 30495121L)).formBody(50_000, 1, cacheBreaker);

        assertThat(ours).isEqualTo(recorded);
    }

    @Test
    void positionalQueryIsByteIdenticalIncludingPythonStyleExponent() throws Exception {
        String recorded = Fixtures.text("mast/tess_filtered_position_pi_mensae.request.txt");
        String cacheBreaker = decodedJson(recorded).get("cacheBreaker").asText();
        MastQuery q = MastQuery.filteredPosition(new SkyPosition(84.2911951861308, -80.46912070924),
                0.0001 / 3600.0, List.of(
                        CaomFilter.anyOf("project", List.of("TESS")),
                        CaomFilter.anyOf("sequence_number", List.of("1")),
                        CaomFilter.between("t_exptime", 0, 9999)));

        assertThat(q.formBody(50_000, 1, cacheBreaker)).isEqualTo(recorded);
        assertThat(q.params().get("position")).isEqualTo("84.2911951861308, -80.46912070924, 2.777777777777778e-08");
    }

    private static JsonNode decodedJson(String formBody) throws Exception {
        assertThat(formBody).startsWith("request=");
        return JSON.readTree(URLDecoder.decode(formBody.substring("request=".length()), StandardCharsets.UTF_8));
    }
}
