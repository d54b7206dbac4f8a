package radio.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import radio.vetting.PlanetSearchOptions;

/**
 * What {@link Radio#hunt} hunts: targets to search for transiting planets.
 *
 * @param search  the targets and which of their products (light curves: e.g. LLC and LC)
 * @param out     the folder light curves are downloaded into ({@code out/mastDownload/...})
 * @param sheets  the folder vetting sheets go into ({@link #sheetFile}); none when empty
 * @param offline answer from the catalog and the disk only, without the network
 * @param options how each target is searched and judged
 */
public record HuntRequest(Search search, Path out, Optional<Path> sheets, boolean offline,
                          PlanetSearchOptions options) {
    public HuntRequest {
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(sheets, "sheets");
        Objects.requireNonNull(options, "options");
        if (search.targets().isEmpty()) {
            throw new IllegalArgumentException("nothing to hunt: no targets");
        }
    }

    /** The targets, as given. */
    public List<String> targets() {
        return search.targets();
    }

    /**
     * Where the vetting sheet of a target's candidate goes: {@code <sheets>/<target>-<n>.png}, the target's name
     * with anything but letters, digits, dot, dash and underscore made an underscore ({@code TIC_25155310-1.png}).
     *
     * @param number the candidate's number, from 1
     */
    public static Path sheetFile(Path sheets, String target, int number) {
        return sheets.resolve(target.strip().replaceAll("[^A-Za-z0-9._-]", "_") + "-" + number + ".png");
    }
}
