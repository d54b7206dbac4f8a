package radio.ml.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import radio.lightcurve.Flatten;
import radio.lightcurve.LightCurve;
import radio.lightcurve.LightCurves;
import radio.lightcurve.TransitMask;
import radio.periodogram.Bls;

/**
 * Turns one star's light-curve files into an {@link Example}, one small step at a time (after AstroNet's
 * {@code preprocess.py}):
 * <ol>
 *   <li>{@link #read}: each file with lightkurve's defaults (PDCSAP flux, default quality mask), NaN fluxes
 *       dropped; the files stitched (each normalised first) and sorted by time;</li>
 *   <li>{@link #clipUpward}: single cadences more than 5 robust σ above the median dropped (cosmic rays,
 *       scattered light), dips kept;</li>
 *   <li>{@link Prewhitening}: strong spots and pulsations removed, known transits left out of the fit;</li>
 *   <li>flatten: a one-day Savitzky–Golay trend divided out with the transits masked (lightkurve's
 *       {@code flatten} with {@code mask}); without a known ephemeris, a BLS search ({@link TransitFinder}) on a
 *       first flatten finds one, and the star is flattened again with that transit masked;</li>
 *   <li>views: see {@link Views}; scalars: {@link Scalars}.</li>
 * </ol>
 * Thread-safe: one instance serves all threads. BLS runs on the calling thread (stars are the unit of
 * parallelism).
 *
 * @param settings      view sizes
 * @param views         which views to compute
 * @param prewhitening  how stellar variability is taken out
 */
public record Preprocessor(ViewSettings settings, Set<View> views, Prewhitening prewhitening) {
    /** Fewest cadences, and shortest span in days, a star needs. */
    public static final int MIN_CADENCES = 200;
    public static final double MIN_SPAN_DAYS = 3;
    private static final double WINDOW_DAYS = 1.0;
    private static final double MASK_FACTOR = 1.5;

    public Preprocessor {
        Objects.requireNonNull(settings, "settings");
        views = Set.copyOf(views);
        Objects.requireNonNull(prewhitening, "prewhitening");
    }

    /**
     * The example of one star.
     *
     * @param known its ephemeris when the labels give one; otherwise BLS finds one
     * @throws SkippedStarException with the reason when the star cannot be used
     */
    public Example process(String target, int label, List<Path> files, Optional<Ephemeris> known)
            throws SkippedStarException {
        Example e = process(target, label, read(files), files.stream().map(Path::toString).toList(), List.of(), known);
        // hashed only once the star is an example: a skipped star's files are not read a second time
        return e.withSha256(hashes(files));
    }

    /**
     * As {@link #process(String, int, List, Optional)} for a star's light curves already read (e.g. from memory,
     * as the Spark job reads them): NaN fluxes dropped, each normalised and stitched.
     *
     * @param lightCurves the star's light curves as read
     * @param files       where they came from, recorded in the example
     * @param sha256      those files' SHA-256, hex (may be empty)
     * @throws SkippedStarException with the reason when the star cannot be used (no finite flux, too short)
     */
    public Example process(String target, int label, List<LightCurve> lightCurves, List<String> files,
                           List<String> sha256, Optional<Ephemeris> known) throws SkippedStarException {
        LightCurve lc = stitch(lightCurves);
        double ref = lc.timeSystem().referenceJd();
        boolean[] keep = clipUpward(lc.flux());
        double[] time = select(lc.time(), keep);
        double[] flux = select(lc.flux(), keep);
        double[] err = select(lc.fluxErr(), keep);

        boolean[] outside = new boolean[time.length];
        Arrays.fill(outside, true);
        known.ifPresent(e -> mask(time, e, ref, outside));
        double[] white = prewhitening.apply(time, flux, outside).flux();
        LightCurve prewhitened = LightCurve.of(time, white, err, lc.timeSystem(), "", lc.meta());
        Flatten flatten = Flatten.DEFAULT.withWindowDays(WINDOW_DAYS, lc.cadenceDays());

        Ephemeris ephemeris;
        LightCurve flat;
        try {
            if (known.isPresent()) {
                ephemeris = known.get();
                flat = prewhitened.flatten(withMask(flatten, ephemeris, ref));
            } else {
                ephemeris = search(prewhitened.flatten(flatten), ref);
                flat = prewhitened.flatten(withMask(flatten, ephemeris, ref));
            }
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new SkippedStarException("cannot flatten or search: " + e.getMessage());
        }
        Map<View, float[]> out = new EnumMap<>(View.class);
        double[] t = flat.time();
        double[] f = flat.flux();
        double epoch = ephemeris.epochBjd() - ref;
        Views.Folded folded = views.contains(View.GLOBAL) || views.contains(View.LOCAL)
                ? Views.fold(t, f, ephemeris.periodDays(), epoch) : null;
        for (View v : views) {
            out.put(v, switch (v) {
                case FLUX -> Views.flux(t, f, settings.fluxLength());
                case GLOBAL -> Views.global(folded, settings.globalBins());
                case LOCAL -> Views.local(folded, ephemeris.durationDays(), settings);
                case SCALARS -> Numbers.toFloats(Scalars.of(Bls.of(flat).computeStats(ephemeris.periodDays(),
                        ephemeris.durationDays(), epoch), ephemeris.periodDays(), ephemeris.durationDays()));
            });
        }
        String mission = lc.meta().mission().map(Object::toString).orElse("");
        return new Example(target, mission, label, "", ephemeris, files, sha256, out);
    }

    /**
     * Reads a star's files.
     *
     * @throws SkippedStarException when no file can be read or none has a finite flux
     */
    private static List<LightCurve> read(List<Path> files) throws SkippedStarException {
        List<LightCurve> parts = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                // NaN fluxes are dropped once, when the parts are stitched
                LightCurve lc = LightCurves.read(file);
                if (Arrays.stream(lc.flux()).allMatch(Double::isNaN)) {
                    problems.add(file.getFileName() + " has no finite flux (NaN only)");
                } else {
                    parts.add(lc);
                }
            } catch (IOException | RuntimeException e) {
                problems.add("cannot read " + file.getFileName() + ": " + e.getMessage());
            }
        }
        if (parts.isEmpty()) {
            throw new SkippedStarException(problems.isEmpty() ? "no light-curve files" : String.join("; ", problems));
        }
        return parts;
    }

    /**
     * The light curves without NaN fluxes, normalised and stitched.
     *
     * @throws SkippedStarException when none has a finite flux, they cannot be stitched, or too little is left
     */
    private static LightCurve stitch(List<LightCurve> lightCurves) throws SkippedStarException {
        List<LightCurve> parts = lightCurves.stream().map(LightCurve::removeNans).filter(lc -> lc.size() > 0)
                .toList();
        if (parts.isEmpty()) {
            throw new SkippedStarException("no finite flux (NaN only)");
        }
        LightCurve lc;
        try {
            lc = LightCurves.stitch(parts);
        } catch (RuntimeException e) {
            throw new SkippedStarException("cannot stitch: " + e.getMessage());
        }
        double span = lc.timeAt(lc.size() - 1) - lc.timeAt(0);
        if (lc.size() < MIN_CADENCES || span < MIN_SPAN_DAYS) {
            throw new SkippedStarException(String.format(java.util.Locale.ROOT,
                    "too short: %d cadences over %.1f days (at least %d over %.0f days needed)", lc.size(), span,
                    MIN_CADENCES, MIN_SPAN_DAYS));
        }
        return lc;
    }

    /** Which cadences to keep: all but those more than 5 robust σ above the median. */
    static boolean[] clipUpward(double[] flux) {
        double median = Numbers.nanMedian(flux);
        double sigma = Numbers.robustSigma(flux, median);
        boolean[] keep = new boolean[flux.length];
        for (int i = 0; i < flux.length; i++) {
            keep[i] = Double.isFinite(flux[i]) && !(sigma > 0 && flux[i] - median > 5 * sigma);
        }
        return keep;
    }

    /** The best physically shaped transit of a BLS search ({@link TransitFinder}). */
    static Ephemeris search(LightCurve flat, double referenceJd) throws SkippedStarException {
        TransitFinder.Peak best = TransitFinder.search(Bls.of(flat));
        if (!(best.period() > 0) || !Double.isFinite(best.epoch())) {
            throw new SkippedStarException("BLS found no peak");
        }
        return new Ephemeris(best.period(), best.epoch() + referenceJd, best.duration(), EphemerisSource.BLS);
    }

    private static Flatten withMask(Flatten flatten, Ephemeris e, double referenceJd) {
        double width = Math.min(MASK_FACTOR * e.durationDays(), 0.5 * e.periodDays());
        return flatten.withTransitMask(new TransitMask(e.periodDays(), e.epochBjd() - referenceJd, width));
    }

    private static void mask(double[] time, Ephemeris e, double referenceJd, boolean[] outside) {
        double width = Math.min(MASK_FACTOR * e.durationDays(), 0.5 * e.periodDays());
        boolean[] in = new TransitMask(e.periodDays(), e.epochBjd() - referenceJd, width).inTransit(time);
        for (int i = 0; i < in.length; i++) {
            outside[i] &= !in[i];
        }
    }

    private static double[] select(double[] v, boolean[] keep) {
        double[] out = new double[v.length];
        int n = 0;
        for (int i = 0; i < v.length; i++) {
            if (keep[i]) {
                out[n++] = v[i];
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** SHA-256 of each file, hex. */
    static List<String> hashes(List<Path> files) throws SkippedStarException {
        List<String> out = new ArrayList<>();
        for (Path file : files) {
            try {
                out.add(StarFiles.sha256(file));
            } catch (IOException e) {
                throw new SkippedStarException("cannot read " + file + ": " + e.getMessage());
            }
        }
        return out;
    }
}
