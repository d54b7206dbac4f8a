package radio.vetting;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import radio.lightcurve.Flatten;
import radio.lightcurve.LightCurve;
import radio.lightcurve.LightCurves;
import radio.lightcurve.Median;
import radio.lightcurve.TransitMask;
import radio.periodogram.Bls;
import radio.periodogram.BlsPeak;
import radio.periodogram.BlsStats;
import radio.periodogram.DepthEstimate;
import radio.periodsearch.EmptyPeriodRangeException;
import radio.periodsearch.FlattenWindow;
import radio.periodsearch.PeriodSearchException;
import radio.periodsearch.StitchException;
import radio.periodsearch.TransitSearch;
import radio.periodsearch.TransitSearchOptions;
import radio.periodsearch.TransitSearchResult;
import radio.periodsearch.UnsearchableLightCurveException;

/**
 * A multi-planet transit search with vetting, for one target's light curves:
 * <ol>
 *   <li>a BLS {@link TransitSearch} of the light curves, stitched (lightkurve's grid, flattening, refinement), up to
 *       half the baseline unless the options set the longest period;</li>
 *   <li>the peak is measured again on the light curve flattened with its own transits masked (the trend then
 *       does not eat into them), with flux errors scaled up to the scatter when the scatter is larger: depth,
 *       SNR, odd and even depths, the secondary eclipse, each transit's depth, the shape;</li>
 *   <li>if its SNR is below {@link PlanetSearchOptions#minSnr()} the search stops; otherwise it becomes a
 *       candidate, judged by {@link PlanetSearchOptions#rules()};</li>
 *   <li>its transits ({@value PlanetSearchOptions#MASK_DURATIONS} durations wide) are masked and the search runs
 *       again, until {@link PlanetSearchOptions#maxPlanets()} candidates are found or nothing is left to search.</li>
 * </ol>
 * <pre>{@code
 * PlanetSearchResult r = PlanetSearch.runFiles(quarterFiles, PlanetSearchOptions.DEFAULT.withMaxPlanets(5));
 * for (Candidate c : r.candidates()) {
 *     System.out.println(c.periodDays() + " d: " + c.verdict().text());   // 59.74 d: likely planet
 * }
 * }</pre>
 * Stateless and thread-safe.
 */
public final class PlanetSearch {
    /**
     * The share of the depth added (in quadrature) to the error of the odd/even difference: box depths of odd and
     * even transits differ by a few per cent through cadence sampling alone (seen on the simulator's planets).
     */
    static final double ODD_EVEN_FLOOR = 0.05;

    private PlanetSearch() {
    }

    /**
     * Searches light curves of one target, as read (they are normalised, or stitched, here).
     *
     * @throws IllegalArgumentException when none is given
     * @throws PeriodSearchException    when the first search cannot be made (different targets, too few points, an
     *                                  empty period range); once a candidate is found, such failures end the search
     *                                  instead ({@link PlanetSearchResult.Reason#NOTHING_LEFT})
     */
    public static PlanetSearchResult run(List<LightCurve> lightCurves, PlanetSearchOptions options)
            throws StitchException, EmptyPeriodRangeException, UnsearchableLightCurveException {
        TransitSearchOptions base = withLongestPeriod(options.search().withStitch(true), lightCurves);
        List<TransitMask> masks = new ArrayList<>();
        List<Candidate> found = new ArrayList<>();
        List<CandidateEvidence> evidence = new ArrayList<>();
        TransitSearchResult first = null;
        LightCurve normalized = null;
        LightCurve flattened = null;
        PlanetSearchResult.Stop stop;
        while (true) {
            TransitSearchResult r;
            try {
                r = TransitSearch.run(lightCurves, base.withMaskedTransits(masks));
            } catch (EmptyPeriodRangeException | UnsearchableLightCurveException e) {
                if (first == null) {
                    throw e;
                }
                stop = new PlanetSearchResult.Stop(PlanetSearchResult.Reason.NOTHING_LEFT, "nothing left to search "
                        + "once the transits of " + plural(found.size(), "candidate") + " were masked: "
                        + e.getMessage());
                break;
            }
            if (first == null) {
                first = r;
                normalized = normalize(lightCurves);
                flattened = r.lightCurve().flattenWindow().map(w -> normalize(lightCurves).flatten(w.filter()))
                        .orElse(normalized);
            }
            Measurement m = measure(normalized, masks, r);
            if (!(m.snr() >= options.minSnr())) {
                stop = new PlanetSearchResult.Stop(PlanetSearchResult.Reason.LOW_SNR, String.format(Locale.ROOT,
                        "the strongest %ssignal, P = %.4f d, has SNR %.1f (< %s)", found.isEmpty() ? "" : "remaining ",
                        r.best().period(), m.snr(), number(options.minSnr())));
                break;
            }
            Candidate provisional = m.candidate(found.size() + 1, r,
                    new Verdict(Verdict.Kind.LIKELY_PLANET, List.of(), List.of()));
            Candidate c = provisional.withVerdict(options.rules().judge(provisional, found));
            found.add(c);
            evidence.add(new CandidateEvidence(c, r, m.lightCurve()));
            if (found.size() >= options.maxPlanets()) {
                stop = new PlanetSearchResult.Stop(PlanetSearchResult.Reason.MAX_PLANETS, "the maximum of "
                        + plural(options.maxPlanets(), "candidate") + " was reached");
                break;
            }
            masks.add(mask(c.periodDays(), c.epoch(), maskedDuration(c)));
        }
        return new PlanetSearchResult(first.lightCurve(), flattened, found, evidence, stop);
    }

    /**
     * Reads the files of one target and searches them together.
     *
     * @throws IllegalArgumentException when no file is given
     */
    public static PlanetSearchResult runFiles(List<Path> files, PlanetSearchOptions options)
            throws PeriodSearchException {
        return run(TransitSearch.read(files, options.search().withStitch(true)), options);
    }

    /**
     * The search's options with the longest period at half the baseline unless they give one: two transits are
     * enough to find a planet (lightkurve's third of the baseline misses Kepler-90 e, 91.9 d, in 275 days of data);
     * whether they establish it is for the vetting rules ({@link VettingRules#minTransits()}).
     */
    public static TransitSearchOptions withLongestPeriod(TransitSearchOptions o, List<LightCurve> lightCurves) {
        if (o.periods().maximumDays().isPresent()) {
            return o;
        }
        double first = Double.POSITIVE_INFINITY;
        double last = Double.NEGATIVE_INFINITY;
        for (LightCurve lc : lightCurves) {
            if (lc.size() > 0) {
                first = Math.min(first, lc.timeAt(0));
                last = Math.max(last, lc.timeAt(lc.size() - 1));
            }
        }
        return last > first ? o.withPeriods(o.periods().withMaximumDays((last - first) / 2)) : o;
    }

    /** The transits of a candidate as masked for the next search: wider than the transit, narrower than the orbit. */
    static TransitMask mask(double period, double epoch, double duration) {
        return new TransitMask(period, epoch, Math.min(PlanetSearchOptions.MASK_DURATIONS * duration, 0.5 * period));
    }

    /** The span masked around a candidate's transits: its duration, or its fitted total duration when longer. */
    private static double maskedDuration(Candidate c) {
        double fitted = c.shape().measured() ? 0.75 * c.shape().totalDurationDays() : 0;
        return Math.max(c.durationDays(), fitted);
    }

    private static LightCurve normalize(List<LightCurve> parts) {
        return parts.size() == 1 ? parts.get(0).normalize() : LightCurves.stitch(parts);
    }

    /**
     * The peak of a search measured on the normalised light curve without the earlier candidates' transits,
     * flattened (as the search was) with this peak's transits masked out of the trend.
     */
    private static Measurement measure(LightCurve normalized, List<TransitMask> earlier, TransitSearchResult r) {
        BlsPeak peak = r.best();
        LightCurve lc = normalized;
        if (!earlier.isEmpty()) {
            lc = lc.select(TransitMask.outsideAll(lc.time(), earlier));
        }
        Optional<FlattenWindow> window = r.lightCurve().flattenWindow();
        if (window.isPresent()) {
            Flatten filter = window.get().filter();
            LightCurve unmasked = lc;
            try {
                lc = lc.flatten(filter.withTransitMask(mask(peak.period(), peak.epoch(), peak.duration())));
            } catch (IllegalStateException e) {
                lc = unmasked.flatten(filter); // too few points outside the transits for a trend: as searched
            }
        }
        return Measurement.of(lc, peak.period(), peak.duration(), peak.epoch());
    }

    /**
     * A peak measured on a light curve.
     *
     * @param lightCurve what it was measured on
     * @param stats      astropy's statistics of the box model, with the errors used
     * @param snr        depth over its error
     * @param perTransit each transit's depth
     * @param shape      the trapezoid fit
     */
    private record Measurement(LightCurve lightCurve, BlsStats stats, double snr, List<TransitDepth> perTransit,
                               TransitShape shape) {
        static Measurement of(LightCurve lc, double period, double duration, double epoch) {
            double[][] rows = finiteRows(lc);
            double[] t = rows[0];
            double[] y = rows[1];
            double[] dy = errors(rows, period, duration, epoch);
            BlsStats stats = Bls.of(t, y, dy).computeStats(period, duration, epoch);
            double[] w = new double[t.length];
            double[] phase = new double[t.length];
            for (int i = 0; i < t.length; i++) {
                w[i] = 1 / (dy[i] * dy[i]);
                phase[i] = Math.IEEEremainder(t[i] - epoch, period);
            }
            return new Measurement(lc, stats, stats.depth().snr(),
                    transitDepths(t, y, w, phase, period, duration, epoch),
                    TransitShape.fit(phase, y, w, duration));
        }

        Candidate candidate(int number, TransitSearchResult r, Verdict verdict) {
            BlsPeak p = r.best();
            DepthEstimate odd = stats.depthOdd();
            DepthEstimate even = stats.depthEven();
            // a box's depth depends a few per cent on where the cadences fall in ingress and egress, which differs
            // between odd and even transits: without that floor, deep planets "differ" at many sigma
            double floor = ODD_EVEN_FLOOR * Math.abs(stats.depth().depth());
            double oddEven = Double.isFinite(odd.error()) && Double.isFinite(even.error())
                    ? Math.abs(odd.depth() - even.depth()) / Math.sqrt(odd.error() * odd.error()
                    + even.error() * even.error() + floor * floor) : Double.NaN;
            DepthEstimate secondary = stats.depthPhased();
            double secondarySigma = Double.isFinite(secondary.error()) ? secondary.snr() : Double.NaN;
            return new Candidate(number, p.period(), p.epoch(), r.lightCurve().timeSystem().toJulianDate(p.epoch()),
                    p.duration(), stats.depth(), snr, stats.transitsWithData(), odd, even, oddEven, secondary,
                    secondarySigma, shape, largestShare(stats.perTransitLogLikelihood()),
                    stats.harmonicDeltaLogLikelihood(), perTransit, verdict);
        }
    }

    /** Time, flux and flux error of the rows with finite time and flux. */
    private static double[][] finiteRows(LightCurve lc) {
        double[] time = lc.time();
        double[] flux = lc.flux();
        double[] err = lc.fluxErr();
        int n = 0;
        for (int i = 0; i < time.length; i++) {
            if (Double.isFinite(flux[i])) {
                n++;
            }
        }
        double[][] out = new double[3][n];
        for (int i = 0, j = 0; i < time.length; i++) {
            if (Double.isFinite(flux[i])) {
                out[0][j] = time[i];
                out[1][j] = flux[i];
                out[2][j++] = err[i];
            }
        }
        return out;
    }

    /**
     * The errors to weigh points by: the light curve's, scaled up so that they match the robust scatter out of
     * transit when that is larger (red noise, jitter); the scatter itself when the light curve has no usable
     * errors (K2SFF).
     */
    private static double[] errors(double[][] rows, double period, double duration, double epoch) {
        double[] t = rows[0];
        double[] y = rows[1];
        double[] e = rows[2];
        double[] outside = new double[t.length];
        int m = 0;
        for (int i = 0; i < t.length; i++) {
            if (Math.abs(Math.IEEEremainder(t[i] - epoch, period)) >= duration) {
                outside[m++] = y[i];
            }
        }
        double scatter = robustStd(Arrays.copyOf(outside, m));
        boolean usable = e.length > 0;
        for (double v : e) {
            usable &= v > 0 && Double.isFinite(v);
        }
        double[] dy = new double[t.length];
        if (!usable) {
            Arrays.fill(dy, scatter > 0 ? scatter : 1);
            return dy;
        }
        double median = Median.select(e.clone(), 0, e.length, e.length / 2);
        double scale = scatter > median ? scatter / median : 1;
        for (int i = 0; i < dy.length; i++) {
            dy[i] = e[i] * scale;
        }
        return dy;
    }

    /** 1.4826 × the median absolute deviation: the standard deviation of Gaussian noise, blind to outliers. */
    static double robustStd(double[] values) {
        if (values.length < 2) {
            return Double.NaN;
        }
        double[] v = values.clone();
        // the upper middle value, as a sort would put it there
        double median = Median.select(v, 0, v.length, v.length / 2);
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.abs(v[i] - median);
        }
        return 1.4826 * Median.select(v, 0, v.length, v.length / 2);
    }

    /** Each transit's depth against the weighted mean flux out of every transit; transits without points left out. */
    private static List<TransitDepth> transitDepths(double[] t, double[] y, double[] w, double[] phase, double period,
                                                 double duration, double epoch) {
        double outW = 0;
        double outWy = 0;
        Map<Long, double[]> sums = new TreeMap<>();
        for (int i = 0; i < t.length; i++) {
            if (Math.abs(phase[i]) < 0.5 * duration) {
                long k = Math.round((t[i] - epoch) / period);
                double[] s = sums.computeIfAbsent(k, key -> new double[3]);
                s[0] += w[i];
                s[1] += w[i] * y[i];
                s[2]++;
            } else {
                outW += w[i];
                outWy += w[i] * y[i];
            }
        }
        List<TransitDepth> out = new ArrayList<>();
        if (outW == 0) {
            return out;
        }
        double reference = outWy / outW;
        for (Map.Entry<Long, double[]> e : sums.entrySet()) {
            double[] s = e.getValue();
            out.add(new TransitDepth(e.getKey(), epoch + e.getKey() * period,
                    new DepthEstimate(reference - s[1] / s[0], Math.sqrt(1 / s[0] + 1 / outW)), (int) s[2]));
        }
        return out;
    }

    /** The largest per-transit log-likelihood over the sum of the positive ones; NaN when none is positive. */
    private static double largestShare(double[] perTransit) {
        double sum = 0;
        double max = 0;
        for (double v : perTransit) {
            if (v > 0) {
                sum += v;
                max = Math.max(max, v);
            }
        }
        return sum > 0 ? max / sum : Double.NaN;
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
