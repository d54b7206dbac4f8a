package radio.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.knowm.xchart.XYChart;
import radio.lightcurve.Binning;
import radio.lightcurve.FoldedLightCurve;
import radio.lightcurve.PhaseUnit;

/**
 * A folded light curve as a PNG: phase against flux with the binned fold drawn over the points, titled with the
 * target and the period. The default overlay has 200 bins per period; {@link #withBinning} changes it.
 * Immutable: the {@code with…} methods return new plots.
 * <pre>{@code
 * FoldedLightCurvePlot.of(lc.flatten().fold(3.288776, 1327.520678)).writePng(Path.of("fold.png"));
 * }</pre>
 */
public final class FoldedLightCurvePlot {
    /** Bins per period of the default overlay: narrower than a typical transit, wide enough to average noise. */
    static final int DEFAULT_BINS = 200;

    private final FoldedLightCurve folded;
    private final String title;
    private final Binning binning;
    private final PlotStyle style;

    private FoldedLightCurvePlot(FoldedLightCurve folded, String title, Binning binning, PlotStyle style) {
        this.folded = Objects.requireNonNull(folded, "folded");
        this.title = Objects.requireNonNull(title, "title");
        this.binning = Objects.requireNonNull(binning, "binning");
        this.style = Objects.requireNonNull(style, "style");
    }

    /** A plot titled {@code <target> · folded at P = <period> d}, with 200 bins per period overlaid. */
    public static FoldedLightCurvePlot of(FoldedLightCurve folded) {
        double fullCycle = folded.phaseUnit() == PhaseUnit.CYCLES ? 1.0 : folded.periodDays();
        return new FoldedLightCurvePlot(folded, folded.meta().title() + " · folded at P = "
                + Labels.number(folded.periodDays()) + " d", Binning.byWidth(fullCycle / DEFAULT_BINS),
                PlotStyle.DEFAULT);
    }

    public FoldedLightCurvePlot withTitle(String text) {
        return new FoldedLightCurvePlot(folded, text, binning, style);
    }

    /** The overlay's binning (a width is in the fold's phase unit). */
    public FoldedLightCurvePlot withBinning(Binning how) {
        return new FoldedLightCurvePlot(folded, title, how, style);
    }

    public FoldedLightCurvePlot withStyle(PlotStyle value) {
        return new FoldedLightCurvePlot(folded, title, binning, value);
    }

    public String title() {
        return title;
    }

    public String xAxisTitle() {
        return Labels.phase(folded.phaseUnit());
    }

    public String yAxisTitle() {
        return Labels.flux(folded.fluxUnit());
    }

    /** Writes the plot as a PNG of {@link PlotStyle#widthPx()} × {@link PlotStyle#heightPx()} pixels. */
    public void writePng(Path file) throws IOException {
        PngFiles.write(chart(), file);
    }

    XYChart chart() {
        XYChart chart = style.newChart(title, xAxisTitle(), yAxisTitle());
        if (style.addPoints(chart, "flux", folded.phase(), folded.flux()) == null) {
            chart.setTitle(title + " (no finite flux)");
            chart.addSeries("empty", new double[] {0}, new double[] {0});
            return chart;
        }
        FoldedLightCurve binned = folded.bin(binning);
        style.addOverlay(chart, "binned (" + binning + ")", binned.phase(), binned.flux());
        return chart;
    }
}
