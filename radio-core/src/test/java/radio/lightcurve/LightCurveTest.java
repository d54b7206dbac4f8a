package radio.lightcurve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import radio.testing.Fixtures;

class LightCurveTest {
    private static LightCurve synthetic(double[] time, double[] flux) {
        double[] err = new double[time.length];
        java.util.Arrays.fill(err, 2.0);
        return LightCurve.of(time, flux, err, TimeSystem.BTJD, "e-/s", LightCurveMeta.inMemory("test star"));
    }

    @Test
    void cadenceIsTheMedianSpacingWhenTheFileGivesNone() {
        LightCurve lc = synthetic(new double[] {0, 0.02, 0.04, 0.10, 0.12}, new double[] {1, 1, 1, 1, 1});

        assertThat(lc.cadenceDays()).isCloseTo(0.02, within(1e-12));
        assertThatThrownBy(() -> synthetic(new double[] {0}, new double[] {1}).cadenceDays())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fewer than two cadences");
    }

    @Test
    void aFlattenWindowInDaysBecomesAnOddNumberOfCadencesOfAtLeastFive() {
        assertThat(Flatten.DEFAULT.withWindowDays(1.0, 0.02).windowLength()).isEqualTo(51);
        assertThat(Flatten.DEFAULT.withWindowDays(1.0, 1.0 / 48).windowLength()).isEqualTo(49);
        assertThat(Flatten.DEFAULT.withWindowDays(0.01, 0.02).windowLength()).isEqualTo(5);
    }

    @Test
    void arraysAreCopiedInAndOut() {
        double[] t = {1, 2, 3};
        double[] f = {10, 20, 30};
        LightCurve lc = synthetic(t, f);
        t[0] = 99;
        lc.flux()[1] = -1;
        assertThat(lc.time()).containsExactly(1, 2, 3);
        assertThat(lc.flux()).containsExactly(10, 20, 30);
        assertThat(lc.cadenceNumber()).containsExactly(0, 1, 2);
        assertThat(lc.hasCentroids()).isFalse();
    }

    @Test
    void rejectsUnequalLengthsNaNTimeAndTimeGoingBackwards() {
        assertThatThrownBy(() -> synthetic(new double[] {1, 2}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("flux has 1 entries, time has 2");
        assertThatThrownBy(() -> synthetic(new double[] {1, Double.NaN}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("time[1] is not finite: NaN");
        assertThatThrownBy(() -> synthetic(new double[] {2, 1}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("time must not decrease");
    }

    @Test
    void normalizeDividesFluxAndErrorByTheMedian() {
        LightCurve n = synthetic(new double[] {1, 2, 3, 4}, new double[] {100, Double.NaN, 300, 200}).normalize();
        assertThat(n.flux()).containsExactly(0.5, Double.NaN, 1.5, 1.0);
        assertThat(n.fluxErr()).containsExactly(0.01, 0.01, 0.01, 0.01);
        assertThat(n.isNormalized()).isTrue();
        assertThat(n.fluxUnit()).isEmpty();
    }

    @Test
    void normalizeRefusesANonPositiveMedian() {
        assertThatThrownBy(() -> synthetic(new double[] {1, 2}, new double[] {-1, -2}).normalize())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot normalize test star: the median flux is -1.5");
    }

    @Test
    void removeNansDropsRowsWithoutFlux() {
        LightCurve lc = synthetic(new double[] {1, 2, 3}, new double[] {5, Double.NaN, 7}).removeNans();
        assertThat(lc.time()).containsExactly(1, 3);
        assertThat(lc.cadenceNumber()).containsExactly(0, 2);
    }

    @Test
    void maskOnAnInMemoryCurveWithQualityNeedsAnIntegerMask() {
        LightCurve lc = new LightCurve(new double[] {1, 2}, new double[] {1, 1}, new double[] {0, 0},
                new int[] {0, 4}, new int[] {0, 1}, new double[2], new double[2], TimeSystem.BTJD, "",
                LightCurveMeta.inMemory("x"));
        assertThat(lc.mask(QualityMask.of(4)).time()).containsExactly(1);
        assertThatThrownBy(() -> lc.mask(QualityMask.DEFAULT)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("mission of x is unknown");
    }

    @Test
    void realLightCurveNormalizesToAMedianOfOne() throws IOException {
        LightCurve lc = LightCurves.read(Fixtures.file("fits/kplr011442793-2009350155506_llc.fits")).normalize();
        assertThat(Stats.nanMedian(lc.flux())).isCloseTo(1.0, within(1e-12));
        assertThat(lc.toString()).isEqualTo("LightCurve[KIC 11442793 · Kepler Quarter 3, 4140 rows, 260.22–349.50 BKJD]");
    }

    @Test
    void timeSystemNamesAndJulianDates() {
        assertThat(TimeSystem.BTJD.name()).isEqualTo("BTJD");
        assertThat(TimeSystem.BKJD.name()).isEqualTo("BKJD");
        assertThat(new TimeSystem(2450000, 0.5, "TDB").name()).isEqualTo("BJD - 2450000.5");
        assertThat(TimeSystem.BTJD.toJulianDate(1327.520678)).isCloseTo(2458327.520678, within(1e-9));
    }
}
