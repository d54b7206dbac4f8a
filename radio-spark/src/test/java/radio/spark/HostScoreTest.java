package radio.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import radio.lightcurve.FitsLightCurveReader;
import radio.ml.dataset.DatasetBuilder;
import radio.ml.dataset.DatasetListener;
import radio.ml.dataset.DatasetOptions;
import radio.ml.dataset.Labels;
import radio.ml.model.Architecture;
import radio.ml.model.Classifier;
import radio.ml.model.ModelTrainer;
import radio.ml.model.StarClassification;
import radio.ml.model.TrainingOptions;
import radio.ml.model.TrainingProgress;
import radio.sim.catalogue.Catalogue;
import radio.sim.catalogue.CatalogueSpec;
import radio.sim.catalogue.LabelledStarFiles;
import radio.sim.catalogue.StarPopulation;
import radio.spark.s3.S3Object;

/** --model: each light curve gets the score {@code radio classify} gives its file, in the job's own pipeline. */
class HostScoreTest {
    @TempDir
    static Path dir;
    static List<Path> files;
    static Path model;

    @BeforeAll
    static void trainAModel() throws Exception {
        Catalogue sky = Catalogue.generate(new CatalogueSpec(5, 0, 0, 0, false)
                .withLabelledStars(60, StarPopulation.standard()));
        files = LabelledStarFiles.write(sky, dir.resolve("lc"));
        Path labels = dir.resolve("labels.csv");
        Files.writeString(labels, LabelledStarFiles.labelsCsv(sky, true));
        Path dataset = dir.resolve("dataset");
        new DatasetBuilder(DatasetOptions.DEFAULT).build(Labels.read(labels), files, dataset, DatasetListener.NONE);
        model = dir.resolve("model");
        new ModelTrainer(TrainingOptions.defaults(Architecture.GBM).withSeed(7)).train(dataset, model,
                TrainingProgress.NONE);
    }

    @Test
    void eachLightCurveGetsTheScoreRadioClassifyGivesItsFile() throws Exception {
        SearchSettings settings = settings(model.toString());
        try (HostScore score = HostScore.load(model); Classifier classifier = Classifier.load(model)) {
            LightCurvePipeline pipeline = new LightCurvePipeline(new FitsLightCurveReader(), settings,
                    Optional.of(score));
            for (Path file : files.subList(0, 6)) {
                Row row = pipeline.run(S3Object.of("stpubdata", "k2/x/" + file.getFileName()),
                        Files.readAllBytes(file));
                assertThat(cell(row, "status")).as(file.toString()).isEqualTo("ok");
                double expected = StarClassification.classify(classifier, List.of(file), 1).ranked().get(0)
                        .probability();
                assertThat(cell(row, "score")).as(file.toString()).isEqualTo(expected);
                assertThat(cell(row, "score_skipped")).isNull();
            }
        }
    }

    @Test
    void withoutAModelTheScoreIsNull() throws Exception {
        LightCurvePipeline pipeline = new LightCurvePipeline(new FitsLightCurveReader(), settings(""),
                Optional.empty());
        Path file = files.get(0);
        Row row = pipeline.run(S3Object.of("stpubdata", "k2/x/" + file.getFileName()), Files.readAllBytes(file));
        assertThat(cell(row, "status")).isEqualTo("ok");
        assertThat(cell(row, "score")).isNull();
    }

    @Test
    void aFolderThatIsNoModelStopsTheJobBeforeAnyWork() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("not-a-model"));
        assertThatThrownBy(() -> JobArguments.parse(new String[] {"--prefix", "s3://stpubdata/k2/", "--out",
                dir.resolve("out").toString(), "--model", empty.toString()}, Map.of()))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("--model " + empty + ": ");
    }

    /** A cell of an outcome row (rows made in a task carry no schema). */
    private static Object cell(Row row, String column) {
        return row.get(Tables.OUTCOMES.fieldIndex(column));
    }

    private static SearchSettings settings(String modelDir) {
        return new SearchSettings("", 1, 0, 10, 1, Double.NaN, Double.NaN,
                List.of(0.05, 0.1, 0.15, 0.2, 0.25, 0.33), 10, modelDir);
    }
}
