package radio.ml.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fold's run merge orders rows as a sort does; the binned views match a plain reference. */
class ViewsTest {
    @Test
    void foldingSortsByPhaseAndKeepsEachFluxWithItsPhase() {
        SplittableRandom r = new SplittableRandom(3);
        for (int round = 0; round < 200; round++) {
            int n = r.nextInt(1, 3000);
            double[] time = new double[n];
            double[] flux = new double[n];
            double t = 0;
            for (int i = 0; i < n; i++) {
                t += round % 5 == 0 ? r.nextDouble(-0.1, 0.1) : r.nextDouble(0.01, 0.05); // some out of order
                time[i] = round % 7 == 0 ? Math.round(t * 10) / 10.0 : t; // ties
                flux[i] = i; // names the row
            }
            double period = r.nextDouble(0.3, 20);
            double epoch = r.nextDouble(-5, 5);
            Views.Folded f = Views.fold(time, flux, period, epoch);
            boolean[] seen = new boolean[n];
            for (int k = 0; k < n; k++) {
                int row = (int) f.flux()[k];
                assertThat(seen[row]).isFalse();
                seen[row] = true;
                double p = (time[row] - epoch) / period;
                assertThat(f.phase()[k]).isEqualTo((p - Math.floor(p + 0.5)) * period);
                if (k > 0) {
                    assertThat(f.phase()[k]).isGreaterThanOrEqualTo(f.phase()[k - 1]);
                }
            }
        }
    }

    @Test
    void binnedViewsEqualAReferenceWithBinarySearchesAndSorts() {
        SplittableRandom r = new SplittableRandom(4);
        ViewSettings s = ViewSettings.DEFAULT;
        for (int round = 0; round < 30; round++) {
            int n = 3000;
            double[] time = new double[n];
            double[] flux = new double[n];
            for (int i = 0; i < n; i++) {
                time[i] = i * 0.0204;
                flux[i] = 1 + 1e-3 * r.nextGaussian() + (i % 97 == 0 ? Double.NaN : 0);
            }
            double period = r.nextDouble(0.5, 10);
            double epoch = r.nextDouble(0, period);
            double duration = r.nextDouble(0.05, 0.3);
            Views.Folded f = Views.fold(time, flux, period, epoch);
            assertThat(Views.global(f, s.globalBins())).isEqualTo(reference(f, globalCentres(period, s.globalBins()),
                    period / s.globalBins()));
            double half = Math.min(s.localDurations() * duration, 0.5 * period);
            double[] centres = new double[s.localBins()];
            for (int b = 0; b < centres.length; b++) {
                centres[b] = -half + 2 * half * b / (centres.length - 1);
            }
            assertThat(Views.local(f, duration, s)).isEqualTo(reference(f, centres, s.localBinWidth() * duration));
        }
    }

    private static double[] globalCentres(double period, int bins) {
        double[] c = new double[bins];
        for (int b = 0; b < bins; b++) {
            c[b] = -0.5 * period + (b + 0.5) * (period / bins);
        }
        return c;
    }

    /** The views as first written: two binary searches and a sorted median per bin, then the normalisation. */
    private static float[] reference(Views.Folded f, double[] centres, double width) {
        double[] out = new double[centres.length];
        for (int b = 0; b < centres.length; b++) {
            int from = insertionPoint(f.phase(), centres[b] - 0.5 * width);
            int to = insertionPoint(f.phase(), centres[b] + 0.5 * width);
            double[] in = Arrays.stream(f.flux(), from, to).filter(Double::isFinite).sorted().toArray();
            int m = in.length;
            out[b] = m == 0 ? Double.NaN : m % 2 == 1 ? in[m / 2] : 0.5 * (in[m / 2 - 1] + in[m / 2]);
        }
        Numbers.fillGaps(out);
        double[] sorted = Arrays.stream(out).filter(Double::isFinite).sorted().toArray();
        int m = sorted.length;
        double median = m % 2 == 1 ? sorted[m / 2] : 0.5 * (sorted[m / 2 - 1] + sorted[m / 2]);
        double min = Arrays.stream(out).map(x -> x - median).min().orElseThrow();
        double scale = min < 0 ? -min : 1;
        float[] v = new float[out.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) ((out[i] - median) / scale);
        }
        return v;
    }

    private static int insertionPoint(double[] sorted, double value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
