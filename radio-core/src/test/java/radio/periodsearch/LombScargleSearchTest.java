package radio.periodsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import radio.lightcurve.LightCurve;
import radio.periodogram.Normalization;
import radio.testing.Fixtures;

class LombScargleSearchTest {
    @Test
    void findsASinusoidWithAVanishingFalseAlarmProbability() throws PeriodSearchException {
        LightCurve lc = SyntheticLightCurves.sinusoid("spotted", 7, 30, 2.5, 0.002);

        LombScargleSearchResult r = LombScargleSearch.run(List.of(lc), LombScargleSearchOptions.DEFAULT);

        assertThat(r.best().period()).isCloseTo(2.5, within(0.01 * 2.5));
        assertThat(r.falseAlarmProbability()).isLessThan(1e-10);
        assertThat(r.normalization()).isEqualTo(Normalization.STANDARD);
        assertThat(r.lightCurve().flattenWindow()).as("variability is what it looks for").isEmpty();
        // up to the Nyquist frequency of the half-hour cadence
        assertThat(r.grid().maximum()).isCloseTo(24, within(0.05));
        assertThat(r.spectrum()).isEmpty();
    }

    @Test
    void noiseAloneGivesNoSignificantPeak() throws PeriodSearchException {
        LightCurve noise = SyntheticLightCurves.sinusoid("quiet", 8, 30, 2.5, 0);

        LombScargleSearchResult r = LombScargleSearch.run(List.of(noise), LombScargleSearchOptions.DEFAULT);

        assertThat(r.falseAlarmProbability()).isGreaterThan(0.01);
    }

    @Test
    void thePeriodRangeBoundsTheGridAndTheSpectrumIsKeptOnRequest() throws PeriodSearchException {
        LightCurve lc = SyntheticLightCurves.sinusoid("spotted", 7, 30, 2.5, 0.002);

        LombScargleSearchResult r = LombScargleSearch.run(List.of(lc), LombScargleSearchOptions.DEFAULT
                .withPeriods(PeriodRange.of(0.5, 10.0)).withFlattening(Flattening.windowDays(5)).withSpectrum(true));

        assertThat(r.grid().maximum()).isCloseTo(2, within(0.01));
        assertThat(r.grid().start()).isEqualTo(0.1);
        assertThat(r.spectrum()).hasValueSatisfying(s -> assertThat(s.size()).isEqualTo(r.grid().size()));
        assertThat(r.lightCurve().flattenWindow()).hasValueSatisfying(w -> assertThat(w.days()).isEqualTo(5));
    }

    @Test
    void tooFewPointsCannotBeSearched() {
        LightCurve two = SyntheticLightCurves.sinusoid("two", 9, 2 * SyntheticLightCurves.CADENCE, 2.5, 0.002);

        assertThatThrownBy(() -> LombScargleSearch.run(List.of(two), LombScargleSearchOptions.DEFAULT))
                .isInstanceOf(UnsearchableLightCurveException.class);
    }

    @Test
    void stitchedQuartersAreSearchedAsOneLightCurve() throws PeriodSearchException {
        List<Path> quarters = List.of(Fixtures.file("fits/kplr011442793-2009350155506_llc.fits"),
                Fixtures.file("fits/kplr011442793-2010009091648_llc.fits"),
                Fixtures.file("fits/kplr011442793-2010174085026_llc.fits"));

        LombScargleSearchResult r = LombScargleSearch.runFiles(quarters, LombScargleSearchOptions.DEFAULT
                .withStitch(true));

        assertThat(r.lightCurve().files()).isEqualTo(quarters);
        assertThat(r.lightCurve().title()).isEqualTo("KIC 11442793 · Kepler Q3, Q4, Q5");
        assertThat(r.lightCurve().points()).isEqualTo(4134 + 1008 + 4486);
    }
}
