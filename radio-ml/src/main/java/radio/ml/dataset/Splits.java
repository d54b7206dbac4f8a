package radio.ml.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Train/validation/test fractions, and the assignment of stars to them: by star (a star is in one split only),
 * stratified (each label is divided in the same proportions), reproducible (the same stars, labels and seed give
 * the same assignment, whatever order they come in).
 *
 * @param train fraction for training
 * @param val   fraction for validation (early stopping, threshold)
 * @param test  fraction held out
 */
public record Splits(double train, double val, double test) {
    public static final Splits DEFAULT = new Splits(0.8, 0.1, 0.1);
    /** Everything in the test split: a data set to evaluate a model on, not to train one. */
    public static final Splits TEST_ONLY = new Splits(0, 0, 1);
    public static final List<String> NAMES = List.of("train", "val", "test");

    public Splits {
        if (train < 0 || val < 0 || test < 0 || Math.abs(train + val + test - 1) > 1e-6) {
            throw new IllegalArgumentException("split fractions must be non-negative and add up to 1: " + train + ","
                    + val + "," + test);
        }
    }

    /** {@code 0.8,0.1,0.1}. */
    public static Splits parse(String text) {
        String[] p = text.split(",");
        if (p.length != 3) {
            throw new IllegalArgumentException("--split takes three fractions TRAIN,VAL,TEST such as 0.8,0.1,0.1, not '"
                    + text + "'");
        }
        try {
            return new Splits(Double.parseDouble(p[0].trim()), Double.parseDouble(p[1].trim()),
                    Double.parseDouble(p[2].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--split: '" + text + "' is not three numbers");
        }
    }

    /**
     * Assigns each star to a split.
     *
     * @param labels star → label
     * @return star → {@code train}, {@code val} or {@code test}
     */
    public Map<String, String> assign(Map<String, Integer> labels, long seed) {
        Map<Integer, List<String>> byLabel = new TreeMap<>();
        new TreeMap<>(labels).forEach((star, label) -> byLabel.computeIfAbsent(label, k -> new ArrayList<>()).add(star));
        Map<String, String> out = new HashMap<>();
        byLabel.forEach((label, stars) -> {
            SplittableRandom r = new SplittableRandom(seed * 31 + label);
            for (int i = stars.size() - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                String tmp = stars.get(i);
                stars.set(i, stars.get(j));
                stars.set(j, tmp);
            }
            int n = stars.size();
            int nTrain = (int) Math.round(n * train);
            int nVal = (int) Math.round(n * val);
            if (nTrain + nVal > n) {
                nVal = n - nTrain;
            }
            for (int i = 0; i < n; i++) {
                out.put(stars.get(i), i < nTrain ? "train" : i < nTrain + nVal ? "val" : "test");
            }
        });
        return out;
    }
}
