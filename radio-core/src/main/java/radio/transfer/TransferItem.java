package radio.transfer;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One file to download, with what is known about it. Built from a search result ({@link #product}) or from a
 * {@code --uri-file} line ({@link #ofDataUri}, {@link #ofS3}).
 *
 * <p>Names and keys are taken exactly as the server gave them: this record does <em>not</em> judge whether they
 * are safe. The engine computes the destination and refuses (as a failed item naming the culprit) anything that
 * would land outside the output folder.
 *
 * @param target          the target name the user asked for, when known (manifest {@code target})
 * @param obsCollection   mission, e.g. {@code K2}; required for the {@link Layout#MAST_DOWNLOAD} layout
 * @param obsId           observation id, e.g. {@code ktwo228725972-c102_lc}; required for {@link Layout#MAST_DOWNLOAD}
 * @param product         product sub-group code, e.g. {@code LLC} (manifest {@code product})
 * @param productFilename the file name; required for {@link Layout#MAST_DOWNLOAD}
 * @param dataUri         the {@code mast:} data URI, needed to download from MAST
 * @param s3              the cloud copy, needed to download from S3
 * @param expectedSize    size in bytes according to the archive; a download is kept only if it has exactly this size
 * @param layout          where the file lands under the output folder
 */
public record TransferItem(Optional<String> target, Optional<String> obsCollection, Optional<String> obsId,
                           Optional<String> product, Optional<String> productFilename, Optional<String> dataUri,
                           Optional<S3Location> s3, OptionalLong expectedSize, Layout layout) {

    /** Where a file lands under the output folder {@code OUT}. */
    public enum Layout {
        /** {@code OUT/mastDownload/<obs_collection>/<obs_id>/<productFilename>} (astroquery's and lightkurve's cache). */
        MAST_DOWNLOAD,
        /**
         * {@code OUT/<key path>}: the S3 key, or the data URI after {@code mast:}, for URIs given without metadata.
         */
        KEY_PATH
    }

    public TransferItem {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(obsCollection, "obsCollection");
        Objects.requireNonNull(obsId, "obsId");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(productFilename, "productFilename");
        Objects.requireNonNull(dataUri, "dataUri");
        Objects.requireNonNull(s3, "s3");
        Objects.requireNonNull(expectedSize, "expectedSize");
        Objects.requireNonNull(layout, "layout");
        if (dataUri.isEmpty() && s3.isEmpty()) {
            throw new IllegalArgumentException("a transfer item needs a data URI or an S3 location");
        }
        dataUri.ifPresent(u -> {
            if (u.isBlank()) {
                throw new IllegalArgumentException("blank data URI");
            }
        });
        if (expectedSize.isPresent() && expectedSize.getAsLong() < 0) {
            throw new IllegalArgumentException("negative expected size " + expectedSize.getAsLong() + " for "
                    + dataUri.orElseGet(() -> s3.get().uri()));
        }
        if (layout == Layout.MAST_DOWNLOAD
                && (obsCollection.isEmpty() || obsId.isEmpty() || productFilename.isEmpty())) {
            throw new IllegalArgumentException("the mastDownload layout needs obs_collection, obs_id and "
                    + "productFilename for " + dataUri.orElseGet(() -> s3.get().uri()));
        }
    }

    /**
     * A product from a search, landing at {@code OUT/mastDownload/<obsCollection>/<obsId>/<productFilename>}.
     *
     * @param size the product's {@code size} column, when given
     */
    public static TransferItem product(String target, String obsCollection, String obsId, Optional<String> product,
                                       String productFilename, String dataUri, Optional<S3Location> s3,
                                       OptionalLong size) {
        return new TransferItem(Optional.ofNullable(target), Optional.of(obsCollection), Optional.of(obsId),
                product, Optional.of(productFilename), Optional.of(dataUri), s3, size, Layout.MAST_DOWNLOAD);
    }

    /** A bare {@code mast:} URI, landing at {@code OUT/<URI after "mast:">}; downloadable from MAST only. */
    public static TransferItem ofDataUri(String dataUri) {
        return new TransferItem(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(dataUri), Optional.empty(), OptionalLong.empty(), Layout.KEY_PATH);
    }

    /** A bare S3 object, landing at {@code OUT/<key>}; downloadable from S3 only. */
    public static TransferItem ofS3(S3Location s3) {
        return new TransferItem(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(s3), OptionalLong.empty(), Layout.KEY_PATH);
    }

    /** The URI identifying this item: the data URI when there is one, else {@code s3://bucket/key}. */
    public String uri() {
        return dataUri.orElseGet(() -> s3.orElseThrow().uri());
    }

    /** A short name for messages: the file name, else the URI. */
    public String displayName() {
        return productFilename.orElseGet(this::uri);
    }
}
