package radio.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import radio.archive.mast.DataProduct;
import radio.archive.mast.Observation;
import radio.catalog.ObservationRow;
import radio.catalog.ProductRow;
import radio.catalog.ResolvedTarget;
import radio.catalog.SearchRecord;
import radio.search.FoundProduct;
import radio.search.TargetResolution;
import radio.transfer.S3Location;
import radio.transfer.TransferItem;

/** Conversions between search results, catalog rows and transfer items. */
final class ProductRecords {
    private ProductRecords() {
    }

    /** A target's search answer as the catalog keeps it: its products and the observations they belong to. */
    static SearchRecord searchRecord(String targetKey, String selectionKey, Instant fetchedAt,
                                     List<FoundProduct> products) {
        Map<Long, ObservationRow> observations = new LinkedHashMap<>();
        List<ProductRow> rows = new ArrayList<>(products.size());
        for (FoundProduct p : products) {
            Observation o = p.observation();
            observations.computeIfAbsent(o.obsid(), id -> new ObservationRow(Long.toString(id), o.obsId(),
                    o.obsCollection(), Optional.of(o.targetName()).filter(n -> !n.isBlank()), o.exptimeSeconds(),
                    o.project(), o.provenanceName(), o.sequenceNumber(), o.tMin()));
            rows.add(new ProductRow(p.obsId(), p.obsCollection(), p.exptimeSeconds(), p.productCode(),
                    p.productFilename(), p.sizeBytes(), p.dataUri(), p.s3Key()));
        }
        return new SearchRecord(targetKey, selectionKey, fetchedAt, List.copyOf(observations.values()), rows);
    }

    /**
     * The products of a recorded answer, for {@code target} as the user gave it now. What the catalog does not keep
     * (descriptions, project, ...) is empty; everything {@code radio search} prints and a download needs is there.
     */
    static List<FoundProduct> foundProducts(String target, SearchRecord record) {
        Map<String, ObservationRow> byObsId = new HashMap<>();
        for (ObservationRow o : record.observations()) {
            byObsId.putIfAbsent(o.obsId(), o);
        }
        List<FoundProduct> out = new ArrayList<>(record.products().size());
        for (ProductRow p : record.products()) {
            out.add(foundProduct(target, p, Optional.ofNullable(byObsId.get(p.obsId()))));
        }
        return out;
    }

    /** One product as the catalog keeps it, with its observation when known. */
    static FoundProduct foundProduct(String target, ProductRow p, Optional<ObservationRow> observationRow) {
        ObservationRow o = observationRow.orElse(null);
        long obsid = o == null ? 0 : parseObsid(o.obsid());
        Observation observation = new Observation(obsid, p.obsId(),
                o == null ? "" : o.targetName().orElse(""), p.obsCollection(),
                o == null ? Optional.empty() : o.project(), o == null ? Optional.empty() : o.provenanceName(),
                Optional.empty(), p.tExptime(), o == null ? OptionalLong.empty() : o.sequenceNumber(),
                OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty(), OptionalDouble.empty(),
                o == null ? OptionalDouble.empty() : o.tMin());
        DataProduct product = new DataProduct(obsid, p.obsId(), p.obsCollection(), p.dataUri(),
                p.productFilename(), p.product(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), p.size(), OptionalLong.empty(),
                Optional.empty());
        return new FoundProduct(target, observation, product, p.s3Key());
    }

    /** What a target resolved to, as the catalog keeps it. */
    static ResolvedTarget resolvedTarget(String targetKey, TargetResolution how, Instant at) {
        Optional<String> names = how.targetNames().isEmpty() ? Optional.empty()
                : Optional.of(String.join(",", how.targetNames().stream().sorted().toList()));
        OptionalDouble ra = how.position().map(p -> OptionalDouble.of(p.ra())).orElse(OptionalDouble.empty());
        OptionalDouble dec = how.position().map(p -> OptionalDouble.of(p.dec())).orElse(OptionalDouble.empty());
        return new ResolvedTarget(targetKey, names, ra, dec, how.via(), at);
    }

    /**
     * A found product as a file to download, landing at {@code OUT/mastDownload/<obs_collection>/<obs_id>/<file>}.
     *
     * @param bucket the bucket its S3 key is in
     */
    public static TransferItem transferItem(FoundProduct p, String bucket) {
        return TransferItem.product(p.target(), p.obsCollection(), p.obsId(), p.productCode(), p.productFilename(),
                p.dataUri(), p.s3Key().map(k -> new S3Location(bucket, k)), p.sizeBytes());
    }

    private static long parseObsid(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
