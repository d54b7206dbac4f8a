package radio.ml.dataset;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The inputs a data set can hold for each star.
 * <ul>
 *   <li>{@link #FLUX}: the whole light curve on a uniform time grid of a fixed length (Kaggle's exoTrain layout,
 *       what spacekit's CNN reads);</li>
 *   <li>{@link #GLOBAL}: AstroNet's global view, the light curve folded on the ephemeris and median-binned over
 *       the whole phase;</li>
 *   <li>{@link #LOCAL}: AstroNet's local view, the same fold binned over ±2 transit durations;</li>
 *   <li>{@link #SCALARS}: vetting numbers from the BLS model at the ephemeris ({@link Scalars}).</li>
 * </ul>
 */
public enum View {
    FLUX, GLOBAL, LOCAL, SCALARS;

    /** The lower-case name used in options, Parquet columns and model cards. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The view named {@code key} ({@code flux}, {@code global}, {@code local}, {@code scalars}). */
    public static View of(String key) {
        for (View v : values()) {
            if (v.key().equals(key.trim().toLowerCase(Locale.ROOT))) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown view '" + key + "'; views are flux, global, local, scalars");
    }

    /** A comma-separated list such as {@code flux,global}; at least one view. */
    public static Set<View> parseList(String list) {
        Set<View> views = EnumSet.noneOf(View.class);
        for (String part : list.split(",")) {
            if (!part.isBlank()) {
                views.add(of(part));
            }
        }
        if (views.isEmpty()) {
            throw new IllegalArgumentException("no view named in '" + list + "'");
        }
        return views;
    }

    /** The keys of some views, in declaration order. */
    public static List<String> keys(Set<View> views) {
        List<String> out = new ArrayList<>();
        for (View v : values()) {
            if (views.contains(v)) {
                out.add(v.key());
            }
        }
        return out;
    }
}
