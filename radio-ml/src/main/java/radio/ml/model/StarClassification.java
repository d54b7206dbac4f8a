package radio.ml.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import radio.ml.dataset.DatasetReport;
import radio.ml.dataset.Example;
import radio.ml.dataset.Preprocessor;
import radio.ml.dataset.SkippedStarException;
import radio.ml.dataset.StarFiles;

/**
 * Classifies stars from their light-curve files with a trained model: the files are grouped by star, each star is
 * prepared exactly as the model's data set was (its {@link ModelCard#preprocessor()}), folded on radio's own BLS
 * peak, and scored. Stars that cannot be prepared are returned with the reason.
 */
public final class StarClassification {
    private StarClassification() {
    }

    /**
     * One classified star.
     *
     * @param target      canonical name
     * @param probability that it hosts a transiting planet
     * @param periodDays  the BLS period its views were folded on
     * @param files       its files
     */
    public record Scored(String target, double probability, double periodDays, List<String> files) {
    }

    /**
     * The outcome: stars ranked by probability (highest first, ties by name) and those skipped.
     *
     * @param ranked  scored stars
     * @param skipped stars or files left out, with the reason
     */
    public record Result(List<Scored> ranked, List<DatasetReport.Skipped> skipped) {
    }

    /** Classifies the stars of {@code files} on {@code threads} threads (0 = one per processor). */
    public static Result classify(Classifier model, List<Path> files, int threads)
            throws IOException, InterruptedException {
        List<DatasetReport.Skipped> skipped = new ArrayList<>();
        Map<String, List<Path>> byStar = StarFiles.groupByStar(files, skipped);
        Preprocessor pre = model.card().preprocessor();
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "radio-classify");
            t.setDaemon(true);
            return t;
        });
        List<Example> examples = new ArrayList<>();
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Map.Entry<String, List<Path>> star : byStar.entrySet()) {
                futures.add(pool.submit(() -> {
                    try {
                        return pre.process(star.getKey(), -1, star.getValue(), Optional.empty());
                    } catch (SkippedStarException e) {
                        return new DatasetReport.Skipped(star.getKey(), e.getMessage());
                    }
                }));
            }
            for (Future<Object> f : futures) {
                Object o = f.get();
                if (o instanceof Example e) {
                    examples.add(e);
                } else {
                    skipped.add((DatasetReport.Skipped) o);
                }
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("unexpected failure while preparing stars", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<Scored> ranked = new ArrayList<>();
        if (!examples.isEmpty()) {
            float[] p = model.probabilities(examples);
            for (int i = 0; i < p.length; i++) {
                Example e = examples.get(i);
                ranked.add(new Scored(e.target(), p[i], e.ephemeris().periodDays(), e.files()));
            }
        }
        ranked.sort(Comparator.comparingDouble(Scored::probability).reversed().thenComparing(Scored::target));
        return new Result(ranked, skipped);
    }
}
