package radio.vetting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import radio.lightcurve.LightCurve;
import radio.lightcurve.LightCurves;
import radio.periodsearch.TransitSearch;
import radio.testing.Fixtures;

/**
 * Injection–recovery on real light curves, the field's measure of a transit search: planets of known period and
 * depth (box and limb-darkened, at SNR 12 to 30) are put into fixture light curves with their own noise, gaps,
 * trends and planets, and the planet search must find at least 95 % of them at their period (within 1 %).
 */
class InjectionRecoveryTest {
    private static final double[] SNRS = {12, 16, 24};
    private static final double[] PERIODS = {1.37, 2.71, 4.63, 7.9};

    @Test
    void recoversAtLeast95PercentOfInjectedPlanetsAtSnr12AndAbove() throws Exception {
        List<String> files = List.of("fits/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits",
                "fits/tess2018234235059-s0002-0000000402026209-0121-s_lc.fits");
        PlanetSearchOptions options = PlanetSearchOptions.DEFAULT.withMaxPlanets(2);
        SplittableRandom random = new SplittableRandom(16);
        int tried = 0;
        List<String> missed = new ArrayList<>();
        for (String name : files) {
            Path file = Fixtures.file(name);
            LightCurve lc = TransitSearch.read(List.of(file), options.search()).get(0);
            LightCurve flat = lc.normalize().flatten(); // the scatter per cadence the SNR is measured against
            int k = 0;
            for (double snr : SNRS) {
                for (double period : PERIODS) {
                    double duration = 0.06 + 0.04 * random.nextDouble() * Math.cbrt(period);
                    double epoch = lc.timeAt(0) + random.nextDouble() * period;
                    TransitInjection planet = new TransitInjection(period, epoch, duration,
                            TransitInjection.depthForSnr(flat, snr, period, duration),
                            k++ % 2 == 0 ? TransitInjection.Shape.BOX : TransitInjection.Shape.LIMB_DARKENED);
                    long t0 = System.nanoTime();
                    PlanetSearchResult r = PlanetSearch.run(List.of(planet.into(lc)), options);
                    tried++;
                    boolean found = r.candidates().stream().anyMatch(c -> c.matchesPeriod(period, 0.01));
                    System.out.printf("%s snr %.0f P %.2f %s: %s (%.1f s)%n", file.getFileName(), snr, period,
                            planet.shape(), r.candidates().stream().map(c -> String.format("%.3f", c.periodDays()))
                                    .toList(), (System.nanoTime() - t0) / 1e9);
                    if (!found) {
                        missed.add(String.format("%s: P %.2f d, SNR %.0f, %s", file.getFileName(), period, snr,
                                planet.shape()));
                    }
                }
            }
        }
        assertThat(1 - missed.size() / (double) tried).as("recovered; missed %s", missed).isGreaterThanOrEqualTo(0.95);
    }
}
