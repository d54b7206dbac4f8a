package radio.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import radio.lightcurve.Binning;
import radio.lightcurve.LightCurve;

/**
 * A light curve as a PNG: time against flux, with units on both axes (e.g. "Time − 2457000 [BTJD days]",
 * "Flux [e⁻/s]" or "Normalized flux") and the target, mission and observing period as title; optionally a binned
 * version drawn over the points. Immutable: the {@code with…} methods return new plots.
 * <pre>{@code
 * LightCurvePlot.of(lc).withBinning(Binning.byWidth(0.02)).writePng(Path.of("lc.png"));
 * }</pre>
 */
public final class LightCurvePlot {
    private final LightCurve lc;
    private final String title;
    private final Optional<Binning> binning;
    private final PlotStyle style;

    private LightCurvePlot(LightCurve lc, String title, Optional<Binning> binning, PlotStyle style) {
        this.lc = Objects.requireNonNull(lc, "lc");
        this.title = Objects.requireNonNull(title, "title");
        this.binning = binning;
        this.style = Objects.requireNonNull(style, "style");
    }

    /** A plot of {@code lc} titled with its {@link radio.lightcurve.LightCurveMeta#title()}. */
    public static LightCurvePlot of(LightCurve lc) {
        return new LightCurvePlot(lc, lc.meta().title(), Optional.empty(), PlotStyle.DEFAULT);
    }

    public LightCurvePlot withTitle(String text) {
        return new LightCurvePlot(lc, text, binning, style);
    }

    /** Draws the light curve binned this way over the points. */
    public LightCurvePlot withBinning(Binning how) {
        return new LightCurvePlot(lc, title, Optional.of(how), style);
    }

    public LightCurvePlot withStyle(PlotStyle value) {
        return new LightCurvePlot(lc, title, binning, value);
    }

    public String title() {
        return title;
    }

    public String xAxisTitle() {
        return Labels.time(lc.timeSystem());
    }

    public String yAxisTitle() {
        return Labels.flux(lc.fluxUnit());
    }

    /** Writes the plot as a PNG of {@link PlotStyle#widthPx()} × {@link PlotStyle#heightPx()} pixels. */
    public void writePng(Path file) throws IOException {
        PngFiles.write(chart(), file);
    }

    XYChart chart() {
        XYChart chart = style.newChart(title, xAxisTitle(), yAxisTitle());
        if (style.addPoints(chart, "flux", lc.time(), lc.flux()) == null) {
            chart.setTitle(title + " (no finite flux)");
            chart.addSeries("empty", new double[] {lc.size() == 0 ? 0 : lc.timeAt(0)}, new double[] {0});
        }
        binning.ifPresent(b -> {
            LightCurve binned = lc.bin(b);
            style.addOverlay(chart, "binned (" + b + ")", binned.time(), binned.flux());
        });
        return chart;
    }
}
