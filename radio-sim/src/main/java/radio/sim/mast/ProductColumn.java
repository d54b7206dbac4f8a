package radio.sim.mast;

import java.util.List;
import java.util.function.Function;

import radio.sim.catalogue.Product;

/** The 20 columns of {@code Mast.Caom.Products} rows in MAST's current response order. */
enum ProductColumn {
    OBS_ID_NUMBER("obsID", "string", Product::obsID),
    OBS_COLLECTION("obs_collection", "string", Product::obsCollection),
    DATAPRODUCT_TYPE("dataproduct_type", "string", Product::dataproductType),
    OBS_ID("obs_id", "string", Product::obsId),
    DESCRIPTION("description", "string", Product::description),
    TYPE("type", "string", Product::type),
    DATA_URI("dataURI", "string", Product::dataUri),
    PRODUCT_TYPE("productType", "string", Product::productType),
    GROUP("productGroupDescription", "string", Product::productGroupDescription),
    SUBGROUP("productSubGroupDescription", "string", Product::productSubGroupDescription),
    DOCUMENTATION("productDocumentationURL", "string", Product::productDocumentationUrl),
    PROJECT("project", "string", Product::project),
    PRVVERSION("prvversion", "string", Product::prvversion),
    PROPOSAL_ID("proposal_id", "string", Product::proposalId),
    FILENAME("productFilename", "string", Product::productFilename),
    SIZE("size", "int", Product::size),
    PARENT_OBSID("parent_obsid", "string", Product::parentObsid),
    DATA_RIGHTS("dataRights", "string", Product::dataRights),
    CALIB_LEVEL("calib_level", "int", Product::calibLevel),
    FILTERS("filters", "string", Product::filters);

    static final List<ProductColumn> ALL = List.of(values());

    final String name;
    final String type;
    final Function<Product, Object> accessor;

    ProductColumn(String name, String type, Function<Product, Object> accessor) {
        this.name = name;
        this.type = type;
        this.accessor = accessor;
    }
}
