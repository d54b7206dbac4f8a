package radio.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import radio.lightcurve.FitsLightCurveReader;
import radio.lightcurve.LightCurveMeta;
import radio.lightcurve.ReadOptions;
import radio.sim.SimArchive;
import radio.sim.catalogue.Product;

class SeasonsTest {
    @Test
    void keysTellMissionAndSectorOrCampaign() {
        assertThat(Seasons.ofKey("tess/public/tid/s0001/0000/0000/2515/5310/"
                + "tess2018206045859-s0001-0000000025155310-0120-s_lc.fits")).isEqualTo(new Seasons("tess", "s0001"));
        assertThat(Seasons.ofKey("k2/public/lightcurves/c3/206000000/11000/ktwo206011691-c03_llc.fits"))
                .isEqualTo(new Seasons("k2", "c03"));
        assertThat(Seasons.ofKey("k2/public/lightcurves/c102/228700000/25000/ktwo228725972-c102_llc.fits"))
                .isEqualTo(new Seasons("k2", "c10"));
        assertThat(Seasons.ofKey("kepler/public/lightcurves/0114/011442793/kplr011442793-2009350155506_llc.fits"))
                .isEqualTo(new Seasons("kepler", "unknown"));
        assertThat(Seasons.ofKey("hst/public/ib6a/x_flc.fits")).isEqualTo(new Seasons("unknown", "unknown"));
    }

    @Test
    void headersTellTheQuarterOfKeplerFiles() throws IOException {
        try (SimArchive sim = SimArchive.builder().start()) {
            Product q = sim.catalogue().lightCurves("Kepler-90").stream()
                    .filter(p -> p.productFilename().endsWith("2009350155506_llc.fits")).findFirst().orElseThrow();
            LightCurveMeta meta = new FitsLightCurveReader().read(Path.of(q.productFilename()), sim.files().bytes(q),
                    ReadOptions.DEFAULT).meta();

            assertThat(Seasons.of(meta, q.s3Key().orElseThrow())).isEqualTo(new Seasons("kepler", "q03"));
        }
    }
}
