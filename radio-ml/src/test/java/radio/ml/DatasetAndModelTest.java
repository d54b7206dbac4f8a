package radio.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import radio.ml.dataset.DatasetBuilder;
import radio.ml.dataset.DatasetListener;
import radio.ml.dataset.DatasetOptions;
import radio.ml.dataset.DatasetReport;
import radio.ml.dataset.Example;
import radio.ml.dataset.Labels;
import radio.ml.dataset.OutputFolder;
import radio.ml.dataset.ParquetDataset;
import radio.ml.dataset.Splits;
import radio.ml.dataset.View;
import radio.ml.model.Architecture;
import radio.ml.model.Classifier;
import radio.ml.model.Evaluation;
import radio.ml.model.ModelCard;
import radio.ml.model.ModelException;
import radio.ml.model.ModelTrainer;
import radio.ml.model.StarClassification;
import radio.ml.model.TrainingOptions;
import radio.ml.model.TrainingProgress;
import radio.sim.catalogue.StarPopulation;

/**
 * One simulated sky, built once: a data set of labelled stars (plus a NaN-only file, a too-short file and a
 * labelled star without files), read back by DuckDB and Python, a model trained on it and judged on stars it never
 * saw.
 */
class DatasetAndModelTest {
    private static final int STARS = 240;
    private static final long NAN_EPIC = 999_000_001L;
    private static final long SHORT_EPIC = 999_000_002L;
    private static final long MISSING_EPIC = 999_000_003L;
    private static final TrainingOptions TREES = TrainingOptions.defaults(Architecture.GBM).withSeed(7);
    private static final TrainingOptions TRAINING = TrainingOptions.defaults(Architecture.ASTRONET)
            .withWidth(0.25).withEpochs(40).withPatience(8).withSeed(7);

    @TempDir
    static Path dir;
    static SimulatedStars sim;
    static Path dataset;
    static DatasetReport report;
    static Path model;
    static ModelCard card;

    @BeforeAll
    static void buildAndTrain() throws Exception {
        sim = SimulatedStars.write(3, STARS, StarPopulation.standard(), dir.resolve("sim"), true);
        List<Path> files = new ArrayList<>(sim.files());
        files.add(BadFiles.nanOnly(sim.files().get(0), NAN_EPIC, dir));
        files.add(BadFiles.tooShort(SHORT_EPIC, dir));
        Path labels = dir.resolve("labels.csv");
        Files.writeString(labels, Files.readString(sim.labels()) + "EPIC " + NAN_EPIC + ",0,,,\nEPIC " + SHORT_EPIC
                + ",1,,,\nEPIC " + MISSING_EPIC + ",1,,,\n");
        dataset = dir.resolve("dataset");
        report = new DatasetBuilder(DatasetOptions.DEFAULT).build(Labels.read(labels), files, dataset,
                DatasetListener.NONE);
        model = dir.resolve("model");
        card = new ModelTrainer(TRAINING).train(dataset, model, TrainingProgress.NONE);
    }

    @Test
    void everyUsableStarIsAnExampleAndTheBadOnesAreSkippedWithTheirReason() throws Exception {
        assertThat(report.examples()).isEqualTo(STARS);
        Map<String, String> skipped = new HashMap<>();
        report.skipped().forEach(s -> skipped.put(s.star(), s.reason()));
        assertThat(skipped).containsOnlyKeys("EPIC " + NAN_EPIC, "EPIC " + SHORT_EPIC, "EPIC " + MISSING_EPIC);
        assertThat(skipped.get("EPIC " + NAN_EPIC)).contains("no finite flux");
        assertThat(skipped.get("EPIC " + SHORT_EPIC)).contains("too short");
        assertThat(skipped.get("EPIC " + MISSING_EPIC)).contains("no light-curve file");
        List<String> lines = Files.readAllLines(dataset.resolve("skipped.csv"));
        assertThat(lines.get(0)).isEqualTo("star,reason");
        assertThat(lines).hasSize(4);
        JsonNode json = new ObjectMapper().readTree(dataset.resolve("dataset.json").toFile());
        assertThat(json.path("examples").asInt()).isEqualTo(STARS);
        assertThat(json.path("lengths").path("flux").asInt()).isEqualTo(3197);
        assertThat(json.path("counts").path("train").path("1").asInt())
                .isEqualTo(report.counts().get("train").get(1));
    }

    @Test
    void splitsAreByStarAndStratified() throws Exception {
        List<Example> rows = ParquetDataset.readAll(dataset.resolve(ParquetDataset.FILE), EnumSet.noneOf(View.class));
        assertThat(rows.stream().map(Example::target).distinct().count()).isEqualTo(STARS);
        long hosts = rows.stream().filter(e -> e.label() == 1).count();
        for (String split : Splits.NAMES) {
            long n = rows.stream().filter(e -> e.split().equals(split)).count();
            long h = rows.stream().filter(e -> e.split().equals(split) && e.label() == 1).count();
            assertThat((double) h / n).as("share of hosts in " + split).isCloseTo((double) hosts / STARS,
                    org.assertj.core.api.Assertions.within(0.06));
        }
    }

    @Test
    void duckDbReadsTheParquetFileAsWeWroteIt() throws Exception {
        List<Example> ours = ParquetDataset.readAll(dataset.resolve(ParquetDataset.FILE), EnumSet.allOf(View.class));
        Class.forName("org.duckdb.DuckDBDriver");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select target, label, split, ephemeris_source, period_days, "
                     + "len(flux), len(global), len(local), len(scalars), global[1], scalars[1], len(sha256), "
                     + "files[1] from read_parquet('" + dataset.resolve(ParquetDataset.FILE) + "') order by target")) {
            int i = 0;
            List<Example> sorted = ours.stream().sorted(java.util.Comparator.comparing(Example::target)).toList();
            while (r.next()) {
                Example e = sorted.get(i++);
                assertThat(r.getString(1)).isEqualTo(e.target());
                assertThat(r.getInt(2)).isEqualTo(e.label());
                assertThat(r.getString(3)).isEqualTo(e.split());
                assertThat(r.getString(4)).isEqualTo(e.ephemeris().source().key());
                assertThat(r.getDouble(5)).isEqualTo(e.ephemeris().periodDays());
                assertThat(new int[] {r.getInt(6), r.getInt(7), r.getInt(8), r.getInt(9)})
                        .containsExactly(3197, 2001, 201, 7);
                assertThat(r.getFloat(10)).isEqualTo(e.view(View.GLOBAL).orElseThrow()[0]);
                assertThat(r.getFloat(11)).isEqualTo(e.view(View.SCALARS).orElseThrow()[0]);
                assertThat(r.getInt(12)).isEqualTo(1);
                assertThat(r.getString(13)).isEqualTo(e.files().get(0));
            }
            assertThat(i).isEqualTo(STARS);
        }
    }

    @Test
    void pythonsCsvModuleReadsTheExoTrainFiles() throws Exception {
        Python.assume("csv");
        for (String split : Splits.NAMES) {
            JsonNode r = new ObjectMapper().readTree(Python.run("read_exotrain.py",
                    List.of(dataset.resolve(split + ".csv").toString()), ""));
            Map<Integer, Integer> counts = report.counts().get(split);
            assertThat(r.path("length").asInt()).isEqualTo(3197);
            assertThat(r.path("rows").asInt()).isEqualTo(counts.get(0) + counts.get(1));
            assertThat(r.path("hosts").asInt()).isEqualTo(counts.get(1));
        }
    }

    @Test
    void anExistingOutputFolderIsRefusedAndOverwritingSparesOtherFiles() throws Exception {
        Path out = dir.resolve("small");
        Files.createDirectories(out);
        Path mine = Files.writeString(out.resolve("notes.txt"), "mine");
        Labels three = Labels.read(Files.writeString(dir.resolve("three.csv"), "target,label\n"
                + String.join("\n", Files.readAllLines(sim.labels()).subList(1, 4)).replaceAll(",,,", "") + "\n"));
        assertThatThrownBy(() -> new DatasetBuilder(DatasetOptions.DEFAULT).build(three, sim.files(), out,
                DatasetListener.NONE)).isInstanceOf(OutputFolder.OutputExistsException.class)
                .hasMessageContaining("--overwrite");
        assertThat(Files.list(out).toList()).containsExactly(mine);
        new DatasetBuilder(DatasetOptions.DEFAULT.withOverwrite(true)).build(three, sim.files(), out,
                DatasetListener.NONE);
        assertThat(Files.readString(mine)).isEqualTo("mine");
        assertThat(out.resolve(ParquetDataset.FILE)).exists();
    }

    /** 120 stars of another simulator seed, as a data set of one test split (built once, on first use). */
    private static synchronized Path unseen() throws Exception {
        Path unseenSet = dir.resolve("unseen-dataset");
        if (!Files.isDirectory(unseenSet)) {
            SimulatedStars unseen = SimulatedStars.write(4, 120, StarPopulation.standard(), dir.resolve("unseen"),
                    true);
            new DatasetBuilder(DatasetOptions.DEFAULT.withSplits(Splits.TEST_ONLY).withViews(EnumSet.of(View.GLOBAL,
                    View.LOCAL, View.SCALARS))).build(Labels.read(unseen.labels()), unseen.files(), unseenSet,
                    DatasetListener.NONE);
        }
        return unseenSet;
    }

    @Test
    void theModelFindsHostsAmongStarsItNeverSaw() throws Exception {
        Path unseenSet = unseen();
        try (Classifier c = Classifier.load(model)) {
            Evaluation.Report r = Evaluation.evaluate(c, unseenSet, "test", OptionalDouble.empty(),
                    Optional.of(dir.resolve("plots")));
            System.out.printf("held-out stars: %s%n", r.metrics());
            assertThat(r.metrics().rocAuc()).isGreaterThanOrEqualTo(0.95);
            assertThat(dir.resolve("plots/roc.png")).isRegularFile();
            assertThat(dir.resolve("plots/pr.png")).isRegularFile();
        }
        assertThat(card.json().path("metrics").path("test").path("roc_auc").asDouble()).isGreaterThan(0.9);
        assertThat(card.json().path("dataset").path("sha256").asText()).hasSize(64);
    }

    @Test
    void theSameDataAndSeedGiveTheSameModel() throws Exception {
        TrainingOptions shortRun = TRAINING.withEpochs(3).withPatience(3);
        ModelCard a = new ModelTrainer(shortRun).train(dataset, dir.resolve("a"), TrainingProgress.NONE);
        ModelCard b = new ModelTrainer(shortRun).train(dataset, dir.resolve("b"), TrainingProgress.NONE);
        assertThat(b.json().path("metrics")).isEqualTo(a.json().path("metrics"));
        assertThat(withoutTimes(b)).isEqualTo(withoutTimes(a));
        assertThat(Files.readAllBytes(dir.resolve("b").resolve(ModelCard.WEIGHTS)))
                .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(ModelCard.WEIGHTS)));
        ModelCard other = new ModelTrainer(shortRun.withSeed(8)).train(dataset, dir.resolve("c"), TrainingProgress.NONE);
        assertThat(withoutTimes(other)).isNotEqualTo(withoutTimes(a));
    }

    /** The training history without the seconds each epoch took. */
    private static String withoutTimes(ModelCard card) {
        return card.json().path("history").toString().replaceAll(",\"seconds\":[0-9.eE-]+", "");
    }

    @Test
    void classifyRanksStarsFromTheirFilesAlone() throws Exception {
        List<Path> some = sim.files().subList(0, 12);
        try (Classifier c = Classifier.load(model)) {
            StarClassification.Result r = StarClassification.classify(c, some, 0);
            assertThat(r.ranked()).hasSize(12);
            assertThat(r.skipped()).isEmpty();
            for (int i = 1; i < r.ranked().size(); i++) {
                assertThat(r.ranked().get(i).probability()).isLessThanOrEqualTo(r.ranked().get(i - 1).probability());
            }
        }
    }

    /** A data set of three stars with the flux view alone (built once, on first use). */
    private static synchronized Path fluxOnly() throws Exception {
        Path fluxOnly = dir.resolve("flux-only");
        if (!Files.isDirectory(fluxOnly)) {
            Labels three = Labels.read(Files.writeString(dir.resolve("three-b.csv"), "target,label\n"
                    + String.join("\n", Files.readAllLines(sim.labels()).subList(1, 4)).replaceAll(",,,", "")
                    + "\n"));
            new DatasetBuilder(DatasetOptions.DEFAULT.withViews(EnumSet.of(View.FLUX)).withSplits(Splits.TEST_ONLY))
                    .build(three, sim.files(), fluxOnly, DatasetListener.NONE);
        }
        return fluxOnly;
    }

    @Test
    void aModelRefusesDataOfAnotherShapeAndAFolderWithoutACard() throws Exception {
        Path fluxOnly = fluxOnly();
        try (Classifier c = Classifier.load(model)) {
            assertThatThrownBy(() -> Evaluation.evaluate(c, fluxOnly, "test", OptionalDouble.empty(),
                    Optional.empty())).isInstanceOf(ModelException.class).hasMessageContaining("no global view");
        }
        assertThatThrownBy(() -> new ModelTrainer(TRAINING.withOverwrite(true)).train(fluxOnly, dir.resolve("x"),
                TrainingProgress.NONE)).isInstanceOf(ModelException.class).hasMessageContaining("global");
        assertThatThrownBy(() -> Classifier.load(dir)).isInstanceOf(ModelException.class)
                .hasMessageContaining("no model-card.json");
        assertThatThrownBy(() -> new ModelTrainer(TRAINING).train(dataset, model, TrainingProgress.NONE))
                .isInstanceOf(OutputFolder.OutputExistsException.class);
    }

    @Test
    void gradientBoostingFindsHostsAmongStarsItNeverSaw() throws Exception {
        Path trees = dir.resolve("gbm");
        ModelCard c = new ModelTrainer(TREES).train(dataset, trees, TrainingProgress.NONE);
        assertThat(c.architecture()).isEqualTo(Architecture.GBM);
        assertThat(trees.resolve(ModelCard.TREES)).isRegularFile();
        assertThat(trees.resolve(ModelCard.WEIGHTS)).doesNotExist();
        assertThat(c.json().path("hyper_parameters").path("trees").asInt()).isEqualTo(200);
        try (Classifier loaded = Classifier.load(trees)) {
            Evaluation.Report r = Evaluation.evaluate(loaded, unseen(), "test", OptionalDouble.empty(),
                    Optional.empty());
            System.out.printf("gradient boosting, held-out stars: %s%n", r.metrics());
            assertThat(r.metrics().rocAuc()).isGreaterThanOrEqualTo(0.95);
            // the card's test metrics come from the trees read back: the file holds the model that was trained
            Evaluation.Report test = Evaluation.evaluate(loaded, dataset, "test", OptionalDouble.empty(),
                    Optional.empty());
            assertThat(test.metrics().rocAuc()).isEqualTo(c.metrics("test").path("roc_auc").asDouble());
            StarClassification.Result ranked = StarClassification.classify(loaded, sim.files().subList(0, 6), 0);
            assertThat(ranked.ranked()).hasSize(6);
        }
    }

    @Test
    void gradientBoostingIsDeterministicAndSeeded() throws Exception {
        TrainingOptions small = TREES.withTrees(40, 3, 0.8);
        new ModelTrainer(small).train(dataset, dir.resolve("gbm-a"), TrainingProgress.NONE);
        new ModelTrainer(small).train(dataset, dir.resolve("gbm-b"), TrainingProgress.NONE);
        new ModelTrainer(small.withSeed(8)).train(dataset, dir.resolve("gbm-c"), TrainingProgress.NONE);
        byte[] a = Files.readAllBytes(dir.resolve("gbm-a").resolve(ModelCard.TREES));
        assertThat(Files.readAllBytes(dir.resolve("gbm-b").resolve(ModelCard.TREES))).isEqualTo(a);
        assertThat(Files.readAllBytes(dir.resolve("gbm-c").resolve(ModelCard.TREES))).isNotEqualTo(a);
    }

    @Test
    void aModelFolderOfAnotherArchitectureIsNamedAsSuch() throws Exception {
        // a network's folder whose card was changed to say gbm, and the reverse
        Path network = dir.resolve("edited-network");
        Files.createDirectories(network);
        Files.copy(model.resolve(ModelCard.WEIGHTS), network.resolve(ModelCard.WEIGHTS));
        Files.writeString(network.resolve(ModelCard.FILE), Files.readString(model.resolve(ModelCard.FILE))
                .replace("\"architecture\" : \"astronet\"", "\"architecture\" : \"gbm\""));
        assertThatThrownBy(() -> Classifier.load(network)).isInstanceOf(ModelException.class)
                .hasMessageContaining("gradient-boosted trees but no " + ModelCard.TREES)
                .hasMessageContaining("a card of another architecture?");
        Path trees = dir.resolve("edited-trees");
        new ModelTrainer(TREES.withTrees(5, 2, 1)).train(dataset, trees, TrainingProgress.NONE);
        Files.writeString(trees.resolve(ModelCard.FILE), Files.readString(trees.resolve(ModelCard.FILE))
                .replace("\"architecture\" : \"gbm\"", "\"architecture\" : \"astronet\""));
        assertThatThrownBy(() -> Classifier.load(trees)).isInstanceOf(ModelException.class)
                .hasMessageContaining("no length for the global input of astronet");
        // training gbm over a network's folder replaces radio's files, so no stale weights remain beside the trees
        Path over = dir.resolve("over");
        Files.createDirectories(over);
        Files.copy(model.resolve(ModelCard.WEIGHTS), over.resolve(ModelCard.WEIGHTS));
        Files.writeString(over.resolve("notes.txt"), "mine");
        new ModelTrainer(TREES.withTrees(5, 2, 1).withOverwrite(true)).train(dataset, over, TrainingProgress.NONE);
        assertThat(over.resolve(ModelCard.WEIGHTS)).doesNotExist();
        assertThat(over.resolve("notes.txt")).hasContent("mine");
        // a gbm model on a data set without the scalars
        Path fluxOnly = fluxOnly();
        try (Classifier c = Classifier.load(over)) {
            assertThatThrownBy(() -> Evaluation.evaluate(c, fluxOnly, "test", OptionalDouble.empty(),
                    Optional.empty())).isInstanceOf(ModelException.class).hasMessageContaining("no scalars view");
        }
    }
}
