package radio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import radio.output.OutputKind;
import radio.sim.SimArchive;
import radio.sim.catalogue.LabelledStar;
import radio.sim.catalogue.Planet;
import radio.sim.catalogue.StarKind;
import radio.sim.catalogue.StarPopulation;

/**
 * {@code radio hunt} end to end against the simulated archive: seed K2 hosts (planets injected at known periods)
 * and labelled eclipsing binaries, through the real download path, catalog and search.
 */
class HuntCommandTest {
    private static SimArchive sim;

    @TempDir
    Path home;

    @BeforeAll
    static void startSim() {
        sim = SimArchive.builder().labelledStars(40, StarPopulation.standard()).start();
    }

    @AfterAll
    static void stopSim() {
        sim.close();
    }

    private CliRun hunt(String... args) {
        List<String> all = new ArrayList<>(List.of("hunt"));
        all.addAll(Arrays.asList(args));
        return CliRun.run(DownloadFixtures.env(sim), home, all.toArray(String[]::new));
    }

    @Test
    void findsTheSimulatedPlanetsOfSeedHostsWithASheetEachAndARerunOfflineSaysTheSame() throws Exception {
        List<String> hosts = List.of("K2-21", "K2-28");
        Path out = home.resolve("hunt");
        CliRun r = hunt("K2-21", "K2-28", "--mission", "K2", "--out", out.toString(), "--format", "csv");

        assertThat(r.exitCode()).as(r.err()).isZero();
        List<Map<String, String>> rows = csv(r.out());
        for (String host : hosts) {
            List<Map<String, String>> mine = rows.stream().filter(row -> row.get("target").equals(host)).toList();
            assertThat(mine).as(r.out()).isNotEmpty().allSatisfy(row -> assertThat(row.get("status"))
                    .isEqualTo("searched"));
            for (Planet p : sim.catalogue().target(host).orElseThrow().planets()) {
                assertThat(mine).as("%s at %.4f d in%n%s", p.name(), p.periodDays(), r.out()).anySatisfy(row ->
                        assertThat(Double.parseDouble(row.get("period_days")))
                                .isCloseTo(p.periodDays(), org.assertj.core.data.Percentage.withPercentage(1)));
            }
            for (Map<String, String> row : mine) {
                Path sheet = Path.of(row.get("sheet"));
                assertThat(sheet).startsWith(out.resolve("vetting"));
                assertThat(OutputKind.PNG.accepts(sheet)).as(sheet.toString()).isTrue();
            }
        }
        assertThat(r.err()).contains("2 targets hunted").contains("2 searched");

        CliRun again = hunt("K2-21", "K2-28", "--mission", "K2", "--out", out.toString(), "--format", "csv",
                "--offline");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).isEqualTo(r.out());
        assertThat(again.err()).contains("0 files downloaded, 2 present");
    }

    @Test
    void flagsASimulatedEclipsingBinary() throws Exception {
        List<LabelledStar> binaries = sim.catalogue().labelledStars().stream()
                .filter(s -> s.kind() == StarKind.ECLIPSING_BINARY).limit(4).toList();
        assertThat(binaries).hasSize(4);
        Path out = home.resolve("eb");
        List<String> args = new ArrayList<>(binaries.stream().map(LabelledStar::designation).toList());
        args.addAll(List.of("--out", out.toString(), "--format", "csv", "--max-planets", "2"));
        CliRun r = hunt(args.toArray(String[]::new));

        assertThat(r.exitCode()).as(r.err()).isZero();
        List<Map<String, String>> rows = csv(r.out());
        // each binary is found; its eclipses (or, once they are masked, its secondary eclipses at half the period)
        // are called a binary, except a near-twin binary found at half its period, whose odd and even eclipses
        // differ by no more than a planet's do through sampling: that one is at least marked V-shaped
        int flagged = 0;
        for (LabelledStar eb : binaries) {
            List<Map<String, String>> mine = rows.stream().filter(row -> row.get("target").equals(eb.designation()))
                    .toList();
            assertThat(mine).as(r.out()).isNotEmpty();
            if (mine.get(0).get("verdict").equals("likely_eclipsing_binary")) {
                flagged++;
            }
            assertThat(mine).as("%s (P %.3f d, depth %.4f):%n%s", eb.designation(), eb.periodDays(), eb.depth(),
                    r.out()).allSatisfy(row -> assertThat(!row.get("verdict").equals("likely_planet")
                    || row.get("reasons").contains("V-shaped")).isTrue());
        }
        assertThat(flagged).as(r.out()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aTargetWithoutLightCurvesIsNamedAndTheOthersAreStillSearched() {
        CliRun r = hunt("K2-1", "K2-21", "--mission", "K2", "--no-sheets", "--out", home.resolve("d").toString());

        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains("radio: K2-1: no-light-curves").contains("1 without light curves");
        assertThat(r.out()).contains("K2-21: 1 light curve").contains("1. P = ");
    }

    @Test
    void usageErrorsExit2BeforeAnyRequest() throws Exception {
        sim.resetCounters();
        Path file = Files.writeString(home.resolve("notes.txt"), "mine");
        assertThat(hunt().exitCode()).isEqualTo(2);
        assertThat(hunt("K2-21", "--max-planets", "0").err()).contains("--max-planets");
        assertThat(hunt("K2-21", "--min-snr", "-1").exitCode()).isEqualTo(2);
        CliRun intoAFile = hunt("K2-21", "--out", file.toString());
        assertThat(intoAFile.exitCode()).isEqualTo(2);
        assertThat(intoAFile.err()).contains("--out");
        Path vetting = Files.createDirectories(home.resolve("o/vetting"));
        Files.writeString(vetting.resolve("K2-21-2.png"), "not radio's");
        CliRun overAFile = hunt("K2-21", "--out", home.resolve("o").toString());
        assertThat(overAFile.exitCode()).isEqualTo(2);
        assertThat(overAFile.err()).contains("K2-21-2.png");
        assertThat(Files.readString(vetting.resolve("K2-21-2.png"))).isEqualTo("not radio's");
        assertThat(sim.requests()).as("no request").isEmpty();
    }

    private static List<Map<String, String>> csv(String text) {
        return DownloadFixtures.csvRows(text);
    }
}
