package radio.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import radio.lightcurve.LightCurve;
import radio.periodogram.BlsResult;
import radio.periodogram.DepthEstimate;
import radio.vetting.Candidate;
import radio.vetting.CandidateEvidence;
import radio.vetting.PlanetSearchResult;
import radio.vetting.TransitDepth;
import radio.vetting.Verdict;

/**
 * A one-page vetting sheet of one candidate of a {@link PlanetSearchResult}, in the spirit of the Kepler and TESS
 * data-validation one-page reports, as a PNG of {@value #WIDTH} × {@value #HEIGHT} pixels:
 * <ol>
 *   <li>a banner: target, candidate number, verdict (coloured) and its reasons;</li>
 *   <li>the flattened light curve with this candidate's transits marked (other candidates' in grey);</li>
 *   <li>the periodogram of the search that found it, and the fold at its period with the binned data and the
 *       box model;</li>
 *   <li>odd and even transits side by side on one scale, and the secondary-eclipse window (phase 0.5);</li>
 *   <li>the depth of each transit with its error, and a table of the parameters and tests.</li>
 * </ol>
 * Every panel has axis titles with units and a legend or a title that says what its lines are. Immutable.
 * <pre>{@code
 * PlanetSearchResult r = PlanetSearch.runFiles(files, PlanetSearchOptions.DEFAULT.withSearch(
 *         PlanetSearchOptions.DEFAULT.search().withSpectrum(true)));
 * VettingSheet.of(r, 0).writePng(Path.of("candidate-1.png"));
 * }</pre>
 */
public final class VettingSheet {
    /** Image width, pixels. */
    public static final int WIDTH = 1800;
    /** Image height, pixels. */
    public static final int HEIGHT = 1940;

    private static final int BANNER = 110;
    private static final int ROW_LC = 420;
    private static final int ROW_MIDDLE = 440;
    private static final int ROW_ODD_EVEN = 440;
    private static final int ROW_BOTTOM = HEIGHT - BANNER - ROW_LC - ROW_MIDDLE - ROW_ODD_EVEN;
    private static final Color OTHER = new Color(0x99, 0x99, 0x99);
    private static final Color MODEL = new Color(0x1F, 0x77, 0xB4);
    private static final Color PLANET = new Color(0x1B, 0x7F, 0x3B);
    private static final Color BINARY = new Color(0xB0, 0x1E, 0x1E);
    private static final Color DOUBT = new Color(0xB3, 0x6B, 0x00);
    private static final String FONT = Font.SANS_SERIF;

    private final PlanetSearchResult result;
    private final int index;

    private VettingSheet(PlanetSearchResult result, int index) {
        this.result = Objects.requireNonNull(result, "result");
        if (index < 0 || index >= result.candidates().size()) {
            throw new IllegalArgumentException("no candidate " + (index + 1) + ": the search found "
                    + result.candidates().size());
        }
        this.index = index;
    }

    /** The sheet of the candidate at {@code index} (0 for the first) of {@code result}. */
    public static VettingSheet of(PlanetSearchResult result, int index) {
        return new VettingSheet(result, index);
    }

    /** The banner's first line: {@code TIC 25155310 · TESS Sector 1 — candidate 1 of 2: likely planet}. */
    public String title() {
        Candidate c = candidate();
        return result.lightCurve().title() + " — candidate " + c.number() + " of " + result.candidates().size()
                + ": " + c.verdict().kind().words();
    }

    /** Renders the sheet and writes it as a PNG (replacing the file). */
    public void writePng(Path file) throws IOException {
        PngFiles.write(render(), file);
    }

    BufferedImage render() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            banner(g);
            int y = BANNER;
            draw(g, lightCurve(new PlotStyle(WIDTH, ROW_LC)), 0, y);
            y += ROW_LC;
            draw(g, periodogram(new PlotStyle(WIDTH / 2, ROW_MIDDLE)), 0, y);
            draw(g, fold(new PlotStyle(WIDTH / 2, ROW_MIDDLE)), WIDTH / 2, y);
            y += ROW_MIDDLE;
            XYChart[] oddEven = oddEven(new PlotStyle(WIDTH / 3, ROW_ODD_EVEN));
            draw(g, oddEven[0], 0, y);
            draw(g, oddEven[1], WIDTH / 3, y);
            draw(g, secondary(new PlotStyle(WIDTH - 2 * (WIDTH / 3), ROW_ODD_EVEN)), 2 * (WIDTH / 3), y);
            y += ROW_ODD_EVEN;
            draw(g, perTransit(new PlotStyle(WIDTH / 2, ROW_BOTTOM)), 0, y);
            table(g, WIDTH / 2, y, WIDTH / 2, ROW_BOTTOM);
        } finally {
            g.dispose();
        }
        return image;
    }

    private Candidate candidate() {
        return result.candidates().get(index);
    }

    private CandidateEvidence evidence() {
        return result.evidence().get(index);
    }

    private String timeSystem() {
        return result.lightCurve().timeSystem().name();
    }

    private static void draw(Graphics2D g, XYChart chart, int x, int y) {
        g.drawImage(BitmapEncoder.getBufferedImage(chart), x, y, null);
    }

    // ---- banner and table

    private void banner(Graphics2D g) {
        Candidate c = candidate();
        g.setColor(colour(c.verdict().kind()));
        g.fillRect(0, 0, 14, BANNER);
        g.setColor(Color.BLACK);
        g.setFont(new Font(FONT, Font.BOLD, 30));
        g.drawString(clip(g, title(), WIDTH - 60), 34, 44);
        g.setFont(new Font(FONT, Font.PLAIN, 20));
        g.setColor(colour(c.verdict().kind()));
        g.drawString(clip(g, "Verdict: " + c.verdict().text(), WIDTH - 60), 34, 78);
        g.setColor(new Color(0x55, 0x55, 0x55));
        g.setFont(new Font(FONT, Font.PLAIN, 16));
        g.drawString(clip(g, String.format(Locale.ROOT, "P = %s d · depth %s · SNR %.1f · %d transits · %s",
                Labels.number(c.periodDays()), ppm(c.depth()), c.snr(), c.transits(), searchedText()), WIDTH - 60),
                34, 102);
        g.setColor(new Color(0xC8, 0xC8, 0xC8));
        g.drawLine(0, BANNER - 1, WIDTH, BANNER - 1);
    }

    private String searchedText() {
        var lc = result.lightCurve();
        return lc.points() + " cadences" + lc.flattenWindow().map(w -> ", flattened over " + Labels.number(w.days())
                + " d").orElse("") + (lc.files().size() > 1 ? ", " + lc.files().size() + " files stitched" : "");
    }

    private void table(Graphics2D g, int x, int y, int width, int height) {
        Candidate c = candidate();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Period", String.format(Locale.ROOT, "%.6f d", c.periodDays())});
        rows.add(new String[] {"Epoch", String.format(Locale.ROOT, "%.5f %s  (BJD %.5f)", c.epoch(), timeSystem(),
                c.epochBjd())});
        rows.add(new String[] {"Duration", String.format(Locale.ROOT, "%.3f d (%.2f h)%s", c.durationDays(),
                24 * c.durationDays(), c.shape().measured() ? String.format(Locale.ROOT, "; trapezoid fit %.2f h",
                24 * c.shape().totalDurationDays()) : "")});
        rows.add(new String[] {"Depth", ppm(c.depth()) + String.format(Locale.ROOT, "   SNR %.1f", c.snr())});
        rows.add(new String[] {"Transits with data", Integer.toString(c.transits())});
        rows.add(new String[] {"Odd / even depth", ppm(c.oddDepth()) + "  /  " + ppm(c.evenDepth())});
        rows.add(new String[] {"Odd − even", sigma(c.oddEvenSigma())});
        rows.add(new String[] {"Secondary (phase 0.5)", ppm(c.secondaryDepth()) + "  (" + sigma(c.secondarySigma())
                + ")"});
        rows.add(new String[] {"Shape", c.shape().measured() ? String.format(Locale.ROOT,
                "flat bottom %.0f %% of the transit; V-shape %.1fσ", 100 * c.shape().flatFraction(),
                c.shape().vShapeSigma()) : "not measured (too few points)"});
        rows.add(new String[] {"Strongest transit's share", Double.isNaN(c.largestTransitShare()) ? "—"
                : String.format(Locale.ROOT, "%.0f %% of the signal", 100 * c.largestTransitShare())});
        rows.add(new String[] {"Sinusoid − box", String.format(Locale.ROOT, "Δ log L = %.1f (%s)",
                c.harmonicDeltaLogLikelihood(), c.harmonicDeltaLogLikelihood() > 0 ? "sinusoid fits better"
                        : "box fits better")});
        rows.add(new String[] {"Search stopped", result.stop().detail()});
        g.setColor(new Color(0xF6, 0xF6, 0xF6));
        g.fillRect(x + 10, y + 10, width - 24, height - 24);
        g.setColor(Color.BLACK);
        g.setFont(new Font(FONT, Font.BOLD, 20));
        int line = y + 42;
        g.drawString("Candidate " + c.number() + " parameters and tests", x + 28, line);
        line += 12;
        Font label = new Font(FONT, Font.PLAIN, 16);
        Font value = new Font(FONT, Font.BOLD, 16);
        int column = x + 270;
        for (String[] row : rows) {
            g.setFont(value);
            List<String> wrapped = wrap(g, row[1], x + width - 30 - column);
            line += 28;
            g.setFont(label);
            g.setColor(new Color(0x44, 0x44, 0x44));
            g.drawString(row[0], x + 28, line);
            g.setFont(value);
            g.setColor(Color.BLACK);
            for (int i = 0; i < wrapped.size(); i++) {
                if (i > 0) {
                    line += 22;
                }
                g.drawString(wrapped.get(i), column, line);
            }
        }
        line += 34;
        g.setFont(new Font(FONT, Font.BOLD, 17));
        g.setColor(colour(c.verdict().kind()));
        for (String l : wrap(g, "Verdict: " + c.verdict().text(), width - 60)) {
            if (line > y + height - 20) {
                break;
            }
            g.drawString(l, x + 28, line);
            line += 22;
        }
    }

    private static Color colour(Verdict.Kind kind) {
        return switch (kind) {
            case LIKELY_PLANET -> PLANET;
            case LIKELY_ECLIPSING_BINARY -> BINARY;
            case TOO_FEW_TRANSITS, LIKELY_VARIABLE_STAR -> DOUBT;
        };
    }

    /** Words of {@code text} in lines no wider than {@code width} pixels in the current font. */
    static List<String> wrap(Graphics2D g, String text, int width) {
        FontMetrics m = g.getFontMetrics();
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String tried = line.length() == 0 ? word : line + " " + word;
            if (m.stringWidth(tried) > width && line.length() > 0) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(tried);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String clip(Graphics2D g, String text, int width) {
        FontMetrics m = g.getFontMetrics();
        if (m.stringWidth(text) <= width) {
            return text;
        }
        String s = text;
        while (s.length() > 1 && m.stringWidth(s + "…") > width) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "…";
    }

    // ---- panels

    private XYChart lightCurve(PlotStyle style) {
        LightCurve lc = result.flattened();
        Candidate c = candidate();
        XYChart chart = style.newChart("Flattened light curve, candidate " + c.number() + "'s transits marked",
                Labels.time(lc.timeSystem()), "Normalized flux");
        double[] t = lc.time();
        double[] f = lc.flux();
        style.addPoints(chart, "flux", t, f);
        double[] range = range(f, new double[] {1 - c.depth().depth()});
        chart.getStyler().setYAxisMin(range[0]).setYAxisMax(range[1]);
        double tick = 0.07 * (range[1] - range[0]);
        double low = range[0] + 0.2 * tick;
        for (int k = 0; k < result.candidates().size(); k++) {
            if (k == index) {
                continue;
            }
            Candidate other = result.candidates().get(k);
            ticks(chart, "candidate " + other.number() + " transits", other, t, low, tick, OTHER);
        }
        ticks(chart, "candidate " + c.number() + " transits", c, t, low, tick, PlotStyle.HIGHLIGHT);
        legend(chart, Styler.LegendPosition.InsideNE);
        return chart;
    }

    /** Short vertical ticks at the foot of the plot at each transit of {@code c} that falls inside the data. */
    private static void ticks(XYChart chart, String name, Candidate c, double[] t, double low, double height,
                              Color colour) {
        if (t.length == 0) {
            return;
        }
        double first = t[0];
        double last = t[t.length - 1];
        long from = (long) Math.ceil((first - c.epoch()) / c.periodDays());
        long to = (long) Math.floor((last - c.epoch()) / c.periodDays());
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (long k = from; k <= to && xs.size() < 30_000; k++) {
            double at = c.epoch() + k * c.periodDays();
            if (!hasData(t, at, c.durationDays())) {
                continue;
            }
            xs.add(at);
            ys.add(low);
            xs.add(at);
            ys.add(low + height);
            xs.add(at);
            ys.add(Double.NaN);
        }
        if (xs.isEmpty()) {
            return;
        }
        XYSeries s = chart.addSeries(name, xs.stream().mapToDouble(Double::doubleValue).toArray(),
                ys.stream().mapToDouble(Double::doubleValue).toArray());
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(colour);
        s.setLineStyle(new BasicStroke(3f));
    }

    private static boolean hasData(double[] sorted, double at, double duration) {
        int i = Arrays.binarySearch(sorted, at - duration / 2);
        i = i < 0 ? -i - 1 : i;
        return i < sorted.length && sorted[i] <= at + duration / 2;
    }

    private XYChart periodogram(PlotStyle style) {
        CandidateEvidence e = evidence();
        String title = "BLS periodogram" + (index == 0 ? "" : index == 1 ? " with candidate 1 masked"
                : " with candidates 1–" + index + " masked");
        if (e.search().spectrum().isEmpty()) {
            XYChart chart = style.newChart(title + " (not kept)", "Period [days]", "BLS power");
            chart.addSeries("none", new double[] {candidate().periodDays()}, new double[] {0});
            return chart;
        }
        BlsResult spectrum = e.search().spectrum().get();
        double shortest = e.search().grid().minimumPeriodDays();
        double longest = e.search().grid().maximumPeriodDays();
        return PeriodogramPlot.of(spectrum).withTitle(title).withStyle(style)
                .withAxis(longest > 20 * shortest ? PeriodogramPlot.Axis.LOG_PERIOD : PeriodogramPlot.Axis.PERIOD)
                .chart();
    }

    /** Phase of each time from the nearest transit, hours. */
    private static double[] hoursFrom(double[] t, double epoch, double period, double shift) {
        double[] h = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            h[i] = 24 * Math.IEEEremainder(t[i] - epoch - shift * period, period);
        }
        return h;
    }

    private XYChart fold(PlotStyle style) {
        Candidate c = candidate();
        LightCurve lc = evidence().measured();
        double half = window(c);
        double[] h = hoursFrom(lc.time(), c.epoch(), c.periodDays(), 0);
        double[][] in = within(h, lc.flux(), half, null, c);
        XYChart chart = style.newChart(String.format(Locale.ROOT, "Folded at P = %s d: depth %s",
                Labels.number(c.periodDays()), ppm(c.depth())), "Hours from mid-transit", "Normalized flux");
        foldPanel(chart, style, in, c, 1 - c.depth().depth(), half, null);
        return chart;
    }

    private XYChart[] oddEven(PlotStyle style) {
        Candidate c = candidate();
        LightCurve lc = evidence().measured();
        double half = window(c);
        double[] t = lc.time();
        double[] h = hoursFrom(t, c.epoch(), c.periodDays(), 0);
        double[][] odd = within(h, lc.flux(), half, parity(t, c, 1), c);
        double[][] even = within(h, lc.flux(), half, parity(t, c, 0), c);
        double[] all = new double[odd[1].length + even[1].length];
        System.arraycopy(odd[1], 0, all, 0, odd[1].length);
        System.arraycopy(even[1], 0, all, odd[1].length, even[1].length);
        double[] range = range(all, new double[] {1 - c.oddDepth().depth(), 1 - c.evenDepth().depth()});
        XYChart o = style.newChart("Odd transits: " + ppm(c.oddDepth()), "Hours from mid-transit",
                "Normalized flux");
        foldPanel(o, style, odd, c, 1 - c.oddDepth().depth(), half, range);
        XYChart e = style.newChart("Even transits: " + ppm(c.evenDepth()) + " (" + sigma(c.oddEvenSigma()) + ")",
                "Hours from mid-transit", "Normalized flux");
        foldPanel(e, style, even, c, 1 - c.evenDepth().depth(), half, range);
        return new XYChart[] {o, e};
    }

    /** Which times belong to transits of the given parity (1 odd, 0 even) counted from the epoch. */
    private static boolean[] parity(double[] t, Candidate c, int wanted) {
        boolean[] keep = new boolean[t.length];
        for (int i = 0; i < t.length; i++) {
            long k = Math.round((t[i] - c.epoch()) / c.periodDays());
            keep[i] = Math.floorMod(k, 2) == wanted;
        }
        return keep;
    }

    private XYChart secondary(PlotStyle style) {
        Candidate c = candidate();
        LightCurve lc = evidence().measured();
        double half = window(c);
        double[] h = hoursFrom(lc.time(), c.epoch(), c.periodDays(), 0.5);
        double[][] in = within(h, lc.flux(), half, null, c);
        XYChart chart = style.newChart("Phase 0.5: " + ppm(c.secondaryDepth()) + " ("
                + sigma(c.secondarySigma()) + ")", "Hours from phase 0.5 (secondary eclipse)", "Normalized flux");
        foldPanel(chart, style, in, c, 1 - c.secondaryDepth().depth(), half, null);
        return chart;
    }

    /** Half the width of the fold panels, hours: three durations, or the fitted transit, whichever is longer. */
    private static double window(Candidate c) {
        double days = Math.max(1.5 * c.durationDays(), c.shape().measured() ? 1.2 * c.shape().totalDurationDays() : 0);
        return 24 * Math.min(days, 0.25 * c.periodDays());
    }

    /** Hours and flux of the points within {@code half} hours of the fold's centre (and kept by {@code keep}). */
    private static double[][] within(double[] hours, double[] flux, double half, boolean[] keep, Candidate c) {
        int n = 0;
        for (int i = 0; i < hours.length; i++) {
            if (Math.abs(hours[i]) <= half && Double.isFinite(flux[i]) && (keep == null || keep[i])) {
                n++;
            }
        }
        double[][] out = new double[2][n];
        for (int i = 0, j = 0; i < hours.length; i++) {
            if (Math.abs(hours[i]) <= half && Double.isFinite(flux[i]) && (keep == null || keep[i])) {
                out[0][j] = hours[i];
                out[1][j++] = flux[i];
            }
        }
        sortByX(out);
        return out;
    }

    private static void sortByX(double[][] xy) {
        Integer[] order = new Integer[xy[0].length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(xy[0][a], xy[0][b]));
        double[] x = new double[order.length];
        double[] y = new double[order.length];
        for (int i = 0; i < order.length; i++) {
            x[i] = xy[0][order[i]];
            y[i] = xy[1][order[i]];
        }
        xy[0] = x;
        xy[1] = y;
    }

    /**
     * Points, the binned mean (bins of a sixth of the duration, at least one cadence) and the box model at
     * {@code level} inside the transit, 1 outside; the vertical range {@code range} when given.
     */
    private static void foldPanel(XYChart chart, PlotStyle style, double[][] points, Candidate c, double level,
                                  double half, double[] range) {
        chart.getStyler().setXAxisMin(-half).setXAxisMax(half);
        if (points[0].length == 0) {
            chart.setTitle(chart.getTitle() + " (no data)");
            chart.addSeries("no data", new double[] {0}, new double[] {1});
            return;
        }
        style.addPoints(chart, "flux", points[0], points[1]);
        double width = Math.max(24 * c.durationDays() / 6, 2 * half / 150);
        double[][] binned = bin(points, -half, half, width);
        XYSeries b = style.addOverlay(chart, "binned (" + Labels.number(Math.round(60 * width * 10) / 10.0)
                + " min)", binned[0], binned[1]);
        double d = 12 * c.durationDays();
        XYSeries model = chart.addSeries("box model", new double[] {-half, -d, -d, d, d, half},
                new double[] {1, 1, level, level, 1, 1});
        model.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        model.setMarker(SeriesMarkers.NONE);
        model.setLineColor(MODEL);
        model.setLineStyle(new BasicStroke(2.5f));
        double[] r = range != null ? range : range(concat(points[1], b == null ? new double[0] : binned[1]),
                new double[] {level});
        chart.getStyler().setYAxisMin(r[0]).setYAxisMax(r[1]);
        legend(chart, Styler.LegendPosition.OutsideS);
    }

    private static double[][] bin(double[][] points, double from, double to, double width) {
        int bins = Math.max(1, (int) Math.ceil((to - from) / width));
        double[] sum = new double[bins];
        int[] count = new int[bins];
        for (int i = 0; i < points[0].length; i++) {
            int k = (int) Math.floor((points[0][i] - from) / width);
            if (k >= 0 && k < bins) {
                sum[k] += points[1][i];
                count[k]++;
            }
        }
        double[] x = new double[bins];
        double[] y = new double[bins];
        for (int k = 0; k < bins; k++) {
            x[k] = from + (k + 0.5) * width;
            y[k] = count[k] == 0 ? Double.NaN : sum[k] / count[k];
        }
        return new double[][] {x, y};
    }

    private XYChart perTransit(PlotStyle style) {
        Candidate c = candidate();
        List<TransitDepth> list = c.perTransit().stream().filter(d -> Double.isFinite(d.depth().error())).toList();
        XYChart chart = style.newChart("Depth of each transit",
                "Mid-transit time − " + result.lightCurve().timeSystem().referenceText() + " [" + timeSystem()
                        + " days]", "Depth [ppm]");
        if (list.isEmpty()) {
            chart.setTitle(chart.getTitle() + " (no transit with data)");
            chart.addSeries("none", new double[] {c.epoch()}, new double[] {0});
            return chart;
        }
        double[] x = list.stream().mapToDouble(TransitDepth::time).toArray();
        double[] y = list.stream().mapToDouble(d -> 1e6 * d.depth().depth()).toArray();
        double[] e = list.stream().mapToDouble(d -> 1e6 * d.depth().error()).toArray();
        XYSeries s = chart.addSeries("each transit ± 1σ", x, y, e);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setMarkerColor(PlotStyle.DATA);
        chart.getStyler().setMarkerSize(8);
        chart.getStyler().setErrorBarsColor(PlotStyle.DATA);
        double pad = Math.max(0.05 * (x[x.length - 1] - x[0]), 0.5 * c.periodDays());
        double lo = x[0] - pad;
        double hi = x[x.length - 1] + pad;
        XYSeries mean = chart.addSeries(String.format(Locale.ROOT, "all transits: %.0f ppm", 1e6 * c.depth().depth()),
                new double[] {lo, hi}, new double[] {1e6 * c.depth().depth(), 1e6 * c.depth().depth()});
        mean.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        mean.setMarker(SeriesMarkers.NONE);
        mean.setLineColor(PlotStyle.HIGHLIGHT);
        mean.setLineStyle(new BasicStroke(2f));
        double bottom = 1e6 * c.depth().depth();
        double top = bottom;
        for (int i = 0; i < y.length; i++) {
            bottom = Math.min(bottom, y[i] - e[i]);
            top = Math.max(top, y[i] + e[i]);
        }
        double margin = Math.max(0.1 * (top - bottom), 1);
        chart.getStyler().setXAxisMin(lo).setXAxisMax(hi).setYAxisMin(bottom - margin).setYAxisMax(top + margin);
        legend(chart, Styler.LegendPosition.OutsideS);
        return chart;
    }

    private static void legend(XYChart chart, Styler.LegendPosition where) {
        chart.getStyler().setLegendLayout(where == Styler.LegendPosition.OutsideS ? Styler.LegendLayout.Horizontal
                : Styler.LegendLayout.Vertical);
        chart.getStyler().setLegendVisible(true).setLegendPosition(where)
                .setLegendBackgroundColor(new Color(255, 255, 255, 215))
                .setLegendFont(new Font(FONT, Font.PLAIN, 13));
    }

    /**
     * A vertical range showing the bulk of the values (0.5th to 99.5th percentile) and the given levels, with a
     * margin: single outliers do not squash the transit into a line.
     */
    static double[] range(double[] values, double[] levels) {
        double[] v = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (v.length == 0) {
            return new double[] {0.99, 1.01};
        }
        double lo = v[(int) Math.floor(0.005 * (v.length - 1))];
        double hi = v[(int) Math.ceil(0.995 * (v.length - 1))];
        for (double l : levels) {
            if (Double.isFinite(l)) {
                lo = Math.min(lo, l);
                hi = Math.max(hi, l);
            }
        }
        lo = Math.min(lo, 1);
        hi = Math.max(hi, 1);
        double margin = Math.max(0.08 * (hi - lo), 1e-6);
        return new double[] {lo - margin, hi + margin};
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String ppm(DepthEstimate d) {
        return Double.isFinite(d.error()) ? String.format(Locale.ROOT, "%.0f ± %.0f ppm", 1e6 * d.depth(),
                1e6 * d.error()) : "no data";
    }

    private static String sigma(double s) {
        return Double.isFinite(s) ? String.format(Locale.ROOT, "%.1fσ", s) : "not measured";
    }
}
