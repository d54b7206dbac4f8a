package radio.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.XYChart;

/**
 * Lines through points on the unit square, such as ROC and precision–recall curves: one or more named curves on
 * shared axes (the first in the data colour, the others highlighted). Immutable.
 *
 * @param title   chart title
 * @param xTitle  horizontal axis title
 * @param yTitle  vertical axis title
 * @param curves  the curves, drawn in order
 * @param style   size and look
 */
public record CurvePlot(String title, String xTitle, String yTitle, List<Curve> curves, PlotStyle style) {
    /**
     * One curve.
     *
     * @param name legend text
     * @param x    horizontal values
     * @param y    vertical values, as many
     */
    public record Curve(String name, double[] x, double[] y) {
        public Curve {
            Objects.requireNonNull(name, "name");
            x = x.clone();
            y = y.clone();
            if (x.length != y.length || x.length == 0) {
                throw new IllegalArgumentException("a curve needs as many x as y values, at least one: " + x.length
                        + " and " + y.length);
            }
        }
    }

    public CurvePlot {
        curves = List.copyOf(curves);
        Objects.requireNonNull(style, "style");
    }

    /** A square plot (800 × 800 pixels) of the curves. */
    public static CurvePlot of(String title, String xTitle, String yTitle, List<Curve> curves) {
        return new CurvePlot(title, xTitle, yTitle, curves, new PlotStyle(800, 800));
    }

    /** Renders to a PNG file (replacing it). */
    public void writePng(Path file) throws IOException {
        XYChart chart = style.newChart(title, xTitle, yTitle);
        chart.getStyler().setLegendVisible(curves.size() > 1);
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.02);
        chart.getStyler().setXAxisDecimalPattern("0.0#").setYAxisDecimalPattern("0.0#");
        for (int i = 0; i < curves.size(); i++) {
            Curve c = curves.get(i);
            var series = style.addLine(chart, c.name(), c.x(), c.y());
            if (series != null && i > 0) {
                series.setLineColor(PlotStyle.HIGHLIGHT);
            }
        }
        PngFiles.write(chart, file);
    }
}
