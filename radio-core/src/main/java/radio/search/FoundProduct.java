package radio.search;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import radio.archive.mast.DataProduct;
import radio.archive.mast.Observation;

/**
 * One data product found for one target: the row {@code radio search} prints and {@code radio download}
 * fetches.
 *
 * @param target      the target exactly as the user gave it (e.g. {@code K2-18})
 * @param observation the observation the product belongs to (cadence, collection, target name)
 * @param product     the product (data URI, file name, size, type code)
 * @param s3Key       key in the public bucket from {@code path_lookup}, without a leading {@code /};
 *                    empty = not in the cloud (download it from MAST instead)
 */
public record FoundProduct(String target, Observation observation, DataProduct product, Optional<String> s3Key) {
    public FoundProduct {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(observation, "observation");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(s3Key, "s3Key");
    }

    /** The parent observation id as the product lists it (the download folder name). */
    public String obsId() {
        return product.obsId().isBlank() ? observation.obsId() : product.obsId();
    }

    /** The product's collection ({@code K2}, {@code HLSP}, ...), the download folder's parent. */
    public String obsCollection() {
        return product.obsCollection().isBlank() ? observation.obsCollection() : product.obsCollection();
    }

    public String dataUri() {
        return product.dataUri();
    }

    public String productFilename() {
        return product.productFilename();
    }

    /** {@code productSubGroupDescription}, e.g. {@code LLC}. */
    public Optional<String> productCode() {
        return product.subGroup();
    }

    public OptionalLong sizeBytes() {
        return product.sizeBytes();
    }

    /** The product's season, author and year, as lightkurve's search table shows them. */
    public Provenance provenance() {
        return Provenance.of(observation, product);
    }

    /** The observation's cadence in seconds. */
    public OptionalDouble exptimeSeconds() {
        return observation.exptimeSeconds();
    }
}
