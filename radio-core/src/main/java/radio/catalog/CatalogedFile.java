package radio.catalog;

import java.util.Objects;
import java.util.Optional;

/**
 * A file the catalog vouches for, with what a search knew of it when it was found: the product and its observation,
 * for files that came from a search (a bare URI download has neither).
 *
 * @param file        the file's record
 * @param target      the target key it was found under ({@code K2-21}, {@code ktwo206011691}, {@code TIC 25155310})
 * @param product     its product row
 * @param observation the observation the product belongs to
 */
public record CatalogedFile(FileRecord file, Optional<String> target, Optional<ProductRow> product,
                            Optional<ObservationRow> observation) {
    public CatalogedFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(observation, "observation");
    }
}
