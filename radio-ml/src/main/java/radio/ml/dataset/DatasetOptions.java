package radio.ml.dataset;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How a data set is built.
 *
 * @param views        the views to compute
 * @param settings     their sizes
 * @param splits       train/validation/test fractions
 * @param seed         seed of the split assignment
 * @param threads      stars processed at once; 0 = one per processor
 * @param prewhitening how stellar variability is removed before flattening
 * @param overwrite    whether an existing, non-empty output folder may be written into
 */
public record DatasetOptions(Set<View> views, ViewSettings settings, Splits splits, long seed, int threads,
                             Prewhitening prewhitening, boolean overwrite) {
    /** Every view at the default sizes, 80/10/10, seed 42, all processors, prewhitening on. */
    public static final DatasetOptions DEFAULT = new DatasetOptions(EnumSet.allOf(View.class), ViewSettings.DEFAULT,
            Splits.DEFAULT, 42, 0, Prewhitening.DEFAULT, false);

    public DatasetOptions {
        views = Set.copyOf(views);
        if (views.isEmpty()) {
            throw new IllegalArgumentException("at least one view is needed");
        }
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(splits, "splits");
        Objects.requireNonNull(prewhitening, "prewhitening");
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (all processors) or more: " + threads);
        }
    }

    public DatasetOptions withViews(Set<View> v) {
        return new DatasetOptions(v, settings, splits, seed, threads, prewhitening, overwrite);
    }

    public DatasetOptions withSettings(ViewSettings s) {
        return new DatasetOptions(views, s, splits, seed, threads, prewhitening, overwrite);
    }

    public DatasetOptions withSplits(Splits s) {
        return new DatasetOptions(views, settings, s, seed, threads, prewhitening, overwrite);
    }

    public DatasetOptions withSeed(long s) {
        return new DatasetOptions(views, settings, splits, s, threads, prewhitening, overwrite);
    }

    public DatasetOptions withThreads(int n) {
        return new DatasetOptions(views, settings, splits, seed, n, prewhitening, overwrite);
    }

    public DatasetOptions withPrewhitening(Prewhitening p) {
        return new DatasetOptions(views, settings, splits, seed, threads, p, overwrite);
    }

    public DatasetOptions withOverwrite(boolean o) {
        return new DatasetOptions(views, settings, splits, seed, threads, prewhitening, o);
    }

    int threadCount() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
