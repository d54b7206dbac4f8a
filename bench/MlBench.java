import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import radio.ml.dataset.Example;
import radio.ml.dataset.Labels;
import radio.ml.dataset.Preprocessor;
import radio.ml.dataset.Prewhitening;
import radio.ml.dataset.StarFiles;
import radio.ml.dataset.ViewSettings;
import radio.ml.dataset.ParquetDataset;
import radio.ml.dataset.View;
import radio.sim.catalogue.Catalogue;
import radio.sim.catalogue.CatalogueSpec;
import radio.sim.catalogue.LabelledStar;
import radio.sim.catalogue.LabelledStarFiles;
import radio.sim.catalogue.StarPopulation;

/**
 * Helper of bench/ml.sh.
 * <pre>
 *   MlBench export OUT STARS SEED standard|shifted   light curves into OUT/lc, OUT/labels.csv (ephemerides of planets
 *                                                    and binaries) and OUT/labels-all.csv (an ephemeris for every
 *                                                    star: the others folded at 3 d, so every tool does the same work)
 *   MlBench scalars DATASET OUT                      OUT/{train,val,test}-scalars.csv: label then the 7 scalars
 *   MlBench warm LABELS ROUNDS FILE...               radio's per-star work of bench (a) (global and local views, no
 *                                                    prewhitening), one thread, ROUNDS passes over the files in one
 *                                                    JVM: milliseconds per light curve in each pass (the first pays
 *                                                    for the JIT compiler, the later ones show the steady state)
 * </pre>
 */
public final class MlBench {
    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "export" -> export(Path.of(args[1]), Integer.parseInt(args[2]), Long.parseLong(args[3]),
                    args[4].equals("shifted") ? StarPopulation.shifted() : StarPopulation.standard());
            case "scalars" -> scalars(Path.of(args[1]), Path.of(args[2]));
            case "warm" -> warm(Path.of(args[1]), Integer.parseInt(args[2]),
                    java.util.Arrays.stream(args, 3, args.length).map(Path::of).toList());
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void export(Path out, int n, long seed, StarPopulation population) throws Exception {
        Catalogue c = Catalogue.generate(new CatalogueSpec(seed, 0, 0, 0, false).withLabelledStars(n, population));
        List<Path> files = LabelledStarFiles.write(c, out.resolve("lc"));
        Files.writeString(out.resolve("labels.csv"), LabelledStarFiles.labelsCsv(c, true));
        StringBuilder all = new StringBuilder("target,label,period_days,epoch_bjd,duration_hours\n");
        for (LabelledStar s : c.labelledStars()) {
            boolean known = !Double.isNaN(s.periodDays());
            all.append(String.format(Locale.ROOT, "%s,%d,%.7f,%.6f,%.4f%n", s.designation(), s.label(),
                    known ? s.periodDays() : 3.0, known ? s.epochBjd() : 2457000.5, known ? s.durationHours() : 3.0));
        }
        Files.writeString(out.resolve("labels-all.csv"), all.toString());
        System.out.println(files.size() + " light curves in " + out.resolve("lc"));
    }

    private static void scalars(Path dataset, Path out) throws Exception {
        List<Example> rows = ParquetDataset.readAll(dataset.resolve(ParquetDataset.FILE), EnumSet.of(View.SCALARS));
        for (String split : List.of("train", "val", "test")) {
            try (BufferedWriter w = Files.newBufferedWriter(out.resolve(split + "-scalars.csv"))) {
                for (Example e : rows) {
                    if (e.split().equals(split)) {
                        StringBuilder line = new StringBuilder().append(e.label());
                        for (float v : e.view(View.SCALARS).orElseThrow()) {
                            line.append(',').append(v);
                        }
                        w.write(line.append('\n').toString());
                    }
                }
            }
        }
    }

    private static void warm(Path labelsCsv, int rounds, List<Path> files) throws Exception {
        Labels labels = Labels.read(labelsCsv);
        Preprocessor pre = new Preprocessor(ViewSettings.DEFAULT, EnumSet.of(View.GLOBAL, View.LOCAL),
                Prewhitening.NONE);
        java.util.Map<String, List<Path>> byStar = StarFiles.groupByStar(files, new java.util.ArrayList<>());
        for (int round = 1; round <= rounds; round++) {
            long t0 = System.nanoTime();
            for (java.util.Map.Entry<String, List<Path>> star : byStar.entrySet()) {
                pre.process(star.getKey(), 1, star.getValue(), labels.of(star.getKey()).flatMap(Labels.Entry::ephemeris));
            }
            System.out.printf(Locale.ROOT, "pass %d: %.2f ms per light curve%n", round,
                    (System.nanoTime() - t0) / 1e6 / files.size());
        }
    }
}
