package radio.archive.mast;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One file of an observation ({@code Mast.Caom.Products} row). {@code dataUri} is what is downloaded or looked
 * up in the cloud; pass it back exactly as received.
 *
 * @param obsid            {@code obsID}: the obsid this row was listed under (the one asked for)
 * @param obsId            {@code obs_id} of the parent observation, e.g. {@code ktwo228725972-c10_lc}
 * @param obsCollection    {@code K2}, {@code HLSP}, {@code TESS}, ...
 * @param dataUri          e.g. {@code mast:K2/url/missions/k2/lightcurves/c102/228700000/25000/ktwo228725972-c102_llc.fits}
 * @param productFilename  the file's base name (last segment of the URI when the column is missing)
 * @param subGroup         {@code productSubGroupDescription}: file-type code such as {@code LLC}, {@code LC}, {@code TP}
 * @param productType      {@code SCIENCE}, {@code AUXILIARY}, {@code PREVIEW}, ...
 * @param groupDescription {@code productGroupDescription}, e.g. {@code Minimum Recommended Products}
 * @param description      human label, e.g. {@code Lightcurve Long Cadence (KLC) - C10-2}
 * @param project          pipeline for this product: {@code K2}, {@code SPOC}, {@code K2SFF}, ...
 * @param dataproductType  {@code timeseries}, ...
 * @param prvversion       processing version
 * @param sizeBytes        file size in bytes
 * @param parentObsid      {@code parent_obsid}
 * @param dataRights       {@code PUBLIC}, ...
 */
public record DataProduct(long obsid, String obsId, String obsCollection, String dataUri, String productFilename,
                          Optional<String> subGroup, Optional<String> productType, Optional<String> groupDescription,
                          Optional<String> description, Optional<String> project, Optional<String> dataproductType,
                          Optional<String> prvversion, OptionalLong sizeBytes, OptionalLong parentObsid,
                          Optional<String> dataRights) {
    private static final Logger LOG = LoggerFactory.getLogger(DataProduct.class);

    public DataProduct {
        Objects.requireNonNull(obsId, "obsId");
        Objects.requireNonNull(obsCollection, "obsCollection");
        Objects.requireNonNull(dataUri, "dataUri");
        Objects.requireNonNull(productFilename, "productFilename");
        Objects.requireNonNull(subGroup, "subGroup");
        Objects.requireNonNull(productType, "productType");
        Objects.requireNonNull(groupDescription, "groupDescription");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(dataproductType, "dataproductType");
        Objects.requireNonNull(prvversion, "prvversion");
        Objects.requireNonNull(sizeBytes, "sizeBytes");
        Objects.requireNonNull(parentObsid, "parentObsid");
        Objects.requireNonNull(dataRights, "dataRights");
    }

    /** The product in a row, or empty (logged at debug) when it lacks {@code obsID} or {@code dataURI}. */
    public static Optional<DataProduct> fromRow(MastRow r) {
        OptionalLong obsid = r.integer("obsID");
        if (obsid.isEmpty()) {
            obsid = r.integer("obsid");
        }
        Optional<String> uri = r.text("dataURI");
        if (obsid.isEmpty() || uri.isEmpty()) {
            LOG.debug("skipping a product row without obsID/dataURI: {}", r);
            return Optional.empty();
        }
        String file = r.text("productFilename").orElseGet(() -> lastSegment(uri.get()));
        return Optional.of(new DataProduct(obsid.getAsLong(), r.text("obs_id").orElse(""),
                r.text("obs_collection").orElse(""), uri.get(), file, r.text("productSubGroupDescription"),
                r.text("productType"), r.text("productGroupDescription"), r.text("description"), r.text("project"),
                r.text("dataproduct_type"), r.text("prvversion"), r.integer("size"), r.integer("parent_obsid"),
                r.text("dataRights")));
    }

    /** True when the file-type code equals {@code code}, ignoring case. */
    public boolean hasSubGroup(String code) {
        return subGroup.map(s -> s.equalsIgnoreCase(code)).orElse(false);
    }

    private static String lastSegment(String uri) {
        int slash = uri.lastIndexOf('/');
        return slash < 0 ? uri : uri.substring(slash + 1);
    }
}
