package radio.plot;

import java.awt.BasicStroke;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import radio.periodogram.BlsResult;
import radio.periodogram.LombScargleResult;
import radio.periodogram.Objective;

/**
 * A periodogram as a PNG: power against period (linear or logarithmic axis) or frequency, the highest peak
 * marked with a dot and a dashed line and labelled with its period, titled with the target and the method.
 * Long periodograms are drawn as their per-pixel envelope (the lowest and highest power in each column), so
 * every peak stays visible and a 200,000-frequency Lomb–Scargle renders quickly. Immutable: the
 * {@code with…} methods return new plots.
 * <pre>{@code
 * PeriodogramPlot.of(bls.power(grid, durations)).withTarget(lc.meta().title())
 *         .withAxis(PeriodogramPlot.Axis.LOG_PERIOD).writePng(Path.of("bls.png"));
 * }</pre>
 */
public final class PeriodogramPlot {
    /** What the horizontal axis shows. */
    public enum Axis {
        /** Period in days, linear. */
        PERIOD,
        /** Period in days, logarithmic (for grids spanning decades, e.g. a multi-quarter Kepler search). */
        LOG_PERIOD,
        /** Frequency in cycles per day, linear. */
        FREQUENCY
    }

    private final double[] frequency;
    private final double[] power;
    private final int best;
    private final String method;
    private final String powerLabel;
    private final String title;
    private final Axis axis;
    private final PlotStyle style;

    private PeriodogramPlot(double[] frequency, double[] power, int best, String method, String powerLabel,
                            String title, Axis axis, PlotStyle style) {
        this.frequency = frequency;
        this.power = power;
        this.best = best;
        this.method = method;
        this.powerLabel = powerLabel;
        this.title = Objects.requireNonNull(title, "title");
        this.axis = Objects.requireNonNull(axis, "axis");
        this.style = Objects.requireNonNull(style, "style");
    }

    /** A BLS periodogram on a linear period axis, titled {@code BLS periodogram}. */
    public static PeriodogramPlot of(BlsResult r) {
        double[] period = r.period();
        double[] f = new double[period.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = 1.0 / period[i];
        }
        String label = r.objective() == Objective.LIKELIHOOD ? "BLS power [log-likelihood]" : "BLS power [depth SNR]";
        return new PeriodogramPlot(f, r.power(), r.bestIndex().orElse(-1), "BLS periodogram", label,
                "BLS periodogram", Axis.PERIOD, PlotStyle.DEFAULT);
    }

    /** A Lomb–Scargle periodogram on a linear period axis, titled {@code Lomb–Scargle periodogram}. */
    public static PeriodogramPlot of(LombScargleResult r) {
        String label = "Lomb–Scargle power [" + r.normalization().name().toLowerCase(java.util.Locale.ROOT) + "]";
        return new PeriodogramPlot(r.frequency(), r.power(), r.bestIndex().orElse(-1), "Lomb–Scargle periodogram",
                label, "Lomb–Scargle periodogram", Axis.PERIOD, PlotStyle.DEFAULT);
    }

    /** Titles the plot {@code <target> · <method> periodogram}, e.g. with {@code LightCurveMeta.title()}. */
    public PeriodogramPlot withTarget(String target) {
        return withTitle(target + " · " + method);
    }

    public PeriodogramPlot withTitle(String text) {
        return new PeriodogramPlot(frequency, power, best, method, powerLabel, text, axis, style);
    }

    public PeriodogramPlot withAxis(Axis value) {
        return new PeriodogramPlot(frequency, power, best, method, powerLabel, title, value, style);
    }

    public PeriodogramPlot withStyle(PlotStyle value) {
        return new PeriodogramPlot(frequency, power, best, method, powerLabel, title, axis, value);
    }

    public String title() {
        return title;
    }

    public String xAxisTitle() {
        return axis == Axis.FREQUENCY ? "Frequency [1/day]" : "Period [days]";
    }

    public String yAxisTitle() {
        return powerLabel;
    }

    /** The label of the highest peak, {@code P = 3.28878 d}; empty when every power is NaN. */
    public String peakLabel() {
        return best < 0 ? "" : "P = " + Labels.number(roundSignificant(1.0 / frequency[best], 6)) + " d";
    }

    /** Writes the plot as a PNG of {@link PlotStyle#widthPx()} × {@link PlotStyle#heightPx()} pixels. */
    public void writePng(Path file) throws IOException {
        PngFiles.write(chart(), file);
    }

    XYChart chart() {
        XYChart chart = style.newChart(title, xAxisTitle(), yAxisTitle());
        double[] x = x();
        double[][] env = envelope(x, power, 2 * style.widthPx(), axis == Axis.LOG_PERIOD);
        if (style.addLine(chart, "power", env[0], env[1]) == null || best < 0) {
            chart.setTitle(title + " (no peak)");
            if (chart.getSeriesCollection().isEmpty()) {
                chart.addSeries("empty", new double[] {1}, new double[] {0});
            }
            return chart;
        }
        if (axis == Axis.LOG_PERIOD) {
            chart.getStyler().setXAxisLogarithmic(true);
            // ticks at 2, 3, … 9 between the decades too, labelled only as densely as the decades' width allows
            chart.getStyler().setXAxisLogarithmicDecadeOnly(false);
            double decades = Math.log10(max(env[0]) / min(env[0]));
            chart.getStyler().setxAxisTickLabelsFormattingFunction(logTickLabels(style.widthPx() / decades));
        } else if (axis == Axis.FREQUENCY) {
            // ticks at round frequencies rather than from the grid's first one
            chart.getStyler().setXAxisMin(0.0);
        }
        double bx = x[best];
        double peak = power[best];
        double low = Math.min(0, min(env[1]));
        // room above the peak for its label
        chart.getStyler().setYAxisMin(low);
        chart.getStyler().setYAxisMax(peak + 0.16 * (peak - low));
        XYSeries dot = chart.addSeries("highest peak", new double[] {bx}, new double[] {peak});
        dot.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        dot.setMarker(SeriesMarkers.CIRCLE);
        dot.setMarkerColor(PlotStyle.HIGHLIGHT);
        chart.getStyler().setMarkerSize(11);
        chart.getStyler().setAnnotationLineColor(PlotStyle.HIGHLIGHT);
        chart.getStyler().setAnnotationLineStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                10f, new float[] {6f, 5f}, 0f));
        chart.getStyler().setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        chart.getStyler().setAnnotationTextFontColor(PlotStyle.HIGHLIGHT);
        chart.addAnnotation(new AnnotationLine(bx, true, false));
        chart.addAnnotation(new AnnotationText(peakLabel(), labelX(x, bx), peak + 0.08 * (peak - low), false));
        return chart;
    }

    private double[] x() {
        double[] x = new double[frequency.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = axis == Axis.FREQUENCY ? frequency[i] : 1.0 / frequency[i];
        }
        return x;
    }

    /** The label's centre: above the peak, pulled inwards when the peak is near an edge so the text stays inside. */
    private double labelX(double[] x, double bx) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        boolean log = axis == Axis.LOG_PERIOD;
        double a = log ? Math.log(lo) : lo;
        double b = log ? Math.log(hi) : hi;
        double p = log ? Math.log(bx) : bx;
        double margin = 0.1 * (b - a);
        double clamped = Math.max(a + margin, Math.min(b - margin, p));
        return log ? Math.exp(clamped) : clamped;
    }

    /**
     * At most {@code columns} columns of the (monotonic or not) curve, each replaced by its lowest and highest
     * point in x order, so that peaks survive; curves shorter than twice that are returned as they are.
     */
    static double[][] envelope(double[] x, double[] y, int columns, boolean logX) {
        int n = x.length;
        if (n <= 2 * columns) {
            return new double[][] {x, y};
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (i, j) -> Double.compare(x[i], x[j]));
        double lo = logX ? Math.log(x[order[0]]) : x[order[0]];
        double hi = logX ? Math.log(x[order[n - 1]]) : x[order[n - 1]];
        double scale = hi > lo ? columns / (hi - lo) : 0;
        double[] ox = new double[2 * columns + 2];
        double[] oy = new double[2 * columns + 2];
        int m = 0;
        int k = 0;
        while (k < n) {
            int column = column(x[order[k]], lo, scale, columns, logX);
            int iMin = -1;
            int iMax = -1;
            for (; k < n && column(x[order[k]], lo, scale, columns, logX) == column; k++) {
                int i = order[k];
                if (Double.isNaN(y[i])) {
                    continue;
                }
                if (iMin < 0 || y[i] < y[iMin]) {
                    iMin = i;
                }
                if (iMax < 0 || y[i] > y[iMax]) {
                    iMax = i;
                }
            }
            if (iMin < 0) {
                continue;
            }
            int first = x[iMin] <= x[iMax] ? iMin : iMax;
            int second = first == iMin ? iMax : iMin;
            ox[m] = x[first];
            oy[m++] = y[first];
            if (second != first) {
                ox[m] = x[second];
                oy[m++] = y[second];
            }
        }
        return new double[][] {java.util.Arrays.copyOf(ox, m), java.util.Arrays.copyOf(oy, m)};
    }

    private static int column(double x, double lo, double scale, int columns, boolean logX) {
        return Math.min(columns, (int) (((logX ? Math.log(x) : x) - lo) * scale));
    }

    /**
     * Labels for the ticks of a logarithmic axis: every mantissa 1-9 when a decade is wide, else 1, 2 and 5, else
     * the decades alone; the others stay unlabelled ticks, so labels such as 0.06, 0.07, 0.08 never run together.
     */
    static Function<Double, String> logTickLabels(double pixelsPerDecade) {
        Set<Integer> labelled = pixelsPerDecade >= 600 ? Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9)
                : pixelsPerDecade >= 150 ? Set.of(1, 2, 5) : Set.of(1);
        return v -> {
            if (!(v > 0)) {
                return "";
            }
            double mantissa = v / Math.pow(10, Math.floor(Math.log10(v) + 1e-9));
            long digit = Math.round(mantissa);
            return Math.abs(mantissa - digit) < 1e-6 && labelled.contains((int) digit) ? Labels.number(v) : "";
        };
    }

    private static double max(double[] a) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : a) {
            m = Math.max(m, v);
        }
        return m;
    }

    private static double min(double[] a) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : a) {
            m = Math.min(m, v);
        }
        return m;
    }

    private static double roundSignificant(double v, int digits) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(digits)).doubleValue();
    }
}
