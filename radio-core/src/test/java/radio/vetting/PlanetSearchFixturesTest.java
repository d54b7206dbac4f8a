package radio.vetting;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import radio.plot.VettingSheet;
import radio.testing.Fixtures;

/** The planet search on real light curves with known planets. */
class PlanetSearchFixturesTest {
    /** Set -Dradio.sheets=DIR to keep the vetting sheets this test draws, to look at them. */
    private static final String SHEETS_PROPERTY = "radio.sheets";

    @TempDir
    Path dir;

    private static final PlanetSearchOptions SHEETS = PlanetSearchOptions.DEFAULT
            .withSearch(PlanetSearchOptions.DEFAULT.search().withSpectrum(true));

    @Test
    void findsWasp126bAsALikelyPlanet() throws Exception {
        PlanetSearchResult r = PlanetSearch.runFiles(List.of(Fixtures.file(
                "fits/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits")), SHEETS);
        dump(r, "wasp126", true);
        Candidate b = r.candidates().get(0);
        assertThat(b.matchesPeriod(3.288776, 0.001)).as(b.toString()).isTrue();
        assertThat(b.verdict().kind()).as(b.verdict().text()).isEqualTo(Verdict.Kind.LIKELY_PLANET);
        assertThat(b.depth().depth()).isBetween(0.005, 0.007);
        assertThat(b.transits()).isBetween(7, 8);
        assertThat(b.oddEvenSigma()).isLessThan(3);
        BufferedImage sheet = ImageIO.read(sheetDir().resolve("wasp126-1.png").toFile());
        assertThat(sheet.getWidth()).isEqualTo(VettingSheet.WIDTH);
        assertThat(sheet.getHeight()).isEqualTo(VettingSheet.HEIGHT);
    }

    @Test
    void findsTwoOfKepler90sPlanetsInItsFixtureQuarters() throws Exception {
        List<Path> quarters = List.of(Fixtures.file("fits/kplr011442793-2009350155506_llc.fits"),
                Fixtures.file("fits/kplr011442793-2010009091648_llc.fits"),
                Fixtures.file("fits/kplr011442793-2010174085026_llc.fits"));
        PlanetSearchResult r = PlanetSearch.runFiles(quarters, PlanetSearchOptions.DEFAULT);
        dump(r, "kepler90", false);

        // 275 days with a gap: a planet is found when a candidate has its period, or when the candidate's transits
        // with data lie a whole number of its periods apart (two transits of Kepler-90 e, 91.9 d, 2 periods apart
        // across the gap, have no third to fix the period)
        List<Double> known = List.of(331.6, 210.6, 59.74, 91.94, 124.9, 14.45, 7.008, 8.719);
        List<Double> found = known.stream().filter(p -> r.candidates().stream().anyMatch(c -> transitsOf(c, p)))
                .toList();
        assertThat(found).as(r.candidates().toString()).hasSizeGreaterThanOrEqualTo(2).contains(59.74);
        assertThat(r.candidates()).filteredOn(c -> c.matchesPeriod(59.74, 0.01)).singleElement()
                .satisfies(d -> assertThat(d.verdict().kind()).isEqualTo(Verdict.Kind.LIKELY_PLANET));
        // the planets seen twice are not called binaries on two events: the period is not established
        assertThat(r.candidates()).filteredOn(c -> c.transits() < 3).allSatisfy(c ->
                assertThat(c.verdict().kind()).as(c.verdict().text()).isEqualTo(Verdict.Kind.TOO_FEW_TRANSITS));
    }

    /** Whether every transit of {@code c} with data lies a whole number of {@code period}s (±1 %) from its first. */
    private static boolean transitsOf(Candidate c, double period) {
        if (c.matchesPeriod(period, 0.01)) {
            return true;
        }
        List<Double> times = c.perTransit().stream().filter(t -> t.points() > 0).map(TransitDepth::time).toList();
        if (times.size() < 2) {
            return false;
        }
        for (double t : times.subList(1, times.size())) {
            double cycles = (t - times.get(0)) / period;
            long whole = Math.round(cycles);
            if (whole < 1 || Math.abs(cycles - whole) * period > 0.01 * period) {
                return false;
            }
        }
        return true;
    }

    private Path sheetDir() {
        String kept = System.getProperty(SHEETS_PROPERTY);
        return kept == null || kept.isBlank() ? dir : Path.of(kept);
    }

    private void dump(PlanetSearchResult r, String name, boolean sheets) throws Exception {
        System.out.println(name + ": " + r.stop().detail());
        for (int i = 0; i < r.candidates().size(); i++) {
            Candidate c = r.candidates().get(i);
            System.out.printf("  %d P=%.4f depth=%.0f±%.0f snr=%.1f n=%d oe=%.1f sec=%.1f %s%n", c.number(),
                    c.periodDays(), c.depth().depth() * 1e6, c.depth().error() * 1e6, c.snr(), c.transits(),
                    c.oddEvenSigma(), c.secondarySigma(), c.verdict().text());
            if (sheets) {
                VettingSheet.of(r, i).writePng(sheetDir().resolve(name + "-" + (i + 1) + ".png"));
            }
        }
    }
}
