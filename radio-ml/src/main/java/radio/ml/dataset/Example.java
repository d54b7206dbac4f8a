package radio.ml.dataset;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One star of a data set: its label (when known), where its ephemeris came from, the files it was made from and
 * the views. Views are float vectors of the lengths in {@link ViewSettings}. Immutable (the arrays are the
 * caller's to not change; {@link #view} hands out the stored array for speed).
 *
 * @param target    canonical name ({@code EPIC 211089792})
 * @param mission   K2, Kepler or TESS
 * @param label     1 host, 0 not, -1 unknown (classification)
 * @param split     train, val or test; empty text when not in a split
 * @param ephemeris what the folded views were folded on
 * @param files     the light-curve files, as given
 * @param sha256    SHA-256 of each file, hex
 * @param views     the views computed
 */
public record Example(String target, String mission, int label, String split, Ephemeris ephemeris, List<String> files,
                      List<String> sha256, Map<View, float[]> views) {
    public Example {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(mission, "mission");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(ephemeris, "ephemeris");
        files = List.copyOf(files);
        sha256 = List.copyOf(sha256);
        views = Collections.unmodifiableMap(new EnumMap<>(views));
    }

    /** The stored vector of a view. */
    public Optional<float[]> view(View v) {
        return Optional.ofNullable(views.get(v));
    }

    /** The same example with its files' SHA-256. */
    public Example withSha256(List<String> hashes) {
        return new Example(target, mission, label, split, ephemeris, files, hashes, views);
    }

    /** The same example in another split. */
    public Example inSplit(String newSplit) {
        return new Example(target, mission, label, newSplit, ephemeris, files, sha256, views);
    }
}
