package radio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import radio.sim.SimArchive;
import radio.sim.catalogue.Product;

/** {@code radio ls} lists what the catalog holds, filters by mission and by target however spelled, and totals. */
class LsCommandTest {
    @TempDir
    Path home;

    @Test
    void listsDownloadedFilesWithTheirSearchFiltersAndMarksMissingOnes() throws Exception {
        Map<String, String> env = new HashMap<>();
        Product k2;
        Product tess;
        try (SimArchive sim = SimArchive.builder().start()) {
            env.putAll(DownloadFixtures.env(sim));
            env.put("RADIO_HOME", home.resolve(".radio").toString());
            k2 = sim.catalogue().lightCurves("K2-21").get(0);
            tess = sim.catalogue().lightCurves("TIC 25155310").get(0);
            CliRun d = CliRun.run(env, home, "download", "K2-21", "TIC 25155310", "--product", "LLC,LC", "--out",
                    "data", "--quiet");
            assertThat(d.exitCode()).as(d.err()).isZero();
        }
        Files.delete(DownloadFixtures.destination(home.resolve("data"), k2));

        CliRun all = CliRun.run(env, home, "ls");
        CliRun tessOnly = CliRun.run(env, home, "ls", "--mission", "tess", "--format", "csv");
        CliRun byDesignation = CliRun.run(env, home, "ls", "--target", "EPIC 206011691", "--format", "json");

        assertThat(all.exitCode()).as(all.err()).isZero();
        assertThat(all.out().lines().toList()).hasSize(4);
        assertThat(all.out()).contains("K2 Campaign 3").contains("TESS Sector 1")
                .contains(k2.productFilename() + "  (missing)")
                .endsWith("2 files, " + DownloadFeedback.megabytes(k2.size() + tess.size()) + "; 1 missing from disk"
                        + System.lineSeparator());
        List<String> csv = tessOnly.out().lines().toList();
        assertThat(csv).hasSize(2);
        assertThat(csv.get(0)).isEqualTo("target,mission,season,product,size,path,recorded,on_disk");
        assertThat(csv.get(1)).startsWith("TIC 25155310,TESS,TESS Sector 1,LC," + tess.size() + ",")
                .endsWith(",true");
        JsonNode k2Row = new ObjectMapper().readTree(byDesignation.out());
        assertThat(k2Row).hasSize(1);
        assertThat(k2Row.get(0).get("target").asText()).isEqualTo("K2-21");
        assertThat(k2Row.get(0).get("on_disk").asBoolean()).isFalse();
        assertThat(k2Row.get(0).get("uri").asText()).isEqualTo(k2.dataUri());
    }

    @Test
    void anEmptyCatalogListsNothingAndSaysSo() {
        CliRun r = CliRun.run(Map.of("RADIO_HOME", home.resolve("empty").toString()), home, "ls");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().lines().toList()).containsExactly("target  mission  season  product  size  recorded  path",
                "0 files, " + DownloadFeedback.megabytes(0));
        assertThat(home.resolve("empty")).as("listing creates no catalog").doesNotExist();
    }
}
