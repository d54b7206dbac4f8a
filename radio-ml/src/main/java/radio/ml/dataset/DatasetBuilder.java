package radio.ml.dataset;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import radio.output.Csv;

/**
 * Builds a data set folder from labels and light-curve files:
 * {@code dataset.parquet}, {@code train.csv}/{@code val.csv}/{@code test.csv} (exoTrain layout, when the
 * {@code flux} view is built), {@code skipped.csv} ({@code star,reason}) and {@code dataset.json} (options, counts
 * per split and label, radio's version).
 *
 * <p>Files are grouped by star from their names (pipeline and HLSP naming), or from their header when the name
 * says nothing. Stars are split before any light curve is read ({@link Splits#assign}), then processed on all
 * processors and written in target order as they finish; at most two stars per thread are held in memory at a
 * time, so any number of stars can be built. A labelled star without files, a star without a label, a file that
 * cannot be read, a NaN-only or too-short light curve are listed in {@code skipped.csv} and the rest goes on.
 */
public final class DatasetBuilder {
    /** The files a build writes (and an overwrite replaces). */
    public static final List<String> OUTPUTS = List.of(ParquetDataset.FILE, "train.csv", "val.csv", "test.csv",
            "skipped.csv", DatasetSummary.FILE);
    private static final Logger LOG = LoggerFactory.getLogger(DatasetBuilder.class);

    private final DatasetOptions options;

    public DatasetBuilder(DatasetOptions options) {
        this.options = options;
    }

    /**
     * Builds the data set into {@code out}.
     *
     * @param labels what each star is (and its ephemeris, when known)
     * @param files  light-curve files of the stars
     * @throws OutputFolder.OutputExistsException when {@code out} is not empty and overwriting is off (nothing done)
     * @throws IOException                        when an output cannot be written
     */
    public DatasetReport build(Labels labels, List<Path> files, Path out, DatasetListener listener)
            throws IOException, InterruptedException {
        OutputFolder.prepare(out, options.overwrite(), OUTPUTS, "--out");
        List<DatasetReport.Skipped> skipped = new ArrayList<>();
        Map<String, List<Path>> byStar = StarFiles.groupByStar(files, skipped);
        Map<String, Integer> usable = new TreeMap<>();
        for (Labels.Entry e : labels.entries().values()) {
            if (byStar.containsKey(e.target())) {
                usable.put(e.target(), e.label());
            } else {
                skipped.add(new DatasetReport.Skipped(e.target(), "labelled, but no light-curve file of this star "
                        + "was given"));
            }
        }
        byStar.keySet().stream().filter(s -> labels.of(s).isEmpty()).forEach(s ->
                skipped.add(new DatasetReport.Skipped(s, "has light-curve files but no label")));
        Map<String, String> split = options.splits().assign(usable, options.seed());
        listener.started(usable.size());

        Preprocessor pre = new Preprocessor(options.settings(), options.views(), options.prewhitening());
        Map<String, Map<Integer, Integer>> counts = new LinkedHashMap<>();
        Splits.NAMES.forEach(s -> counts.put(s, new TreeMap<>(Map.of(0, 0, 1, 0))));
        boolean csv = options.views().contains(View.FLUX);
        int threads = options.threadCount();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "radio-dataset");
            t.setDaemon(true);
            return t;
        });
        Map<String, ExoTrainCsv> csvs = new LinkedHashMap<>();
        try (ParquetDataset.Writer parquet = new ParquetDataset.Writer(out.resolve(ParquetDataset.FILE))) {
            if (csv) {
                for (String s : Splits.NAMES) {
                    csvs.put(s, new ExoTrainCsv(out.resolve(s + ".csv"), options.settings().fluxLength()));
                }
            }
            Deque<Future<Outcome>> window = new ArrayDeque<>();
            for (Map.Entry<String, Integer> star : usable.entrySet()) {
                String target = star.getKey();
                Optional<Ephemeris> known = labels.of(target).flatMap(Labels.Entry::ephemeris);
                List<Path> its = byStar.get(target);
                int label = star.getValue();
                window.add(pool.submit(() -> process(pre, target, label, its, known, split.get(target))));
                if (window.size() >= 2 * threads) {
                    write(window.poll(), parquet, csvs, counts, skipped, listener);
                }
            }
            while (!window.isEmpty()) {
                write(window.poll(), parquet, csvs, counts, skipped, listener);
            }
        } finally {
            pool.shutdownNow();
            for (ExoTrainCsv c : csvs.values()) {
                c.close();
            }
        }
        writeSkipped(out.resolve("skipped.csv"), skipped);
        DatasetReport report = new DatasetReport(out, counts, skipped);
        DatasetSummary.write(out.resolve(DatasetSummary.FILE), report, options, csv);
        LOG.debug("data set {}: {} examples, {} skipped", out, report.examples(), skipped.size());
        return report;
    }

    /** A processed star: its example or why it was skipped. */
    private record Outcome(String target, Example example, String reason) {
    }

    private static Outcome process(Preprocessor pre, String target, int label, List<Path> files,
                                   Optional<Ephemeris> known, String split) {
        try {
            return new Outcome(target, pre.process(target, label, files, known).inSplit(split), null);
        } catch (SkippedStarException e) {
            return new Outcome(target, null, e.getMessage());
        } catch (RuntimeException e) {
            LOG.debug("preprocessing {} failed", target, e);
            return new Outcome(target, null, "preprocessing failed: " + e);
        }
    }

    private static void write(Future<Outcome> next, ParquetDataset.Writer parquet, Map<String, ExoTrainCsv> csvs,
                              Map<String, Map<Integer, Integer>> counts, List<DatasetReport.Skipped> skipped,
                              DatasetListener listener) throws IOException, InterruptedException {
        Outcome o;
        try {
            o = next.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("unexpected failure while preprocessing", e.getCause());
        }
        if (o.example == null) {
            skipped.add(new DatasetReport.Skipped(o.target, o.reason));
            listener.star(o.target, false, o.reason);
            return;
        }
        Example e = o.example;
        parquet.write(e);
        ExoTrainCsv c = csvs.get(e.split());
        if (c != null) {
            c.write(e.label(), e.view(View.FLUX).orElseThrow());
        }
        counts.get(e.split()).merge(e.label(), 1, Integer::sum);
        listener.star(o.target, true, "");
    }

    private static void writeSkipped(Path file, List<DatasetReport.Skipped> skipped) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("star,reason\n");
            for (DatasetReport.Skipped s : skipped) {
                w.write(Csv.line(List.of(s.star(), s.reason())) + "\n");
            }
        }
    }
}
