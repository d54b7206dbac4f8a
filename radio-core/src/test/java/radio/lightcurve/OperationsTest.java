package radio.lightcurve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import radio.testing.Fixtures;

/** Concrete numeric checks of normalise, outliers, flatten, fold, bin and stitch on synthetic and real data. */
class OperationsTest {
    private static final double TWO_MIN = 2.0 / 1440;

    private static LightCurve curve(double[] t, double[] f, double err) {
        double[] e = new double[t.length];
        Arrays.fill(e, err);
        return LightCurve.of(t, f, e, TimeSystem.BTJD, "e-/s", LightCurveMeta.inMemory("synthetic"));
    }

    private static double[] grid(double start, double end, double step) {
        int n = (int) Math.round((end - start) / step);
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = start + i * step;
        }
        return t;
    }

    private static boolean inBox(double t, double period, double epoch, double duration) {
        double phase = TransitMask.floorMod(t - epoch + period / 2, period) - period / 2;
        return Math.abs(phase) < duration / 2;
    }

    @Test
    void foldAndBinRecoverASinusoid() {
        double period = 2.5;
        double epoch = 1401.3;
        double[] t = grid(1400, 1430, 0.01);
        double[] f = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            f[i] = 1 + 0.01 * Math.sin(2 * Math.PI * (t[i] - epoch) / period);
        }
        FoldedLightCurve folded = curve(t, f, 1e-3).fold(period, epoch, PhaseUnit.CYCLES);
        double[] phase = folded.phase();
        assertThat(phase[0]).isGreaterThan(-0.5);
        assertThat(phase[phase.length - 1]).isLessThanOrEqualTo(0.5);
        FoldedLightCurve binned = folded.bin(Binning.byWidth(0.05));
        assertThat(binned.size()).isEqualTo(21); // 19 whole bins and two half bins at the wrap
        assertThat(binned.phase()[0]).isCloseTo(-0.4875, within(1e-12));
        double[] bp = binned.phase();
        double[] bf = binned.flux();
        for (int k = 0; k < bp.length; k++) {
            assertThat(bf[k]).as("bin at phase %f", bp[k]).isCloseTo(1 + 0.01 * Math.sin(2 * Math.PI * bp[k]),
                    within(1e-4));
        }
        assertThat(bp).contains(new double[] {0.0}, within(1e-12)); // bins centred on phase 0
        assertThat(folded.inUnit(PhaseUnit.DAYS).phase()[0]).isCloseTo(phase[0] * period, within(1e-12));
    }

    @Test
    void injectedBoxTransitFoldsToItsDepth() {
        double period = 3.3;
        double epoch = 1401.2;
        double duration = 0.12;
        double[] t = grid(1400, 1427, TWO_MIN);
        double[] f = new double[t.length];
        Random r = new Random(11);
        for (int i = 0; i < t.length; i++) {
            f[i] = 1 + 2e-4 * r.nextGaussian() - (inBox(t[i], period, epoch, duration) ? 0.005 : 0);
        }
        FoldedLightCurve binned = curve(t, f, 2e-4).fold(period, epoch).bin(Binning.byWidth(0.02));
        int centre = nearest(binned.phase(), 0.0);
        assertThat(binned.flux()[centre]).isCloseTo(0.995, within(2e-4));
        assertThat(binned.flux()[nearest(binned.phase(), 0.5)]).isCloseTo(1.0, within(2e-4));
        // 0.02 d holds 14.4 two-minute cadences per transit, and 27 d hold 8.2 transits
        assertThat(binned.fluxErr()[centre]).isCloseTo(2e-4 / Math.sqrt(14.4 * 27 / 3.3), within(2e-6));
    }

    @Test
    void flattenRemovesASlowTrendButKeepsAMaskedTransitsDepth() {
        double period = 3.0;
        double epoch = 1401.0;
        double duration = 0.15;
        double[] t = grid(1400, 1427, TWO_MIN);
        double[] f = new double[t.length];
        Random r = new Random(3);
        for (int i = 0; i < t.length; i++) {
            double trend = 1000 * (1 + 0.02 * Math.sin(2 * Math.PI * t[i] / 10));
            f[i] = trend * (1 - (inBox(t[i], period, epoch, duration) ? 0.01 : 0)) * (1 + 1e-4 * r.nextGaussian());
        }
        TransitMask mask = new TransitMask(period, epoch, duration * 1.5);
        LightCurve flat = curve(t, f, 0.1).flatten(Flatten.DEFAULT.withWindowLength(301).withTransitMask(mask));
        boolean[] in = new TransitMask(period, epoch, duration * 0.8).inTransit(t);
        double[] ff = flat.flux();
        double outSum = 0;
        double outSq = 0;
        int outN = 0;
        double inSum = 0;
        int inN = 0;
        for (int i = 0; i < ff.length; i++) {
            if (in[i]) {
                inSum += ff[i];
                inN++;
            } else if (!mask.inTransit(new double[] {t[i]})[0]) {
                outSum += ff[i];
                outSq += ff[i] * ff[i];
                outN++;
            }
        }
        double outMean = outSum / outN;
        double outStd = Math.sqrt(outSq / outN - outMean * outMean);
        assertThat(outMean).isCloseTo(1.0, within(2e-5));
        assertThat(outStd).isLessThan(1.5e-4); // the 2 % trend is gone, the 1e-4 noise stays
        assertThat(1 - inSum / inN).isCloseTo(0.01, within(3e-4));
        assertThat(flat.isNormalized()).isTrue();
        assertThat(flat.fluxErr()[0]).isCloseTo(0.1 / 1000, within(3e-6));
    }

    @Test
    void flattenTreatsSegmentsAcrossAGapSeparately() {
        double[] a = grid(1400, 1405, TWO_MIN);
        double[] b = grid(1407, 1412, TWO_MIN);
        double[] t = new double[a.length + b.length];
        System.arraycopy(a, 0, t, 0, a.length);
        System.arraycopy(b, 0, t, a.length, b.length);
        double[] f = new double[t.length];
        Random r = new Random(9);
        for (int i = 0; i < t.length; i++) {
            f[i] = (i < a.length ? 1000 : 1100) * (1 + 1e-4 * r.nextGaussian());
        }
        Flatten.Result result = Flatten.DEFAULT.apply(curve(t, f, 1));
        double[] trend = result.trend().flux();
        assertThat(trend[a.length - 1]).isCloseTo(1000, within(0.5));
        assertThat(trend[a.length]).isCloseTo(1100, within(0.5));
        assertThat(Stats.nanStd(result.flattened().flux())).isLessThan(1.5e-4);
    }

    @Test
    void flattenOnARealQuarterGivesUnitMedianAndSmallScatter() throws IOException {
        LightCurve lc = LightCurves.read(Fixtures.file("fits/kplr011442793-2009350155506_llc.fits")).removeNans();
        LightCurve flat = lc.flatten();
        assertThat(flat.size()).isEqualTo(4134);
        assertThat(Stats.nanMedian(flat.flux())).isCloseTo(1.0, within(1e-4));
        assertThat(Stats.nanStd(flat.flux())).isLessThan(0.7 * Stats.nanStd(lc.normalize().flux()));
    }

    @Test
    void flattenRejectsBadSettings() {
        assertThatThrownBy(() -> Flatten.DEFAULT.withWindowLength(100)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("window length must be an odd number of at least 3 cadences: 100");
        assertThatThrownBy(() -> Flatten.DEFAULT.withWindowLength(5).withPolyorder(5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("polyorder");
    }

    @Test
    void removeOutliersDropsInjectedSpikesAndNaNs() {
        double[] t = grid(0, 10, 0.01);
        double[] f = new double[t.length];
        Random r = new Random(1);
        for (int i = 0; i < f.length; i++) {
            f[i] = 50 + r.nextGaussian();
        }
        int[] spikes = {10, 200, 555, 700, 999};
        for (int s : spikes) {
            f[s] += s % 2 == 0 ? 15 : -15;
        }
        f[300] = Double.NaN;
        LightCurve lc = curve(t, f, 1);
        LightCurve clean = lc.removeOutliers();
        assertThat(clean.size()).isEqualTo(t.length - spikes.length - 1);
        assertThat(clean.time()).doesNotContain(t[10], t[200], t[555], t[700], t[999], t[300]);
        // only the upper side: the dips stay
        LightCurve upper = lc.removeOutliers(SigmaClip.of(5).withLower(100));
        assertThat(upper.size()).isEqualTo(t.length - 3 - 1);
    }

    @Test
    void binByWidthAveragesAndPropagatesErrors() {
        double[] t = {0.0, 0.1, 0.2, 0.3, 0.9, 1.0};
        double[] f = {1, 2, 3, Double.NaN, 10, 20};
        double[] e = {1, 1, 1, 1, 2, 2};
        int[] q = {0, 4, 0, 1, 0, 8};
        LightCurve lc = new LightCurve(t, f, e, q, new int[] {5, 6, 7, 8, 9, 10}, new double[6], new double[6],
                TimeSystem.BKJD, "e-/s", LightCurveMeta.inMemory("x"));
        LightCurve b = lc.bin(Binning.byWidth(0.5));
        assertThat(b.time()).containsExactly(0.25, 0.75, 1.25);
        assertThat(b.flux()).containsExactly(2.0, 10.0, 20.0);
        assertThat(b.fluxErr()[0]).isCloseTo(Math.sqrt(3) / 3, within(1e-15));
        assertThat(b.quality()).containsExactly(5, 0, 8);
        assertThat(b.cadenceNumber()).containsExactly(5, 9, 10);
        LightCurve m = lc.bin(Binning.byWidth(0.5).median());
        assertThat(m.flux()[0]).isEqualTo(2.0);
        assertThat(m.fluxErr()[0]).isCloseTo(Math.sqrt(Math.PI / 2) * Math.sqrt(3) / 3, within(1e-15));
        // [0.25, 0.5) holds only a NaN flux and [0.5, 0.75) nothing: neither becomes a bin
        assertThat(lc.bin(Binning.byWidth(0.25)).time()).containsExactly(0.125, 0.875, 1.125);
    }

    @Test
    void binByCountUsesConsecutiveRows() {
        LightCurve lc = curve(new double[] {1, 2, 3, 4, 5}, new double[] {2, 4, 6, 8, 10}, 1);
        LightCurve b = lc.bin(Binning.byCount(2));
        assertThat(b.time()).containsExactly(1.5, 3.5, 5.0);
        assertThat(b.flux()).containsExactly(3.0, 7.0, 10.0);
        assertThat(b.fluxErr()).containsExactly(Math.sqrt(2) / 2, Math.sqrt(2) / 2, 1.0);
    }

    @Test
    void stitchNormalisesEachQuarterAndMergesInTimeOrder() throws IOException {
        FitsLightCurveReader reader = new FitsLightCurveReader();
        List<LightCurve> quarters = List.of(
                reader.read(Fixtures.file("fits/kplr011442793-2010174085026_llc.fits")),   // Q5 first on purpose
                reader.read(Fixtures.file("fits/kplr011442793-2009350155506_llc.fits")),   // Q3
                reader.read(Fixtures.file("fits/kplr011442793-2010009091648_llc.fits")));  // Q4
        LightCurve s = LightCurves.stitch(quarters);
        assertThat(s.size()).isEqualTo(4492 + 4140 + 1011);
        assertThat(s.meta().periods()).extracting(ObservingPeriod::shortLabel).containsExactly("Q3", "Q4", "Q5");
        assertThat(s.meta().sources()).hasSize(3);
        assertThat(s.meta().title()).isEqualTo("KIC 11442793 · Kepler Q3, Q4, Q5");
        assertThat(s.isNormalized()).isTrue();
        double[] t = s.time();
        double[] f = s.flux();
        assertThat(t[0]).isCloseTo(260.224172, within(1e-6));
        // each quarter has median 1 on its own, although their raw levels differ
        for (LightCurve q : quarters) {
            double from = q.timeAt(0);
            double to = q.timeAt(q.size() - 1);
            double[] part = java.util.stream.IntStream.range(0, t.length).filter(i -> t[i] >= from && t[i] <= to)
                    .mapToDouble(i -> f[i]).toArray();
            assertThat(Stats.nanMedian(part)).isCloseTo(1.0, within(1e-12));
        }
        assertThat(Stats.nanMedian(quarters.get(0).flux())).isNotCloseTo(Stats.nanMedian(quarters.get(1).flux()),
                within(1.0));
    }

    @Test
    void stitchRefusesDifferentTargets() throws IOException {
        FitsLightCurveReader reader = new FitsLightCurveReader();
        LightCurve kepler90 = reader.read(Fixtures.file("fits/kplr011442793-2009350155506_llc.fits"));
        LightCurve other = reader.read(Fixtures.file("fits/kplr002013502-2009131105131_llc.fits"));
        assertThatThrownBy(() -> LightCurves.stitch(List.of(kepler90, other)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot stitch light curves of different targets: KIC 2013502 "
                        + "(kplr002013502-2009131105131_llc.fits) and KIC 11442793 (kplr011442793-2009350155506_llc.fits)");
        assertThatThrownBy(() -> LightCurves.stitch(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void transitMaskMarksTimesNearEveryEpoch() {
        TransitMask m = new TransitMask(2.0, 10.0, 0.2);
        assertThat(m.inTransit(new double[] {-0.05, 0.0, 0.11, 1.0, 8.11, 9.95, 10.05, 12.0})).containsExactly(
                true, true, false, false, false, true, true, true);
        assertThatThrownBy(() -> new TransitMask(1.0, 0, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    private static int nearest(double[] values, double target) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (Math.abs(values[i] - target) < Math.abs(values[best] - target)) {
                best = i;
            }
        }
        return best;
    }
}
