package radio.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import radio.archive.mast.CaomFilter;
import radio.archive.mast.DataProduct;
import radio.archive.mast.MastResponses;
import radio.archive.mast.Observation;
import radio.testing.Fixtures;

class SelectionTest {

    private static List<Observation> k2c10() throws Exception {
        return MastResponses.parse(Fixtures.bytes("mast/k2_c9_ktwo228162462_caom_filtered.json")).rows().stream()
                .map(Observation::fromRow).flatMap(Optional::stream).toList();
    }

    @Test
    void spacekitsSelectionKeepsLongCadenceK2AndHlspRowsByMissionAndCadence() throws Exception {
        Selection s = Selection.k2LongCadenceLightCurves();
        List<String> kept = k2c10().stream().filter(s::matches).map(Observation::obsId).toList();
        // K2 long cadence (both halves) and the K2SFF rows (project K2, 1800 s); short cadence dropped
        assertThat(kept).containsExactlyInAnyOrder("ktwo228162462-c92_lc", "ktwo228162462-c91_lc",
                "hlsp_k2sff_k2_lightcurve_228162462-c91_kepler_v1_llc",
                "hlsp_k2sff_k2_lightcurve_228162462-c92_kepler_v1_llc");
    }

    @Test
    void missionMatchesCollectionOrProjectIgnoringCase() throws Exception {
        Selection hlsp = new Selection(Optional.of("hlsp"), OptionalDouble.empty(), Set.of());
        assertThat(k2c10().stream().filter(hlsp::matches)).hasSize(2);
        Selection tess = new Selection(Optional.of("TESS"), OptionalDouble.empty(), Set.of());
        assertThat(k2c10().stream().filter(tess::matches)).isEmpty();
    }

    @Test
    void exposureTimeIsSentAsATightRangeAfterTheMissionAsProject() {
        Selection s = Selection.k2LongCadenceLightCurves();
        assertThat(s.serverFilters()).containsExactly(CaomFilter.anyOf("project", List.of("K2")),
                CaomFilter.between("t_exptime", 1799, 1801));
        assertThat(s.serverFilters().get(1).values()).containsExactly(Map.of("min", 1799L, "max", 1801L));
        assertThat(Selection.all().serverFilters()).isEmpty();
    }

    @Test
    void productCodesAreCaseInsensitive() throws Exception {
        Selection s = new Selection(Optional.empty(), OptionalDouble.empty(), Set.of("llc", " lpd-targ "));
        List<DataProduct> ps = MastResponses.parse(Fixtures.bytes("mast/k2_c10_ktwo228725972_caom_products.json"))
                .rows().stream().map(DataProduct::fromRow).flatMap(Optional::stream).toList();
        assertThat(ps.stream().filter(s::matches).map(DataProduct::productFilename)).containsExactly(
                "ktwo228725972-c102_llc.fits", "ktwo228725972-c101_lpd-targ.fits.gz",
                "ktwo228725972-c102_lpd-targ.fits.gz");
        assertThat(s.productCodes()).containsExactlyInAnyOrder("LLC", "LPD-TARG");
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> new Selection(Optional.of(" "), OptionalDouble.empty(), Set.of()))
                .hasMessageContaining("mission");
        assertThatThrownBy(() -> new Selection(Optional.empty(), OptionalDouble.of(-5), Set.of()))
                .hasMessageContaining("-5");
        assertThatThrownBy(() -> new Selection(Optional.empty(), OptionalDouble.empty(), Set.of("")))
                .hasMessageContaining("product code");
    }
}
