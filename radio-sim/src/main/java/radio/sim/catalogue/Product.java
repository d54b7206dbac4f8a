package radio.sim.catalogue;

import java.util.Objects;
import java.util.Optional;

import radio.sim.content.ContentSpec;

/**
 * One product row of {@code Mast.Caom.Products}: the 20 columns of MAST's current schema in response order
 * (mast-api.md section 4.2), followed by what the simulation needs to serve the file: the target, the S3 key
 * ({@code path_lookup} answer without the leading slash, empty when not in the cloud), the cloud state and how
 * the bytes are made. {@code size} is the exact byte count the simulated servers deliver (for changed objects
 * too: a change keeps the size).
 */
public record Product(long obsID, String obsCollection, String dataproductType, String obsId, String description,
                      String type, String dataUri, String productType, String productGroupDescription,
                      String productSubGroupDescription, String productDocumentationUrl, String project,
                      String prvversion, String proposalId, String productFilename, long size, long parentObsid,
                      String dataRights, int calibLevel, String filters, Target target, Optional<String> s3Key,
                      CloudState cloud, ContentSpec content) {
    public Product {
        Objects.requireNonNull(dataUri, "dataUri");
        Objects.requireNonNull(productFilename, "productFilename");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(s3Key, "s3Key");
        Objects.requireNonNull(cloud, "cloud");
        Objects.requireNonNull(content, "content");
        if (size < 1) {
            throw new IllegalArgumentException("product " + dataUri + " has size " + size);
        }
        if (s3Key.isEmpty() != (cloud == CloudState.NOT_IN_CLOUD)) {
            throw new IllegalArgumentException("product " + dataUri + ": key " + s3Key + " vs cloud state " + cloud);
        }
    }

    /**
     * This row as listed under another observation that contains it (an HST association or JWST combined
     * observation listing its members' files): only {@code obsID} changes; {@code obs_id} still names the dataset
     * the file belongs to.
     */
    public Product alsoListedUnder(long otherObsid) {
        return new Product(otherObsid, obsCollection, dataproductType, obsId, description, type, dataUri,
                productType, productGroupDescription, productSubGroupDescription, productDocumentationUrl, project,
                prvversion, proposalId, productFilename, size, parentObsid, dataRights, calibLevel, filters, target,
                s3Key, cloud, content);
    }

    /** This row as listed under another observation (MAST lists some products under several obsids). */
    public Product listedUnder(long otherObsid, String otherObsId) {
        return new Product(otherObsid, obsCollection, dataproductType, otherObsId, description, type, dataUri,
                productType, productGroupDescription, productSubGroupDescription, productDocumentationUrl, project,
                prvversion, proposalId, productFilename, size, parentObsid, dataRights, calibLevel, filters, target,
                s3Key, cloud, content);
    }
}
