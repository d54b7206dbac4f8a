package radio.hunt;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import radio.api.Search;
import radio.vetting.PlanetSearchOptions;

/**
 * What to hunt.
 *
 * @param search  the targets and which of their products (light curves: e.g. LLC and LC)
 * @param out     the folder light curves are downloaded into ({@code out/mastDownload/...})
 * @param sheets  where vetting sheets go ({@code <sheets>/<target>-<n>.png}); none when empty
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
}
