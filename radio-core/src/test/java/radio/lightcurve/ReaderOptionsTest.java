package radio.lightcurve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import radio.testing.Fixtures;

class ReaderOptionsTest {
    private static final String KEPLER_Q3 = "fits/kplr011442793-2009350155506_llc.fits";
    private static final String TESS_WASP126 = "fits/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits";
    private static final String K2SFF = "fits/hlsp_k2sff_k2_lightcurve_201367065-c01_kepler_v1_llc.fits";
    private static final String K2SC = "fits/hlsp_k2sc_k2_llc_211117077-c04_kepler_v2_lc.fits";
    private final FitsLightCurveReader reader = new FitsLightCurveReader();

    @TempDir
    Path dir;

    @Test
    void gzippedFileReadsLikeThePlainOneWhateverItsName() throws IOException {
        Path plain = Fixtures.file(TESS_WASP126);
        Path gz = dir.resolve("renamed_lc.fits"); // no .gz: recognised by the magic bytes
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(plain));
        }
        LightCurve a = reader.read(plain);
        LightCurve b = reader.read(gz);
        assertThat(b.time()).containsExactly(a.time());
        assertThat(b.flux()).containsExactly(a.flux());
        assertThat(b.quality()).containsExactly(a.quality());
        assertThat(reader.summarize(gz, FluxSource.PDCSAP).gzipped()).isTrue();
    }

    @Test
    void sapFluxOnRequestKeepsMorePointsThanPdcsap() throws IOException {
        Path file = Fixtures.file(TESS_WASP126);
        LightCurve sap = reader.read(file, ReadOptions.ALL_ROWS.withFlux(FluxSource.SAP).withNanFlux(NanFlux.DROP));
        LightCurve pdc = reader.read(file, ReadOptions.ALL_ROWS.withNanFlux(NanFlux.DROP));
        // README: 20076 rows, 834 NaN SAP_FLUX (815 of them NaN time too) versus 1972 NaN PDCSAP_FLUX
        assertThat(sap.size()).isEqualTo(20076 - 834);
        assertThat(pdc.size()).isEqualTo(20076 - 815 - 1157);
        assertThat(sap.meta().fluxColumn()).isEqualTo("SAP_FLUX");
        assertThat(sap.fluxUnit()).isEqualTo("e-/s");
    }

    @Test
    void qualityMasksDropRowsWithTheirBits() throws IOException {
        Path file = Fixtures.file(KEPLER_Q3);
        LightCurve none = reader.read(file, ReadOptions.DEFAULT.withQuality(QualityMask.NONE));
        LightCurve def = reader.read(file);
        LightCurve hard = reader.read(file, ReadOptions.DEFAULT.withQuality(QualityMask.HARD));
        LightCurve hardest = reader.read(file, ReadOptions.DEFAULT.withQuality(QualityMask.HARDEST));
        assertThat(none.size()).isEqualTo(4370 - 142);
        assertThat(def.size()).isEqualTo(4140);
        assertThat(hard.size()).isLessThan(def.size());
        assertThat(hardest.size()).isLessThan(hard.size());
        assertThat(Arrays.stream(hardest.quality()).allMatch(q -> (q & QualityMask.HARDEST.keplerBits()) == 0)).isTrue();
        assertThat(none.mask(QualityMask.DEFAULT)).isEqualTo(def);
        assertThat(none.mask(QualityMask.HARD).size()).isEqualTo(hard.size());
    }

    @Test
    void integerMaskDropsOnlyItsBits() throws IOException {
        Path file = Fixtures.file(KEPLER_Q3);
        LightCurve none = reader.read(file, ReadOptions.ALL_ROWS);
        long withBit128 = Arrays.stream(none.quality()).filter(q -> (q & 128) != 0).count();
        LightCurve masked = reader.read(file, ReadOptions.ALL_ROWS.withQuality(QualityMask.of(128)));
        assertThat(withBit128).isPositive();
        assertThat(masked.size()).isEqualTo(none.size() - withBit128);
    }

    @Test
    void k2sffUsesCorrectedFluxByDefaultAndRawOnRequest() throws IOException {
        Path file = Fixtures.file(K2SFF);
        LightCurve fcor = reader.read(file);
        LightCurve fraw = reader.read(file, ReadOptions.DEFAULT.withFlux(FluxSource.SAP));
        assertThat(fcor.meta().fluxColumn()).isEqualTo("FCOR");
        assertThat(fraw.meta().fluxColumn()).isEqualTo("FRAW");
        assertThat(fcor.isNormalized()).isTrue();
        assertThat(Stats.nanMedian(fcor.flux())).isBetween(0.99, 1.01);
        assertThat(fcor.flux()).isNotEqualTo(fraw.flux());
        assertThat(Arrays.stream(fcor.fluxErr()).allMatch(Double::isNaN)).isTrue();
    }

    @Test
    void k2scReadsItsPdcOrSapTable() throws IOException {
        Path file = Fixtures.file(K2SC);
        LightCurve pdc = reader.read(file);
        LightCurve sap = reader.read(file, ReadOptions.DEFAULT.withFlux(FluxSource.SAP));
        assertThat(pdc.meta().fluxColumn()).isEqualTo("PDC.flux");
        assertThat(sap.meta().fluxColumn()).isEqualTo("SAP.flux");
        assertThat(reader.summarize(file, FluxSource.SAP).extension()).isEqualTo("SAP");
        assertThat(reader.summarize(file, FluxSource.SAP).hdu()).isEqualTo(2);
        assertThat(pdc.time()).containsExactly(sap.time());
        // the same star's pipeline file: same cadences survive the default mask, same PDCSAP errors
        LightCurve pipeline = reader.read(Fixtures.file("fits/ktwo211117077-c04_llc.fits"));
        assertThat(pdc.cadenceNumber()).containsExactly(pipeline.cadenceNumber());
        assertThat(pdc.fluxErr()[0]).isEqualTo(pipeline.fluxErr()[0], org.assertj.core.data.Offset.offset(1e-5));
    }

    @Test
    void columnsAreFoundByNameAndDecodedByTheirTform() throws IOException {
        // another writer, another column order and other integer/float widths than the pipeline uses
        Path p = new SyntheticFits().primary("TELESCOP", "TESS").primary("TICID", 7).primary("SECTOR", 3)
                .table("BJDREFI", 2457000).table("BJDREFF", 0.25)
                .column("QUALITY", new short[] {0, 32, 0, 1})
                .column("PDCSAP_FLUX", new double[] {10.5, 11.5, Double.NaN, 13.5})
                .column("CADENCENO", new int[] {100, 101, 102, 103})
                .column("TIME", new double[] {1.0, 2.0, 3.0, Double.NaN})
                .column("PDCSAP_FLUX_ERR", new float[] {0.5f, 0.5f, 0.5f, 0.5f})
                .write(dir.resolve("shuffled.fits"));
        LightCurve lc = reader.read(p);
        assertThat(lc.time()).containsExactly(1.0, 3.0);
        assertThat(lc.flux()).containsExactly(10.5, Double.NaN);
        assertThat(lc.cadenceNumber()).containsExactly(100, 102);
        assertThat(lc.timeSystem()).isEqualTo(new TimeSystem(2457000, 0.25, "TDB"));
        assertThat(lc.meta().objectName()).isEqualTo("TIC 7");
        assertThat(lc.meta().periods()).containsExactly(new ObservingPeriod(ObservingPeriod.Kind.SECTOR, 3));
        assertThat(reader.read(p, ReadOptions.DEFAULT.withNanFlux(NanFlux.DROP)).time()).containsExactly(1.0);
    }

    @Test
    void timeReferenceIsInheritedFromThePrimaryHeader() throws IOException {
        Path p = new SyntheticFits().primary("TELESCOP", "Kepler").primary("MISSION", "K2")
                .primary("CAMPAIGN", 5).primary("BJDREFI", 2454833)
                .column("TIME", new double[] {2306.6}).column("PDCSAP_FLUX", new float[] {1})
                .column("CADENCENO", new int[] {1}).column("SAP_QUALITY", new int[] {0})
                .write(dir.resolve("inherit.fits"));
        LightCurve lc = reader.read(p);
        assertThat(lc.timeSystem()).isEqualTo(TimeSystem.BKJD);
        assertThat(lc.meta().mission()).contains(Mission.K2);
        assertThat(lc.meta().objectName()).isEqualTo("inherit.fits");
    }

    @Test
    void valueLessHeaderCardsArePresentButUndefined() throws IOException {
        // README: every stellar-catalogue keyword of this custom-aperture target has no value
        LightCurve lc = reader.read(Fixtures.file("fits/ktwo200001049-c01_llc.fits"));
        FitsHeader h = lc.meta().primaryHeader();
        assertThat(h.contains("KEPMAG")).isTrue();
        assertThat(h.hasValue("KEPMAG")).isFalse();
        assertThat(h.real("KEPMAG")).isEmpty();
        assertThat(h.string("KEPMAG")).isEmpty();
        assertThat(h.comment("KEPMAG")).isPresent();
        assertThat(h.logical("SIMPLE")).contains(true);
    }

    @Test
    void readAllStreamsFilesInOrder() throws IOException {
        List<Path> files = List.of(Fixtures.file(KEPLER_Q3), Fixtures.file("fits/kplr011442793-2010009091648_llc.fits"),
                Fixtures.file("fits/kplr011442793-2010174085026_llc.fits"));
        assertThat(reader.readAll(files, ReadOptions.DEFAULT).map(LightCurve::size)).containsExactly(4140, 1011, 4492);
    }
}
