package radio.catalog;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One downloadable data product found for a target, as kept in the catalog: everything {@code radio search}
 * prints and {@code radio download} needs, so both can answer offline.
 *
 * @param obsId           parent observation id ({@code obs_id})
 * @param obsCollection   mission, e.g. {@code K2}
 * @param tExptime        exposure time in seconds, when known
 * @param product         the product sub-group code ({@code productSubGroupDescription}, e.g. {@code LLC}), when given
 * @param productFilename file name of the product
 * @param size            size in bytes according to MAST, when given
 * @param dataUri         the {@code mast:} data URI (unique per product)
 * @param s3Key           key in the public bucket, when the cloud copy is known
 */
public record ProductRow(String obsId, String obsCollection, OptionalDouble tExptime, Optional<String> product,
                         String productFilename, OptionalLong size, String dataUri, Optional<String> s3Key) {
    public ProductRow {
        Rows.requireText("obsId", obsId);
        Rows.requireText("obsCollection", obsCollection);
        Objects.requireNonNull(tExptime, "tExptime");
        Objects.requireNonNull(product, "product");
        Rows.requireText("productFilename", productFilename);
        Objects.requireNonNull(size, "size");
        if (size.isPresent() && size.getAsLong() < 0) {
            throw new IllegalArgumentException("size of " + dataUri + " is negative: " + size.getAsLong());
        }
        Rows.requireText("dataUri", dataUri);
        Objects.requireNonNull(s3Key, "s3Key");
    }
}
