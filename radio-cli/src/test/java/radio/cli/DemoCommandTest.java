package radio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import radio.sim.SimArchive;

/** {@code radio demo} runs the whole workflow offline, into its own folder and catalog, and finds the injected planets. */
class DemoCommandTest {
    @TempDir
    Path home;

    @Test
    void theDemoDownloadsTheSeedLightCurvesFindsTheInjectedPeriodsAndARerunFetchesNothing() throws Exception {
        Path out = home.resolve("demo");

        CliRun r = CliRun.run(Map.of(), home, "demo", "--out", out.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("search    K2, 1800 s, LLC: 30 light curves for 30 of 31 targets")
                .contains("download  30 downloaded (11.1 MB: 28 from S3, 2 from MAST");
        assertThat(r.out().lines().filter(l -> l.contains("BLS: period"))).hasSize(2)
                .allSatisfy(l -> assertThat(l).endsWith("-> match"));
        List<String> files = DownloadFixtures.files(out);
        assertThat(files.stream().filter(f -> f.startsWith("mastDownload/K2/") && f.endsWith("_llc.fits"))).hasSize(30);
        assertThat(files.stream().filter(f -> f.startsWith("plots/") && f.endsWith(".png"))).hasSize(4);
        assertThat(files).contains(".radio/catalog.db");
        assertThat(home.resolve(".radio")).as("the user's own catalog").doesNotExist();

        CliRun again = CliRun.run(Map.of(), home, "demo", "--out", out.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("download  0 downloaded, 30 already present; 0 file requests");
    }

    @Test
    void anUnusableFolderIsRefusedBeforeTheArchiveStarts() throws Exception {
        java.nio.file.Files.writeString(home.resolve("taken"), "a file");

        CliRun file = CliRun.run(Map.of(), home, "demo", "--out", "taken");
        CliRun unwritable = CliRun.run(Map.of(), home, "demo", "--out", "/proc/radio-demo");

        assertThat(file.exitCode()).isEqualTo(2);
        assertThat(file.err()).isEqualTo("radio: --out taken: exists and is not a folder" + System.lineSeparator());
        assertThat(file.out()).isEmpty();
        assertThat(unwritable.exitCode()).isEqualTo(2);
        assertThat(unwritable.err()).isEqualTo("radio: --out /proc/radio-demo: not writable" + System.lineSeparator());
    }

    @Test
    void theDemoTargetsAreTheSeedPostsListAsTheSimulatorKnowsIt() {
        try (SimArchive sim = SimArchive.builder().extraK2Targets(0).start()) {
            assertThat(DemoCommand.SPACEKIT_TARGETS).isEqualTo(sim.catalogue().seedTargetNames());
        }
    }
}
