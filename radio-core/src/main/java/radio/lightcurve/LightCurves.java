package radio.lightcurve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Entry points for notebook-style use:
 * <pre>{@code
 * LightCurve lc = LightCurves.read(Path.of("tess2018206045859-s0001-0000000025155310-0120-s_lc.fits"));
 * FoldedLightCurve folded = lc.normalize().removeOutliers().flatten().fold(3.288776, 1327.520678);
 * }</pre>
 * Reading is delegated to a {@link FitsLightCurveReader}; see there for the rules and the exceptions.
 */
public final class LightCurves {
    private static final FitsLightCurveReader READER = new FitsLightCurveReader();

    private LightCurves() {
    }

    /** Reads a light-curve file with {@link ReadOptions#DEFAULT} (PDCSAP flux, default quality mask). */
    public static LightCurve read(Path file) throws IOException {
        return READER.read(file);
    }

    /** Reads a light-curve file with the given options. */
    public static LightCurve read(Path file, ReadOptions options) throws IOException {
        return READER.read(file, options);
    }

    /** Reads files lazily, one at a time; see {@link FitsLightCurveReader#readAll}. */
    public static Stream<LightCurve> readAll(Collection<Path> files, ReadOptions options) {
        return READER.readAll(files, options);
    }

    /**
     * Joins light curves of one target (several quarters, campaigns or sectors) into one, as lightkurve's
     * {@code stitch}: each is normalised first (so offsets between segments vanish), then all rows are merged in
     * time order. The result is dimensionless; its metadata is the earliest segment's with every segment's
     * observing period and source.
     *
     * @throws IllegalArgumentException if the list is empty, or the light curves are of different targets or
     *                                  time systems (the message names both)
     * @throws IllegalStateException    if a segment cannot be normalised (no positive median flux)
     */
    public static LightCurve stitch(List<LightCurve> segments) {
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("nothing to stitch: no light curves given");
        }
        List<LightCurve> sorted = new ArrayList<>(segments);
        sorted.sort(Comparator.comparingDouble(lc -> lc.size() == 0 ? Double.POSITIVE_INFINITY : lc.timeAt(0)));
        LightCurve first = sorted.get(0);
        List<ObservingPeriod> periods = new ArrayList<>();
        List<Path> sources = new ArrayList<>();
        int total = 0;
        for (LightCurve lc : sorted) {
            if (!sameTarget(first.meta(), lc.meta())) {
                throw new IllegalArgumentException("cannot stitch light curves of different targets: "
                        + describe(first) + " and " + describe(lc));
            }
            if (!first.timeSystem().equals(lc.timeSystem())) {
                throw new IllegalArgumentException("cannot stitch light curves in different time systems: "
                        + first.timeSystem() + " and " + lc.timeSystem());
            }
            lc.meta().periods().stream().filter(p -> !periods.contains(p)).forEach(periods::add);
            sources.addAll(lc.meta().sources());
            total += lc.size();
        }
        double[] t = new double[total];
        double[] f = new double[total];
        double[] e = new double[total];
        int[] q = new int[total];
        int[] c = new int[total];
        double[] cc = new double[total];
        double[] cr = new double[total];
        int at = 0;
        for (LightCurve lc : sorted) {
            LightCurve n = lc.size() == 0 ? lc : lc.normalize();
            int m = n.size();
            System.arraycopy(n.time(), 0, t, at, m);
            System.arraycopy(n.flux(), 0, f, at, m);
            System.arraycopy(n.fluxErr(), 0, e, at, m);
            System.arraycopy(n.quality(), 0, q, at, m);
            System.arraycopy(n.cadenceNumber(), 0, c, at, m);
            System.arraycopy(n.centroidCol(), 0, cc, at, m);
            System.arraycopy(n.centroidRow(), 0, cr, at, m);
            at += m;
        }
        // segments may overlap in time: order all rows by time (stable, so ties keep segment order); rows already
        // in order (one segment, or segments apart) keep their order without the boxed sort
        int[] order = inOrder(t) ? IntStream.range(0, total).toArray()
                : IntStream.range(0, total).boxed().sorted(Comparator.comparingDouble(i -> t[i]))
                .mapToInt(Integer::intValue).toArray();
        return LightCurve.gather(order, t, f, e, q, c, cc, cr, first.timeSystem(), "",
                first.meta().withCombined(periods, sources));
    }

    /** Whether a stable sort by {@link Double#compare} would leave {@code t} as it is. */
    private static boolean inOrder(double[] t) {
        for (int i = 1; i < t.length; i++) {
            if (Double.compare(t[i - 1], t[i]) > 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameTarget(LightCurveMeta a, LightCurveMeta b) {
        if (a.targetId().isPresent() && b.targetId().isPresent()) {
            return a.targetId().getAsLong() == b.targetId().getAsLong() && a.mission().equals(b.mission());
        }
        return a.objectName().equals(b.objectName());
    }

    private static String describe(LightCurve lc) {
        Optional<Path> source = lc.meta().sources().stream().findFirst();
        return lc.meta().objectName() + source.map(p -> " (" + p.getFileName() + ")").orElse("");
    }
}
