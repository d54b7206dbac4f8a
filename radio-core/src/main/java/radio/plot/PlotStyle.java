package radio.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The look shared by radio's plots, in the spirit of lightkurve's: white background, framed plot area, light grid,
 * black data points sized to the number of points, a highlight colour for overlays, readable fonts, no legend
 * unless asked. Use {@link #newChart} for a styled empty chart and the {@code add…} methods for series, then
 * {@link PngFiles#write}. Immutable; each chart it makes belongs to the caller (XChart charts are not thread-safe).
 *
 * @param widthPx  image width in pixels
 * @param heightPx image height in pixels
 */
public record PlotStyle(int widthPx, int heightPx) {
    /** 1200 × 560 pixels: a light curve of a TESS sector stays readable, titles fit. */
    public static final PlotStyle DEFAULT = new PlotStyle(1200, 560);

    /** Colour of raw data points. */
    public static final Color DATA = new Color(0x20, 0x20, 0x20);
    /** Colour of binned overlays, model lines and markers of interest. */
    public static final Color HIGHLIGHT = new Color(0xD6, 0x5F, 0x00);

    private static final String FONT = Font.SANS_SERIF;

    public PlotStyle {
        if (widthPx < 200 || heightPx < 150 || widthPx > 10000 || heightPx > 10000) {
            throw new IllegalArgumentException("plot size must be between 200×150 and 10000×10000 pixels: "
                    + widthPx + "×" + heightPx);
        }
    }

    /** An empty, styled scatter chart with these titles. */
    public XYChart newChart(String title, String xAxisTitle, String yAxisTitle) {
        XYChart chart = new XYChartBuilder().width(widthPx).height(heightPx).title(title).xAxisTitle(xAxisTitle)
                .yAxisTitle(yAxisTitle).build();
        XYStyler s = chart.getStyler();
        s.setLocale(Locale.ROOT);
        s.setDefaultSeriesRenderStyle(org.knowm.xchart.XYSeries.XYSeriesRenderStyle.Scatter);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(true);
        s.setPlotBorderColor(new Color(0x40, 0x40, 0x40));
        s.setPlotGridLinesVisible(true);
        s.setPlotGridLinesColor(new Color(0xE4, 0xE4, 0xE4));
        s.setPlotGridLinesStroke(new BasicStroke(1f));
        s.setChartTitleFont(new Font(FONT, Font.BOLD, 20));
        s.setChartTitleBoxVisible(false);
        s.setChartTitlePadding(10);
        s.setAxisTitleFont(new Font(FONT, Font.PLAIN, 16));
        s.setAxisTickLabelsFont(new Font(FONT, Font.PLAIN, 14));
        s.setAxisTickMarkLength(6);
        s.setAxisTickPadding(6);
        s.setAxisTitlePadding(10);
        s.setChartFontColor(Color.BLACK);
        s.setAxisTickLabelsColor(Color.BLACK);
        s.setChartPadding(14);
        s.setPlotMargin(6);
        s.setLegendVisible(false);
        s.setLegendFont(new Font(FONT, Font.PLAIN, 14));
        s.setLegendPosition(Styler.LegendPosition.InsideNE);
        s.setLegendBorderColor(new Color(0xB0, 0xB0, 0xB0));
        s.setAntiAlias(true);
        s.setTextAntiAlias(true);
        s.setXAxisMaxLabelCount(12);
        // plain numbers: no thousands separators in times (1326, not 1,326), no trailing zeros
        s.setXAxisDecimalPattern("0.######");
        s.setYAxisDecimalPattern("0.######");
        return chart;
    }

    /**
     * Adds data points: small dark markers, sized so that many points (a 20,000-cadence TESS sector) read as a
     * band while a few hundred stay distinct. NaN values are left out; returns null when no point is finite.
     */
    public XYSeries addPoints(XYChart chart, String name, double[] x, double[] y) {
        double[][] xy = finite(x, y);
        if (xy[0].length == 0) {
            return null;
        }
        XYSeries s = chart.addSeries(name, xy[0], xy[1]);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setMarkerColor(withAlpha(DATA, xy[0].length > 5000 ? 150 : 210));
        chart.getStyler().setMarkerSize(markerSize(xy[0].length));
        return s;
    }

    /**
     * Adds an overlay (binned points joined by a line) in the highlight colour; NaNs left out, and the line broken
     * where consecutive x are more than three typical steps apart (a data gap).
     */
    public XYSeries addOverlay(XYChart chart, String name, double[] x, double[] y) {
        double[][] xy = breakAtGaps(finite(x, y));
        if (xy[0].length == 0) {
            return null;
        }
        XYSeries s = chart.addSeries(name, xy[0], xy[1]);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setMarkerColor(HIGHLIGHT);
        s.setLineColor(HIGHLIGHT);
        s.setLineStyle(new BasicStroke(2f));
        return s;
    }

    /** Adds a line (a periodogram, a model) in the data colour, without markers; NaNs left out. */
    public XYSeries addLine(XYChart chart, String name, double[] x, double[] y) {
        double[][] xy = finite(x, y);
        if (xy[0].length == 0) {
            return null;
        }
        XYSeries s = chart.addSeries(name, xy[0], xy[1]);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(DATA);
        s.setLineStyle(new BasicStroke(1.2f));
        return s;
    }

    /** Marker diameter in pixels for a scatter of {@code n} points. */
    static int markerSize(int n) {
        if (n > 10000) {
            return 2;
        }
        if (n > 2000) {
            return 3;
        }
        return n > 300 ? 4 : 6;
    }

    /** The finite (x, y) pairs, in order. */
    static double[][] finite(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " values, y has " + y.length);
        }
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                n++;
            }
        }
        double[] fx = new double[n];
        double[] fy = new double[n];
        for (int i = 0, j = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                fx[j] = x[i];
                fy[j++] = y[i];
            }
        }
        return new double[][] {fx, fy};
    }

    /** The points with a NaN y inserted inside every gap wider than three times the median x step. */
    static double[][] breakAtGaps(double[][] xy) {
        double[] x = xy[0];
        double[] y = xy[1];
        if (x.length < 3) {
            return xy;
        }
        double[] steps = new double[x.length - 1];
        for (int i = 1; i < x.length; i++) {
            steps[i - 1] = x[i] - x[i - 1];
        }
        double[] sorted = steps.clone();
        java.util.Arrays.sort(sorted);
        double limit = 3 * sorted[sorted.length / 2];
        int gaps = 0;
        for (double step : steps) {
            if (step > limit) {
                gaps++;
            }
        }
        double[] bx = new double[x.length + gaps];
        double[] by = new double[x.length + gaps];
        for (int i = 0, j = 0; i < x.length; i++) {
            if (i > 0 && steps[i - 1] > limit) {
                bx[j] = 0.5 * (x[i - 1] + x[i]);
                by[j++] = Double.NaN;
            }
            bx[j] = x[i];
            by[j++] = y[i];
        }
        return new double[][] {bx, by};
    }

    private static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
