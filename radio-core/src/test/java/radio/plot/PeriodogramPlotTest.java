package radio.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import radio.periodogram.Bls;
import radio.periodogram.BlsOptions;
import radio.periodogram.BlsResult;
import radio.periodogram.FrequencyGrid;
import radio.periodogram.LombScargle;
import radio.periodogram.LombScargleResult;
import radio.periodogram.Objective;
import radio.periodogram.PeriodGrid;

class PeriodogramPlotTest {
    @TempDir
    Path dir;

    /** A box transit of 2.5 d in noise-free data sampled every 0.01 d for 20 d. */
    private static BlsResult bls(Objective objective) {
        int n = 2000;
        double[] t = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = 100 + 0.01 * i;
            double phase = ((t[i] - 101.2) % 2.5 + 2.5) % 2.5;
            y[i] = phase < 0.1 ? 0.99 : 1.0;
        }
        double[] periods = new double[400];
        for (int i = 0; i < periods.length; i++) {
            periods[i] = 1 + 0.01 * i;
        }
        return Bls.of(t, y, null).power(PeriodGrid.of(periods), new double[] {0.1},
                BlsOptions.DEFAULT.withObjective(objective));
    }

    private static LombScargleResult lombScargle() {
        int n = 500;
        double[] t = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = 0.05 * i + 0.01 * Math.sin(i);
            y[i] = Math.sin(2 * Math.PI * t[i] / 3.0);
        }
        return LombScargle.of(t, y, null).power(new FrequencyGrid(0.01, 0.002, 5000));
    }

    @Test
    void blsPlotHasTargetMethodUnitsAndTheBestPeriod() {
        PeriodogramPlot plot = PeriodogramPlot.of(bls(Objective.LIKELIHOOD))
                .withTarget("TIC 25155310 · TESS Sector 1");
        assertThat(plot.title()).isEqualTo("TIC 25155310 · TESS Sector 1 · BLS periodogram");
        assertThat(plot.xAxisTitle()).isEqualTo("Period [days]");
        assertThat(plot.yAxisTitle()).isEqualTo("BLS power [log-likelihood]");
        assertThat(plot.peakLabel()).isEqualTo("P = 2.5 d");
        assertThat(PeriodogramPlot.of(bls(Objective.SNR)).yAxisTitle()).isEqualTo("BLS power [depth SNR]");
        XYChart chart = plot.chart();
        XYSeries peak = series(chart, "highest peak");
        assertThat(peak.getXData()).containsExactly(2.5);
        assertThat(series(chart, "power").getXData()).hasSize(400);
    }

    private static XYSeries series(XYChart chart, String name) {
        return chart.getSeriesCollection().stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void lombScarglePlotCanShowFrequency() {
        PeriodogramPlot plot = PeriodogramPlot.of(lombScargle()).withAxis(PeriodogramPlot.Axis.FREQUENCY);
        assertThat(plot.title()).isEqualTo("Lomb–Scargle periodogram");
        assertThat(plot.xAxisTitle()).isEqualTo("Frequency [1/day]");
        assertThat(plot.yAxisTitle()).isEqualTo("Lomb–Scargle power [standard]");
        assertThat(plot.peakLabel()).startsWith("P = 2.99");
        XYChart chart = plot.chart();
        assertThat(series(chart, "highest peak").getXData()[0]).isBetween(0.332, 0.335);
    }

    @Test
    void longPeriodogramsAreDrawnAsAnEnvelopeThatKeepsEveryPeak() {
        LombScargleResult r = lombScargle();
        double[] period = r.period();
        double[] power = r.power();
        double[][] env = PeriodogramPlot.envelope(period, power, 300, true);
        assertThat(env[0].length).isLessThanOrEqualTo(602).isGreaterThan(300);
        double max = java.util.Arrays.stream(power).max().orElseThrow();
        assertThat(java.util.Arrays.stream(env[1]).max().orElseThrow()).isEqualTo(max);
        assertThat(java.util.Arrays.stream(env[1]).min().orElseThrow())
                .isEqualTo(java.util.Arrays.stream(power).min().orElseThrow());
        for (int i = 1; i < env[0].length; i++) {
            assertThat(env[0][i]).as("x ascending").isGreaterThanOrEqualTo(env[0][i - 1]);
        }
        double[][] same = PeriodogramPlot.envelope(period, power, 3000, false);
        assertThat(same[0]).isSameAs(period);
    }

    @Test
    void writesAPngWithTheMarkedPeakInTheHighlightColour() throws IOException {
        Path png = dir.resolve("pg/bls.png");
        PeriodogramPlot.of(bls(Objective.LIKELIHOOD)).withAxis(PeriodogramPlot.Axis.LOG_PERIOD).writePng(png);
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(PlotStyle.DEFAULT.widthPx());
        assertThat(img.getHeight()).isEqualTo(PlotStyle.DEFAULT.heightPx());
        int highlight = 0;
        int dark = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                Color c = new Color(img.getRGB(x, y));
                if (Math.abs(c.getRed() - PlotStyle.HIGHLIGHT.getRed()) < 40
                        && Math.abs(c.getGreen() - PlotStyle.HIGHLIGHT.getGreen()) < 40
                        && Math.abs(c.getBlue() - PlotStyle.HIGHLIGHT.getBlue()) < 40) {
                    highlight++;
                }
                if (c.getRed() < 120 && c.getGreen() < 120 && c.getBlue() < 120) {
                    dark++;
                }
            }
        }
        // dot, dashed line and label: a few hundred pixels; the curve, frame and text: several thousand dark ones
        assertThat(highlight).as("highlight pixels").isGreaterThan(400);
        assertThat(dark).as("dark pixels").isGreaterThan(5000);
    }

    @Test
    void logAxisLabelsThinOutAsDecadesNarrowSoTheyNeverRunTogether() {
        // an LS search from 0.04 to 700 d on a 1200-pixel plot: 4.2 decades, ~280 pixels each
        var wide = PeriodogramPlot.logTickLabels(280);
        assertThat(java.util.stream.Stream.of(0.05, 0.06, 0.07, 0.1, 0.2, 0.3, 0.5, 1.0, 2.0, 5.0, 8.0, 300.0, 500.0)
                .map(wide).toList()).containsExactly("0.05", "", "", "0.1", "0.2", "", "0.5", "1", "2", "5", "", "",
                "500");
        var narrow = PeriodogramPlot.logTickLabels(80);
        assertThat(java.util.stream.Stream.of(0.01, 0.02, 0.1, 0.5, 1.0, 10.0, 100.0, 200.0).map(narrow).toList())
                .containsExactly("0.01", "", "0.1", "", "1", "10", "100", "");
        var roomy = PeriodogramPlot.logTickLabels(900);
        assertThat(java.util.stream.Stream.of(3.0, 4.0, 7.0, 30.0).map(roomy).toList())
                .containsExactly("3", "4", "7", "30");
    }
}
