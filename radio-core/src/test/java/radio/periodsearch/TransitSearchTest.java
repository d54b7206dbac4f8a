package radio.periodsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import radio.lightcurve.LightCurve;
import radio.lightcurve.LightCurves;
import radio.lightcurve.NotALightCurveException;
import radio.periodogram.BlsPeak;
import radio.periodogram.Method;
import radio.testing.Fixtures;

class TransitSearchTest {
    private static final double PERIOD = 3.7;
    private static final double EPOCH = 101.3;
    private static final double DEPTH = 0.001;

    @TempDir
    Path dir;

    @Test
    void recoversAnInjectedTransitUnderASlowTrend() throws PeriodSearchException {
        LightCurve lc = SyntheticLightCurves.transit("synthetic", 1, 60, PERIOD, EPOCH, 0.15, DEPTH);

        TransitSearchResult r = TransitSearch.run(List.of(lc), TransitSearchOptions.DEFAULT);

        BlsPeak best = r.best();
        assertThat(best.period()).isCloseTo(PERIOD, within(PERIOD * 1e-3));
        double offset = Math.IEEEremainder(best.epoch() - EPOCH, PERIOD);
        assertThat(offset).as("epoch on the light curve's axis").isCloseTo(0, within(0.02));
        assertThat(best.depth()).isCloseTo(DEPTH, within(0.2 * DEPTH));
        assertThat(best.snr()).isGreaterThan(20);
        assertThat(r.transits()).isBetween(15, 17);
        assertThat(r.warnings()).isEmpty();
        assertThat(r.epochJulianDate()).isCloseTo(2454833 + best.epoch(), within(1e-6));
        // lightkurve's defaults: flattened over a day (48 half-hour cadences, made odd), grid from 0.33 d + a cadence
        // to a third of the baseline, refined around the peak
        assertThat(r.lightCurve().flattenWindow()).hasValueSatisfying(w -> {
            assertThat(w.days()).isEqualTo(1.0);
            assertThat(w.cadences()).isEqualTo(49);
        });
        assertThat(r.lightCurve().points()).isEqualTo(lc.size());
        assertThat(r.lightCurve().target()).isEqualTo("synthetic");
        assertThat(r.lightCurve().files()).isEmpty();
        assertThat(r.grid().minimumPeriodDays()).isCloseTo(0.33 + 1.0 / 48, within(1e-9));
        // uniform in frequency: the longest period of the grid is within a frequency step of the limit
        assertThat(r.grid().maximumPeriodDays()).isCloseTo((lc.timeAt(lc.size() - 1) - lc.timeAt(0)) / 3,
                withinPercentage(0.5));
        assertThat(r.grid().refinedPeriods()).isPositive();
        assertThat(r.grid().durationsDays()).isEqualTo(TransitSearchOptions.DURATIONS_DAYS);
        assertThat(r.spectrum()).as("only when asked for").isEmpty();
    }

    @Test
    void noiseAloneGivesNoSignificantPeak() throws PeriodSearchException {
        LightCurve noise = SyntheticLightCurves.transit("noise", 2, 60, PERIOD, EPOCH, 0.15, 0);

        TransitSearchResult r = TransitSearch.run(List.of(noise), TransitSearchOptions.DEFAULT);

        assertThat(r.best().snr()).as("best SNR of noise").isLessThan(7.1);
        assertThat(r.best().depth()).isLessThan(DEPTH / 3);
    }

    @Test
    void theSpectrumIsKeptOnRequestWithTheRefinedPeriods() throws PeriodSearchException {
        LightCurve lc = SyntheticLightCurves.transit("synthetic", 1, 30, PERIOD, EPOCH, 0.15, DEPTH);

        TransitSearchResult r = TransitSearch.run(List.of(lc), TransitSearchOptions.DEFAULT.withSpectrum(true)
                .withFlattening(Flattening.OFF).withObjective(radio.periodogram.Objective.SNR));

        assertThat(r.spectrum()).hasValueSatisfying(s -> assertThat(s.size())
                .isEqualTo(r.grid().periods() + r.grid().refinedPeriods()));
        assertThat(r.lightCurve().flattenWindow()).isEmpty();
        assertThat(r.best().power()).as("SNR objective").isEqualTo(r.best().snr());
    }

    @Test
    void twoTransitsGiveAWarningThatThePeriodIsNotEstablished() throws PeriodSearchException {
        // 20 days, one transit every 9 days: two transits whatever the phase
        LightCurve lc = SyntheticLightCurves.transit("two", 3, 20, 9, 104, 0.2, 0.003);

        TransitSearchResult r = TransitSearch.run(List.of(lc), TransitSearchOptions.DEFAULT
                .withPeriods(PeriodRange.of(7.0, 12.0)));

        assertThat(r.transits()).isEqualTo(2);
        assertThat(r.warnings()).containsExactly("only 2 transits in the data: the period is not established");
    }

    @Test
    void aPeriodRangeEmptyForTheBaselineIsATypedFailure() {
        LightCurve lc = SyntheticLightCurves.transit("short", 4, 3, PERIOD, EPOCH, 0.15, DEPTH);

        EmptyPeriodRangeException e = catchThrowableOfType(EmptyPeriodRangeException.class,
                () -> TransitSearch.run(List.of(lc), TransitSearchOptions.DEFAULT
                        .withPeriods(PeriodRange.AUTOMATIC.withMinimumDays(2))));

        assertThat(e.minimumDays()).isEqualTo(2);
        assertThat(e.baselineDays()).isCloseTo(3, within(0.05));
        assertThat(e.maximumDays()).isCloseTo(e.baselineDays() / 3, within(1e-12));
        assertThat(e.getMessage()).startsWith("the period range 2.00000–0.99");
    }

    @Test
    void inconsistentOptionsAreRefusedWhenBuilt() {
        assertThatThrownBy(() -> PeriodRange.of(5.0, 2.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minimum period 5.0 d is above maximum period 2.0 d");
        assertThatThrownBy(() -> PeriodRange.of(-1.0, null)).hasMessageContaining("positive");
        assertThatThrownBy(() -> TransitSearchOptions.DEFAULT.withPeriods(PeriodRange.of(0.3, null)))
                .hasMessage("the longest duration 0.33 d must be shorter than the minimum period 0.3 d");
        assertThatThrownBy(() -> TransitSearchOptions.DEFAULT.withDurationsDays(List.of()))
                .hasMessageContaining("at least one duration");
        assertThatThrownBy(() -> TransitSearchOptions.DEFAULT.withDurationsDays(List.of(0.1, Double.NaN)))
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> TransitSearchOptions.DEFAULT.withFrequencyFactor(0)).hasMessageContaining("positive");
        assertThatThrownBy(() -> TransitSearchOptions.DEFAULT.withThreads(-1)).hasMessageContaining("threads");
        assertThatThrownBy(() -> new Flattening(false, java.util.OptionalDouble.of(2)))
                .hasMessageContaining("needs flattening");
        assertThatThrownBy(() -> Flattening.windowDays(0)).hasMessageContaining("positive");
    }

    @Test
    void lightCurvesOfTwoTargetsAreNotStitched() {
        LightCurve a = SyntheticLightCurves.transit("star A", 5, 10, PERIOD, EPOCH, 0.15, DEPTH);
        LightCurve b = SyntheticLightCurves.transit("star B", 6, 10, PERIOD, EPOCH + 20, 0.15, DEPTH);

        assertThatThrownBy(() -> TransitSearch.run(List.of(a, b), TransitSearchOptions.DEFAULT.withStitch(true)))
                .isInstanceOf(StitchException.class)
                .hasMessageContaining("cannot stitch light curves of different targets: star A and star B");
        assertThatThrownBy(() -> TransitSearch.run(List.of(a, b), TransitSearchOptions.DEFAULT))
                .as("several light curves without stitching is a caller's mistake")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without stitching");
        assertThatThrownBy(() -> TransitSearch.run(List.of(), TransitSearchOptions.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void filesOfTwoTargetsAreNotStitchedAndTheFailureNamesThem() {
        Path q3 = Fixtures.file("fits/kplr011442793-2009350155506_llc.fits");
        Path wasp126 = Fixtures.file("fits/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits");

        StitchException e = catchThrowableOfType(StitchException.class,
                () -> TransitSearch.runFiles(List.of(q3, wasp126), TransitSearchOptions.DEFAULT.withStitch(true)));

        assertThat(e.files()).containsExactly(q3, wasp126);
        assertThat(e.getMessage()).contains("different targets");
    }

    @Test
    void anUnreadableFileIsNamedWithTheReadersReason() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.fits"), "not a FITS file");
        Path missing = dir.resolve("missing.fits");

        UnreadableLightCurveException e = catchThrowableOfType(UnreadableLightCurveException.class,
                () -> TransitSearch.runFiles(List.of(broken), TransitSearchOptions.DEFAULT));
        assertThat(e.file()).isEqualTo(broken);
        assertThat(e.files()).containsExactly(broken);
        assertThat(e.reason()).isInstanceOf(NotALightCurveException.class);
        assertThat(e.getMessage()).startsWith("broken.fits: ");

        UnreadableLightCurveException gone = catchThrowableOfType(UnreadableLightCurveException.class,
                () -> LombScargleSearch.runFiles(List.of(missing), LombScargleSearchOptions.DEFAULT));
        assertThat(gone.file()).isEqualTo(missing);
        assertThat(gone.reason()).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void aLightCurveWithoutFluxCannotBeSearched() {
        LightCurve flat0 = LightCurve.of(new double[] {1, 2, 3}, new double[] {0, 0, 0}, new double[] {1, 1, 1},
                radio.lightcurve.TimeSystem.BKJD, "e-/s", radio.lightcurve.LightCurveMeta.inMemory("dark"));
        LightCurve one = LightCurve.of(new double[] {1}, new double[] {5}, new double[] {1},
                radio.lightcurve.TimeSystem.BKJD, "e-/s", radio.lightcurve.LightCurveMeta.inMemory("single"));

        assertThatThrownBy(() -> TransitSearch.run(List.of(flat0), TransitSearchOptions.DEFAULT))
                .isInstanceOf(UnsearchableLightCurveException.class).hasMessageContaining("median flux");
        assertThatThrownBy(() -> TransitSearch.run(List.of(one), TransitSearchOptions.DEFAULT))
                .isInstanceOf(UnsearchableLightCurveException.class).hasMessageContaining("fewer than two cadences");
    }

    @Test
    void filesAndLightCurvesReadFromThemGiveTheSameResult() throws Exception {
        Path wasp126 = Fixtures.file("fits/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits");
        TransitSearchOptions options = TransitSearchOptions.DEFAULT.withPeriods(PeriodRange.of(null, 5.0));

        TransitSearchResult fromFile = TransitSearch.runFiles(List.of(wasp126), options);
        TransitSearchResult inMemory = TransitSearch.run(List.of(LightCurves.read(wasp126, TransitSearchOptions.READ)),
                options);

        assertThat(inMemory).isEqualTo(fromFile);
        assertThat(fromFile.lightCurve().files()).containsExactly(wasp126);
        assertThat(fromFile.lightCurve().title()).isEqualTo("TIC 25155310 · TESS Sector 1");
        assertThat(fromFile.best().period()).as("WASP-126 b").isCloseTo(3.289, within(0.005 * 3.289));
    }

    @Test
    void exactAndFastFindTheSamePeriod() throws PeriodSearchException {
        LightCurve lc = SyntheticLightCurves.transit("synthetic", 1, 20, PERIOD, EPOCH, 0.15, DEPTH);
        TransitSearchOptions options = TransitSearchOptions.DEFAULT.withPeriods(PeriodRange.of(3.0, 4.5))
                .withDurationsDays(List.of(0.1, 0.15, 0.2));

        TransitSearchResult fast = TransitSearch.run(List.of(lc), options);
        TransitSearchResult exact = TransitSearch.run(List.of(lc), options.withMethod(Method.EXACT).withThreads(1));

        assertThat(exact.method()).isEqualTo(Method.EXACT);
        assertThat(exact.best().period()).isCloseTo(fast.best().period(), within(PERIOD * 1e-3));
    }

    @Test
    void eachFileIsASearchUnlessStitching() {
        List<Path> files = List.of(Path.of("a.fits"), Path.of("b.fits"));

        assertThat(TransitSearchOptions.DEFAULT.searches(files))
                .containsExactly(List.of(Path.of("a.fits")), List.of(Path.of("b.fits")));
        assertThat(LombScargleSearchOptions.DEFAULT.withStitch(true).searches(files)).containsExactly(files);
    }

    @Test
    void lightkurvesRulesForTheGridAndTheFlattenWindow() {
        List<Double> d = TransitSearchOptions.DURATIONS_DAYS;
        double cadence = 1.0 / 48;

        assertThat(d).containsExactly(0.05, 0.10, 0.15, 0.20, 0.25, 0.33);
        assertThat(TransitSearch.flattenWindowDays(d)).as("3 × 0.33 d, raised to a day").isEqualTo(1.0);
        assertThat(TransitSearch.flattenWindowDays(List.of(0.5))).isCloseTo(1.5, within(1e-12));
        assertThat(TransitSearch.minimumPeriod(d, cadence)).isCloseTo(0.33 + cadence, within(1e-12));
        assertThat(TransitSearch.minimumPeriod(List.of(0.01), cadence)).isCloseTo(4 * cadence, within(1e-12));
        assertThat(TransitSearch.maximumPeriod(90)).isEqualTo(30.0);
        assertThat(TransitSearchOptions.DEFAULT.frequencyFactor()).isEqualTo(10.0);
    }
}
