package radio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import radio.sim.SimArchive;
import radio.sim.catalogue.Catalogue;
import radio.sim.catalogue.CatalogueSpec;
import radio.sim.catalogue.LabelledStarFiles;
import radio.sim.catalogue.StarPopulation;

/** dataset build → train → evaluate → classify in-process, with the bad inputs the issue lists. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MlCommandsTest {
    @TempDir
    static Path home;
    static Map<String, String> env;
    static List<String> files;

    @BeforeAll
    static void simulate() throws Exception {
        Catalogue c = Catalogue.generate(new CatalogueSpec(5, 0, 0, 0, false)
                .withLabelledStars(48, StarPopulation.standard()));
        files = LabelledStarFiles.write(c, home.resolve("lc")).stream().map(Path::toString).toList();
        Files.writeString(home.resolve("labels.csv"), LabelledStarFiles.labelsCsv(c, true)
                + "EPIC 999000003,1,,,\n");
        Files.writeString(home.resolve("bad.csv"), "target,label\nEPIC 1,1\nEPIC 2,yes\n");
        env = Map.of("RADIO_HOME", home.resolve(".radio").toString());
    }

    private static CliRun radio(String... args) {
        return CliRun.run(env, home, args);
    }

    private static String[] with(List<String> tail, String... head) {
        List<String> all = new ArrayList<>(List.of(head));
        all.addAll(tail);
        return all.toArray(String[]::new);
    }

    @Test
    @Order(1)
    void aLabelThatIsNotZeroOrOneIsAUsageErrorNamingTheLine() {
        CliRun r = radio(with(files, "dataset", "build", "--labels", "bad.csv", "--out", "never"));
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("radio: --labels: ").contains("line 3: label 'yes' of EPIC 2 is not 0 or 1");
        assertThat(r.err().lines().count()).isEqualTo(2);
        assertThat(home.resolve("never")).doesNotExist();
    }

    @Test
    @Order(2)
    void buildWritesTheDataSetAndNamesTheLabelledStarWithoutFiles() throws Exception {
        CliRun r = radio(with(files, "dataset", "build", "--labels", "labels.csv", "--out", "ds", "--seed", "3"));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).startsWith("dataset  ").contains("48 examples").contains("1 skipped");
        assertThat(r.err()).isEqualTo("radio: skipped EPIC 999000003: labelled, but no light-curve file of this "
                + "star was given\n");
        for (String f : List.of("dataset.parquet", "train.csv", "val.csv", "test.csv", "skipped.csv", "dataset.json")) {
            assertThat(home.resolve("ds").resolve(f)).isRegularFile();
        }
    }

    @Test
    @Order(3)
    void anExistingOutputIsRefusedWithoutOverwrite() {
        CliRun r = radio(with(files, "dataset", "build", "--labels", "labels.csv", "--out", "ds"));
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("exists and is not empty").contains("--overwrite");
    }

    @Test
    @Order(4)
    void trainEvaluateAndClassify() throws Exception {
        CliRun t = radio("train", "--dataset", "ds", "--model", "m", "--arch", "spacekit", "--epochs", "2",
                "--width", "0.25", "--batch-size", "8");
        assertThat(t.exitCode()).as(t.err()).isZero();
        assertThat(t.out()).startsWith("model    ").contains("spacekit").contains("  test   ROC-AUC");
        JsonNode card = new ObjectMapper().readTree(home.resolve("m/model-card.json").toFile());
        assertThat(card.path("architecture").asText()).isEqualTo("spacekit");
        assertThat(card.path("hyper_parameters").path("batch_size").asInt()).isEqualTo(8);

        CliRun e = radio("evaluate", "--model", "m", "--dataset", "ds", "--format", "json", "--plots", "plots");
        assertThat(e.exitCode()).as(e.err()).isZero();
        JsonNode m = new ObjectMapper().readTree(e.out());
        for (String key : List.of("roc_auc", "pr_auc", "precision", "recall", "f1", "threshold", "confusion")) {
            assertThat(m.has(key)).as(key).isTrue();
        }
        assertThat(home.resolve("plots/roc.png")).isRegularFile();

        CliRun c = radio(with(files.subList(0, 5), "classify", "--model", "m"));
        assertThat(c.exitCode()).as(c.err()).isZero();
        List<String> lines = c.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("target,probability,period_days");
        assertThat(lines).hasSize(6);
    }

    @Test
    @Order(5)
    void theDefaultModelIsGradientBoostingAndReplacesANetworkWithOverwrite() throws Exception {
        CliRun t = radio("train", "--dataset", "ds", "--model", "m", "--overwrite", "--trees", "50");
        assertThat(t.exitCode()).as(t.err()).isZero();
        assertThat(t.out()).startsWith("model    ").contains("gbm, 50 trees of depth 3").contains("  test   ROC-AUC");
        assertThat(home.resolve("m/radio-gbm.json")).isRegularFile();
        assertThat(home.resolve("m/radio-cnn-0000.params")).doesNotExist();
        CliRun e = radio("evaluate", "--model", "m", "--dataset", "ds", "--format", "json");
        assertThat(e.exitCode()).as(e.err()).isZero();
        assertThat(new ObjectMapper().readTree(e.out()).path("roc_auc").isNumber()).isTrue();
        CliRun c = radio(with(files.subList(0, 5), "classify", "--model", "m"));
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(c.out().lines()).hasSize(6);
        CliRun bad = radio("train", "--dataset", "ds", "--model", "m3", "--subsample", "0");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--subsample must be in (0, 1]");
        assertThat(home.resolve("m3")).doesNotExist();
    }

    @Test
    @Order(6)
    void aModelFolderWithoutACardOrOfAnotherShapeIsRefused() {
        CliRun e = radio("evaluate", "--model", "ds", "--dataset", "ds");
        assertThat(e.exitCode()).isEqualTo(2);
        assertThat(e.err()).contains("is not a radio model folder");
        CliRun t = radio("train", "--dataset", "ds", "--model", "m2", "--arch", "resnet");
        assertThat(t.exitCode()).isEqualTo(2);
        assertThat(t.err()).contains("unknown architecture 'resnet'");
    }

    @Test
    @Order(7)
    void archiveLabelsAreTheArchivesTransitingPlanetHosts() throws Exception {
        long hosts = Files.readAllLines(home.resolve("labels.csv")).stream()
                .filter(l -> l.startsWith("EPIC 2") && l.contains(",1,")).count();
        try (SimArchive sim = SimArchive.builder().seed(5).extraK2Targets(0).keplerTargets(0).tessTargets(0)
                .labelledStars(48, StarPopulation.standard()).start()) {
            CliRun r = radio(with(files, "dataset", "build", "--labels", "archive", "--views", "scalars",
                    "--exoplanet-archive-url", sim.exoplanetArchiveUrl().toString(), "--out", "ds-archive"));
            // the archive lists the confirmed hosts with their ephemerides; the other stars have no label there
            assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
            assertThat(r.out()).contains(hosts + " examples");
            // the seed hosts the archive also lists have no files here: stderr names the first 20, skipped.csv all
            assertThat(r.err()).contains("labelled, but no light-curve file").contains("more in");
        }
        assertThat(Files.readString(home.resolve("ds-archive/skipped.csv")))
                .contains("has light-curve files but no label");
        assertThat(Files.readString(home.resolve("ds-archive/dataset.json"))).contains("\"examples\" : " + hosts);
    }
}
