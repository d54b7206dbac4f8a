package radio.lightcurve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Selection gives exactly what sorting gives, bit for bit, on awkward inputs. */
class MedianTest {
    /** The median a sort gives: the middle value, or the mean of the two middle values. */
    private static double sorted(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }

    @Test
    void everyOrderStatisticAndMedianMatchesASort() {
        SplittableRandom r = new SplittableRandom(11);
        double[] awkward = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1, -1};
        for (int round = 0; round < 3000; round++) {
            int n = r.nextInt(0, round % 10 == 0 ? 5000 : 80);
            double[] v = new double[n];
            int kind = round % 4;
            for (int i = 0; i < n; i++) {
                v[i] = switch (kind) {
                    case 0 -> r.nextGaussian();
                    case 1 -> r.nextInt(5); // many ties
                    case 2 -> awkward[r.nextInt(awkward.length)];
                    default -> i; // sorted input, the quickselect worst case without a good pivot
                };
            }
            if (kind == 3 && round % 8 == 3) {
                for (int i = 0; i < n / 2; i++) { // descending, then organ-pipe
                    double t = v[i];
                    v[i] = v[n - 1 - i];
                    v[n - 1 - i] = t;
                }
            }
            double expected = sorted(v);
            double[] work = v.clone();
            assertThat(Double.doubleToLongBits(Median.of(work, 0, n))).as("median, round " + round)
                    .isEqualTo(Double.doubleToLongBits(expected));
            double[] s = v.clone();
            Arrays.sort(s);
            for (int k = 0; k < n; k += Math.max(1, n / 7)) {
                double[] w = v.clone();
                assertThat(Double.doubleToLongBits(Median.select(w, 0, n, k))).isEqualTo(Double.doubleToLongBits(s[k]));
                double[] left = Arrays.copyOfRange(w, 0, k);
                double[] right = Arrays.copyOfRange(w, k + 1, n);
                Arrays.sort(left);
                Arrays.sort(right);
                assertThat(left).isEqualTo(Arrays.copyOfRange(s, 0, k));
                assertThat(right).isEqualTo(Arrays.copyOfRange(s, k + 1, n));
            }
        }
    }

    @Test
    void aRangeLeavesTheRestAlone() {
        double[] v = {9, 9, 3, 1, 2, 9, 9};
        assertThat(Median.of(v, 2, 5)).isEqualTo(2);
        assertThat(Median.of(v, 2, 2)).isNaN();
        assertThat(new double[] {v[0], v[1], v[5], v[6]}).containsExactly(9, 9, 9, 9);
        assertThat(Median.of(new double[] {-0.0, 0.0}, 0, 2)).isEqualTo(0.0);
        assertThat(Double.doubleToLongBits(Median.of(new double[] {0.0, -0.0, -0.0}, 0, 3)))
                .isEqualTo(Double.doubleToLongBits(-0.0));
    }
}
