package radio.ml.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import radio.ml.dataset.Preprocessor;
import radio.ml.dataset.Prewhitening;
import radio.ml.dataset.View;
import radio.ml.dataset.ViewSettings;

/**
 * {@code model-card.json}, beside the weights (networks) or the trees (gradient boosting) in a model folder: the
 * architecture and its width, the input views and their lengths, every hyper-parameter, the data set (folder and
 * SHA-256 of its Parquet file), the training history, the decision threshold, metrics per split, and the versions
 * of radio (and of DJL and the engine, for networks). A model is loaded from its card: the card decides the model,
 * so a folder's weights always meet the right block, and a card whose architecture does not match the folder's
 * files is refused with a message that says so.
 *
 * @param architecture the model
 * @param width        the network's width factor (1 for trees)
 * @param lengths      input view → length
 * @param threshold    decision threshold on the probability
 * @param json         the whole card
 */
public record ModelCard(Architecture architecture, double width, Map<View, Integer> lengths, double threshold,
                        ObjectNode json) {
    /** The card's file name. */
    public static final String FILE = "model-card.json";
    /** The weights' name prefix ({@code radio-cnn-0000.params}). */
    public static final String NAME = "radio-cnn";
    public static final String WEIGHTS = NAME + "-0000.params";
    /** Gradient boosting's trees ({@link Architecture#GBM}), instead of weights. */
    public static final String TREES = "radio-gbm.json";
    /** The card's format; {@code radio-cnn/1} cards (networks only) are read too. */
    static final String FORMAT = "radio-model/1";
    /** Loads exactly {@link #WEIGHTS} (DJL would otherwise take the highest-numbered params file it finds). */
    static final Map<String, String> WEIGHTS_OPTIONS = Map.of("epoch", "0");
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ModelCard {
        lengths = Map.copyOf(lengths);
    }

    /** Reads the card of a model folder. */
    public static ModelCard read(Path modelDir) throws IOException {
        Path file = modelDir.resolve(FILE);
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new ModelException(modelDir + " is not a radio model folder: it has no " + FILE);
        }
        if (!(root instanceof ObjectNode card) || !(root.path("format").asText().startsWith("radio-model/")
                || root.path("format").asText().startsWith("radio-cnn/"))) {
            throw new ModelException(file + " is not a radio model card");
        }
        Architecture a;
        try {
            a = Architecture.of(root.path("architecture").asText());
        } catch (IllegalArgumentException e) {
            throw new ModelException(file + ": " + e.getMessage());
        }
        Map<View, Integer> lengths = new EnumMap<>(View.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("lengths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            lengths.put(View.of(e.getKey()), e.getValue().asInt());
        }
        for (View v : a.inputs()) {
            if (!lengths.containsKey(v)) {
                throw new ModelException(file + ": no length for the " + v.key() + " input of " + a.key());
            }
        }
        return new ModelCard(a, root.path("width").asDouble(1), lengths, root.path("threshold").asDouble(0.5), card);
    }

    void write(Path modelDir) throws IOException {
        Files.writeString(modelDir.resolve(FILE), JSON.writeValueAsString(json) + "\n");
    }

    /**
     * The preprocessing the model's data set was made with (view sizes, local view widths, prewhitening), so that
     * stars to classify are prepared the same way.
     */
    public Preprocessor preprocessor() {
        JsonNode pre = json.path("preprocessing");
        ViewSettings d = ViewSettings.DEFAULT;
        JsonNode len = pre.path("lengths");
        ViewSettings settings = new ViewSettings(len.path("flux").asInt(d.fluxLength()),
                len.path("global").asInt(d.globalBins()), len.path("local").asInt(d.localBins()),
                pre.path("local_view_half_width_durations").asDouble(d.localDurations()),
                pre.path("local_bin_width_durations").asDouble(d.localBinWidth()));
        JsonNode pw = pre.path("prewhitening");
        Prewhitening p = Prewhitening.DEFAULT;
        Prewhitening prewhitening = new Prewhitening(pw.path("max_terms").asInt(p.maxTerms()),
                pw.path("min_period_days").asDouble(p.minPeriodDays()),
                pw.path("max_period_days").asDouble(p.maxPeriodDays()), pw.path("false_alarm").asDouble(p.falseAlarm()));
        return new Preprocessor(settings, java.util.EnumSet.copyOf(architecture.inputs()), prewhitening);
    }

    /** How it was trained, in a few words: {@code gbm, 200 trees of depth 3} or {@code astronet, 12 epochs (best 4)}. */
    public String training() {
        JsonNode hp = json.path("hyper_parameters");
        return architecture.network()
                ? String.format(java.util.Locale.ROOT, "%s, %d epochs (best %d)", architecture.key(),
                        json.path("epochs_run").asInt(), json.path("best_epoch").asInt())
                : String.format(java.util.Locale.ROOT, "%s, %d trees of depth %d", architecture.key(),
                        hp.path("trees").asInt(), hp.path("depth").asInt());
    }

    /** The metrics recorded for a split, if any. */
    public JsonNode metrics(String split) {
        return json.path("metrics").path(split);
    }
}
