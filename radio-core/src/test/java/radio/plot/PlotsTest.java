package radio.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import radio.lightcurve.Binning;
import radio.lightcurve.FoldedLightCurve;
import radio.lightcurve.LightCurve;
import radio.lightcurve.LightCurveMeta;
import radio.lightcurve.LightCurves;
import radio.lightcurve.PhaseUnit;
import radio.lightcurve.TimeSystem;
import radio.testing.Fixtures;

class PlotsTest {
    private static final String TESS = "fits/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits";
    private static final String KEPLER = "fits/kplr011442793-2009350155506_llc.fits";

    @TempDir
    Path dir;

    @Test
    void lightCurvePlotHasTargetTitleAndAxesWithUnits() throws IOException {
        LightCurve lc = LightCurves.read(Fixtures.file(TESS));
        LightCurvePlot plot = LightCurvePlot.of(lc);
        assertThat(plot.title()).isEqualTo("TIC 25155310 · TESS Sector 1");
        assertThat(plot.xAxisTitle()).isEqualTo("Time − 2457000 [BTJD days]");
        assertThat(plot.yAxisTitle()).isEqualTo("Flux [e⁻/s]");
        XYChart chart = plot.chart();
        assertThat(chart.getTitle()).isEqualTo(plot.title());
        assertThat(chart.getXAxisTitle()).isEqualTo(plot.xAxisTitle());
        assertThat(chart.getYAxisTitle()).isEqualTo(plot.yAxisTitle());
        // NaN fluxes are left out of the series: 18104 rows, all with a finite PDCSAP flux
        assertThat(chart.getSeries("flux").getXData()).hasSize(18104);
    }

    @Test
    void normalizedKeplerCurveSaysBkjdAndNormalizedFlux() throws IOException {
        LightCurvePlot plot = LightCurvePlot.of(LightCurves.read(Fixtures.file(KEPLER)).normalize());
        assertThat(plot.xAxisTitle()).isEqualTo("Time − 2454833 [BKJD days]");
        assertThat(plot.yAxisTitle()).isEqualTo("Normalized flux");
        assertThat(plot.title()).isEqualTo("KIC 11442793 · Kepler Quarter 3");
    }

    @Test
    void writesANonBlankPngOfTheStyleSizeWithTheBinnedOverlay() throws IOException {
        LightCurve lc = LightCurves.read(Fixtures.file(TESS)).normalize();
        Path png = dir.resolve("plots/tess.png");
        LightCurvePlot.of(lc).withBinning(Binning.byWidth(0.05)).writePng(png);
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(PlotStyle.DEFAULT.widthPx());
        assertThat(img.getHeight()).isEqualTo(PlotStyle.DEFAULT.heightPx());
        assertThat(count(img, c -> c.getRed() < 120 && c.getGreen() < 120 && c.getBlue() < 120))
                .as("dark data pixels").isGreaterThan(10000); // titles, ticks and frame alone make about 6400
        assertThat(count(img, c -> near(c, PlotStyle.HIGHLIGHT))).as("highlight overlay pixels").isGreaterThan(1000);
        assertThat(count(img, c -> c.equals(Color.WHITE))).as("white background").isGreaterThan(300000);
        try (var files = Files.list(png.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("tess.png");
        }
    }

    @Test
    void foldedPlotShowsPeriodAndPhaseAndOverlaysTheBinnedFold() throws IOException {
        FoldedLightCurve folded = LightCurves.read(Fixtures.file(TESS)).normalize().fold(3.288776, 1327.520678);
        FoldedLightCurvePlot plot = FoldedLightCurvePlot.of(folded);
        assertThat(plot.title()).isEqualTo("TIC 25155310 · TESS Sector 1 · folded at P = 3.288776 d");
        assertThat(plot.xAxisTitle()).isEqualTo("Phase [days]");
        assertThat(plot.yAxisTitle()).isEqualTo("Normalized flux");
        XYChart chart = plot.chart();
        XYSeries binned = chart.getSeriesCollection().stream().filter(s -> s.getName().startsWith("binned"))
                .findFirst().orElseThrow();
        assertThat(binned.getXData().length).isBetween(195, 202);
        assertThat(FoldedLightCurvePlot.of(folded.inUnit(PhaseUnit.CYCLES)).xAxisTitle()).isEqualTo("Phase");
        Path png = dir.resolve("fold.png");
        plot.writePng(png);
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(1200);
    }

    @Test
    void styleSizesMarkersToThePointCount() {
        assertThat(PlotStyle.markerSize(20000)).isEqualTo(2);
        assertThat(PlotStyle.markerSize(4000)).isEqualTo(3);
        assertThat(PlotStyle.markerSize(476)).isEqualTo(4);
        assertThat(PlotStyle.markerSize(50)).isEqualTo(6);
    }

    @Test
    void overlayLinesBreakAtGaps() {
        double[][] xy = PlotStyle.breakAtGaps(new double[][] {{1, 2, 3, 10, 11}, {5, 5, 5, 6, 6}});
        assertThat(xy[0]).containsExactly(1, 2, 3, 6.5, 10, 11);
        assertThat(xy[1]).containsExactly(5, 5, 5, Double.NaN, 6, 6);
    }

    @Test
    void customStyleAndTitleAreUsed() throws IOException {
        LightCurve lc = LightCurve.of(new double[] {1, 2, 3}, new double[] {1, Double.NaN, 3}, new double[3],
                TimeSystem.BTJD, "", LightCurveMeta.inMemory("model"));
        Path png = dir.resolve("small.png");
        LightCurvePlot.of(lc).withTitle("my title").withStyle(new PlotStyle(400, 300)).writePng(png);
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(List.of(img.getWidth(), img.getHeight())).containsExactly(400, 300);
        assertThat(LightCurvePlot.of(lc).withTitle("my title").chart().getTitle()).isEqualTo("my title");
    }

    private static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 40 && Math.abs(a.getGreen() - b.getGreen()) < 40
                && Math.abs(a.getBlue() - b.getBlue()) < 40;
    }

    private static int count(BufferedImage img, java.util.function.Predicate<Color> p) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (p.test(new Color(img.getRGB(x, y)))) {
                    n++;
                }
            }
        }
        return n;
    }
}
