package radio.archive.mast;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bucket's fixed layouts, checked against the real keys quoted in mast-api.md section 7.4. */
class S3KeyRuleTest {

    @ParameterizedTest
    @CsvSource({
        // K2: spacekit blog output (get_cloud_uris) and the recorded 2026 data URIs
        "mast:K2/url/missions/k2/lightcurves/c3/206000000/89000/ktwo206089508-c03_llc.fits,"
                + "k2/public/lightcurves/c3/206000000/89000/ktwo206089508-c03_llc.fits, K2",
        "mast:K2/url/missions/k2/lightcurves/c102/228700000/25000/ktwo228725972-c102_llc.fits,"
                + "k2/public/lightcurves/c102/228700000/25000/ktwo228725972-c102_llc.fits, K2",
        "mast:K2/url/missions/k2/target_pixel_files/c91/228100000/62000/ktwo228162462-c91_lpd-targ.fits.gz,"
                + "k2/public/target_pixel_files/c91/228100000/62000/ktwo228162462-c91_lpd-targ.fits.gz, K2",
        // Kepler: lightkurve's tests/io/test_read.py; the collection token's case varies
        "mast:KEPLER/url/missions/kepler/lightcurves/0082/008264588/kplr008264588-2009131105131_llc.fits,"
                + "kepler/public/lightcurves/0082/008264588/kplr008264588-2009131105131_llc.fits, KEPLER",
        "mast:Kepler/url/missions/kepler/target_pixel_files/0082/008264588/kplr008264588-2009131105131_lpd-targ.fits.gz,"
                + "kepler/public/target_pixel_files/0082/008264588/kplr008264588-2009131105131_lpd-targ.fits.gz, KEPLER",
        // TESS SPOC: lightkurve's tests/io/test_read.py
        "mast:TESS/product/tess2019226182529-s0015-0000000375422201-0151-s_lc.fits,"
                + "tess/public/tid/s0015/0000/0003/7542/2201/tess2019226182529-s0015-0000000375422201-0151-s_lc.fits, TESS_SPOC",
        "mast:TESS/product/tess2019253231442-s0016-0000000375422201-0152-s_tp.fits,"
                + "tess/public/tid/s0016/0000/0003/7542/2201/tess2019253231442-s0016-0000000375422201-0152-s_tp.fits, TESS_SPOC",
        "mast:TESS/product/tess2021039152502-s0035-0000000074534430-0205-a_fast-lc.fits,"
                + "tess/public/tid/s0035/0000/0000/7453/4430/tess2021039152502-s0035-0000000074534430-0205-a_fast-lc.fits, TESS_SPOC"})
    void buildsTheKeyFromTheDataUri(String uri, String key, S3KeyRule rule) {
        assertThat(S3KeyRule.forUri(uri)).contains(rule);
        assertThat(S3KeyRule.keyFor(uri)).contains(key);
        assertThat(rule.key(uri)).contains(key);
    }

    @ParameterizedTest
    @CsvSource({
        "mast:HST/product/u9o40504m_c3m.fits",
        "mast:HLSP/k2sff/c102/228700000/25972/hlsp_k2sff_k2_lightcurve_228725972-c102_kepler_v1_llc.fits",
        "mast:HLSP/qlp/s0001/0000/0002/6113/6679/hlsp_qlp_tess_ffi_s0001-0000000261136679_tess_v01_llc.fits",
        "mast:TESS/product/tess2018206190142-s0001-s0036-0000000025155310-00001_dvt.fits",
        "mast:TESS/product/tess2019199202929-s0014-2-3-0150-s_ffic.fits",
        "mast:JWST/product/jw02736-o001_t001_nircam_clear-f090w_i2d.fits",
        "mast:K2/url/missions/k2/"})
    void hasNoRuleForOtherProducts(String uri) {
        assertThat(S3KeyRule.forUri(uri)).isEmpty();
        assertThat(S3KeyRule.keyFor(uri)).isEmpty();
    }

    @Test
    void aRuleGivesNoKeyForAnotherMissionsUri() {
        assertThat(S3KeyRule.KEPLER.key("mast:K2/url/missions/k2/lightcurves/c3/x.fits")).isEmpty();
        assertThat(S3KeyRule.TESS_SPOC.mission()).isEqualTo("TESS");
    }
}
