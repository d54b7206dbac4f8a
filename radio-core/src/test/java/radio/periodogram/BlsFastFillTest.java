package radio.periodogram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import radio.lightcurve.FitsLightCurveReader;
import radio.lightcurve.LightCurve;
import radio.periodsearch.TransitSearch;
import radio.periodsearch.TransitSearchOptions;
import radio.testing.Fixtures;

/**
 * Pins the fast method's algorithm choice, which its speed depends on and no result shows: dense data (more points
 * than phase-bin edges, as TESS 2-minute and Kepler short cadence) are binned from running sums at the bin edges,
 * sparse data (Kepler long cadence) point by point, and on a fine grid tracked from period to period. And a grid
 * too large for the heap is refused with the sizes.
 */
class BlsFastFillTest {
    /** lightkurve's trial durations, as radio's transit search uses them. */
    private static final double[] DURATIONS = TransitSearchOptions.DURATIONS_DAYS.stream()
            .mapToDouble(Double::doubleValue).toArray();
    private static final double TESS_CADENCE = 2.0 / 1440;
    private static final double KEPLER_LONG_CADENCE = 0.0204336;

    @Test
    void tessLikeDenseDataIsBinnedByEdgesOnLightkurvesAndAstropysGrids() {
        Synthetic tess = Synthetic.sinusoid(1, TESS_CADENCE, 1325.3, 27.9, 1.0, 3.3, 0.001, 0.001);
        Bls bls = Bls.of(tess.t(), tess.y(), tess.dy());
        assertThat(fills(bls, lightkurveGrid(bls, TESS_CADENCE))).containsOnly(BlsFast.Fill.BY_EDGES);
        assertThat(fills(bls, bls.autoperiod(DURATIONS))).containsOnly(BlsFast.Fill.BY_EDGES);
    }

    @Test
    void keplerLongCadenceIsBinnedPointByPoint() {
        Synthetic kepler = Synthetic.sinusoid(2, KEPLER_LONG_CADENCE, 300, 90, 2.0, 5.1, 0.001, 0.001);
        Bls bls = Bls.of(kepler.t(), kepler.y(), kepler.dy());
        assertThat(fills(bls, lightkurveGrid(bls, KEPLER_LONG_CADENCE))).containsOnly(BlsFast.Fill.BY_POINTS);
    }

    @Test
    void theWasp126TessSectorIsBinnedByEdgesAtEveryPeriod() throws IOException {
        LightCurve lc = new FitsLightCurveReader().read(
                Fixtures.file("fits/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits")).normalize();
        Bls bls = Bls.of(lc);
        assertThat(fills(bls, lightkurveGrid(bls, lc.cadenceDays()))).containsOnly(BlsFast.Fill.BY_EDGES);
        assertThat(fills(bls, bls.autoperiod(DURATIONS))).containsOnly(BlsFast.Fill.BY_EDGES);
    }

    @Test
    void theChoiceWeighsPointsAgainstBinEdgesPerPeriod() {
        // bins of 0.005 d over 10 days: about 2,000 edges plus one cycle's bins, against the points
        double[] periods = {0.5, 1, 4, 60};
        Synthetic sparse = Synthetic.sinusoid(3, 0.005, 0, 10, 0, 2, 0.001, 0.001);
        assertThat(fills(Bls.of(sparse.t(), sparse.y(), sparse.dy()), PeriodGrid.of(periods)))
                .containsOnly(BlsFast.Fill.BY_POINTS);
        // 20,000 points: edges up to 4 d; at 60 d a single cycle has 12,000 bins, more than half the points
        Synthetic dense = Synthetic.sinusoid(3, 0.0005, 0, 10, 0, 2, 0.001, 0.001);
        assertThat(fills(Bls.of(dense.t(), dense.y(), dense.dy()), PeriodGrid.of(periods))).containsExactly(
                BlsFast.Fill.BY_EDGES, BlsFast.Fill.BY_EDGES, BlsFast.Fill.BY_EDGES, BlsFast.Fill.BY_POINTS);
    }

    @Test
    void astropysFineGridOnSparseDataIsTrackedAndGivesTheSameBinsWhicheverWayItRuns() {
        Synthetic sparse = Synthetic.transit(7, 3000, 300, 60, 0.6688, 300.2, 0.05, 0.003, 0.001);
        Bls bls = Bls.of(sparse.t(), sparse.y(), sparse.dy());
        double[] all = bls.autoperiod(DURATIONS).periods();
        // the grid's shortest 2,048 periods (it runs from the shortest): eight whole blocks, each tracked
        double[] lengthening = Arrays.copyOf(all, 8 * BlsFast.TRACKED_PERIODS);
        double[] shortening = reversed(lengthening);
        assertThat(bls.fastTracked(PeriodGrid.of(shortening), DURATIONS, BlsOptions.DEFAULT)).containsOnly(true);
        assertThat(bls.fastTracked(PeriodGrid.of(lengthening), DURATIONS, BlsOptions.DEFAULT)).containsOnly(true);
        BlsOptions fast = BlsOptions.DEFAULT.withMethod(Method.FAST);
        BlsResult down = bls.power(PeriodGrid.of(shortening), DURATIONS, fast.withThreads(1));
        BlsResult up = bls.power(PeriodGrid.of(lengthening), DURATIONS, fast.withThreads(2));
        assertThat(reversed(up.power())).containsExactly(down.power());
        assertThat(reversed(up.depth())).containsExactly(down.depth());
        assertThat(reversed(up.duration())).containsExactly(down.duration());
        assertThat(reversed(up.transitTime())).containsExactly(down.transitTime());

        // the same periods out of order are filled from scratch at every period, in doubles: the same to rounding
        int[] order = new Random(1).ints(0, shortening.length).distinct().limit(shortening.length).toArray();
        double[] shuffled = new double[order.length];
        Arrays.setAll(shuffled, k -> shortening[order[k]]);
        assertThat(bls.fastTracked(PeriodGrid.of(shuffled), DURATIONS, BlsOptions.DEFAULT)).containsOnly(false);
        BlsResult scratch = bls.power(PeriodGrid.of(shuffled), DURATIONS, fast);
        for (int k = 0; k < order.length; k++) {
            int p = order[k];
            assertThat(scratch.power()[k]).as("power at %s d", shortening[p])
                    .isCloseTo(down.power()[p], within(1e-9 * Math.abs(down.power()[p])));
            assertThat(scratch.transitTime()[k]).as("transit time at %s d", shortening[p])
                    .isEqualTo(down.transitTime()[p]);
        }
        assertThat(scratch.best().period()).isEqualTo(down.best().period()).isCloseTo(0.6688, within(0.0005));
    }

    private static double[] reversed(double[] values) {
        double[] r = new double[values.length];
        Arrays.setAll(r, k -> values[values.length - 1 - k]);
        return r;
    }

    @Test
    void aGridTooLargeForTheHeapIsRefusedNamingItsSizeAndTheMemory() {
        Synthetic tess = Synthetic.sinusoid(4, TESS_CADENCE, 1325.3, 27.9, 1.0, 3.3, 0.001, 0.001);
        Bls bls = Bls.of(tess.t(), tess.y(), tess.dy());
        double[] periods = new double[1_000_000];
        Arrays.setAll(periods, i -> 1 + i * 1e-5);
        HeapBudget budget = new HeapBudget(64_000_000);
        assertThatThrownBy(() -> bls.power(PeriodGrid.of(periods), DURATIONS, BlsOptions.DEFAULT, budget))
                .isInstanceOf(GridTooLargeException.class)
                .hasMessageStartingWith("a BLS search over 1,000,000 grid points needs about 1")
                .hasMessageContaining("more than the 64 MB")
                .satisfies(e -> {
                    GridTooLargeException g = (GridTooLargeException) e;
                    assertThat(g.size()).isEqualTo(1_000_000);
                    assertThat(g.bytesNeeded()).isGreaterThan(120_000_000L);
                    assertThat(g.bytesAvailable()).isEqualTo(64_000_000L);
                });
        // the same search within a budget that holds it
        assertThat(bls.power(PeriodGrid.of(Arrays.copyOf(periods, 1000)), DURATIONS, BlsOptions.DEFAULT,
                new HeapBudget(64_000_000)).size()).isEqualTo(1000);
    }

    @Test
    void astropysDefaultGridOnAFourYearBaselineIsRefusedBeforeItIsAllocated() {
        // Kepler's whole mission: astropy's frequency step shrinks with the square of the baseline, about 65
        // million periods
        double baseline = 1460;
        HeapBudget budget = new HeapBudget(256_000_000);
        assertThatThrownBy(() -> PeriodGrid.auto(baseline, DURATIONS, AutoPeriod.DEFAULT, budget))
                .isInstanceOf(GridTooLargeException.class)
                .satisfies(e -> {
                    GridTooLargeException g = (GridTooLargeException) e;
                    assertThat(g.size()).isBetween(64_000_000L, 66_000_000L);
                    assertThat(g.bytesNeeded()).isEqualTo(16 * g.size());
                    assertThat(g).hasMessageStartingWith(String.format(Locale.ROOT,
                            "an automatic period grid over %,d grid points needs about %,d MB of heap, more than "
                                    + "the 256 MB", g.size(), (g.bytesNeeded() + 999_999) / 1_000_000));
                });
        // lightkurve's frequency factor of 10 makes a tenth of it, which fits
        assertThat(PeriodGrid.auto(baseline, DURATIONS, AutoPeriod.DEFAULT.withFrequencyFactor(10), budget).size())
                .isBetween(6_400_000, 6_600_000);
    }

    private static PeriodGrid lightkurveGrid(Bls bls, double cadence) {
        return bls.autoperiod(DURATIONS, TransitSearch.lightkurveGrid(TransitSearchOptions.DURATIONS_DAYS, cadence,
                bls.baseline()));
    }

    private static BlsFast.Fill[] fills(Bls bls, PeriodGrid grid) {
        return bls.fastFills(grid, DURATIONS, BlsOptions.DEFAULT);
    }
}
