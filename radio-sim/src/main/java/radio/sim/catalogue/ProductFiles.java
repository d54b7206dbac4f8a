package radio.sim.catalogue;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import radio.sim.content.ContentStore;

/**
 * The bytes behind every product, as both MAST {@code Download/file} and S3 serve them: content, length, ETag
 * (quoted hex MD5) and Last-Modified. A product can be "changed" ({@link #change}): its bytes, ETag and
 * Last-Modified change, its size does not, so clients can be tested on resume-versus-restart.
 * Thread-safe.
 */
public final class ProductFiles {
    private static final Instant EPOCH = Instant.parse("2016-01-01T00:00:00Z");

    private final ContentStore store;
    private final long seed;
    private final Map<String, Integer> versions = new ConcurrentHashMap<>();

    public ProductFiles(ContentStore store, long seed) {
        this.store = store;
        this.seed = seed;
    }

    /** Current version of a product: 0 until it is changed. */
    public int version(Product product) {
        return versions.getOrDefault(product.dataUri(), 0);
    }

    /** Changes a product: new bytes, ETag and Last-Modified, same size. Returns the new version. */
    public int change(Product product) {
        return versions.merge(product.dataUri(), 1, Integer::sum);
    }

    /** Exact length in bytes (equals {@link Product#size()}). */
    public long size(Product product) {
        return store.size(product.content());
    }

    /** The complete current content. */
    public byte[] bytes(Product product) {
        return store.bytes(product.content(), version(product));
    }

    /** Writes a slice of the current content. */
    public void write(Product product, long offset, long length, OutputStream out) throws IOException {
        store.write(product.content(), version(product), offset, length, out);
    }

    /** The quoted MD5 hex ETag, e.g. {@code "9b2cf535f27731c974343645a3985328"}. */
    public String etag(Product product) {
        return "\"" + store.md5Hex(product.content(), version(product)) + "\"";
    }

    /** Last modification time: a fixed date per product (2016-2019), one day later per change. */
    public Instant lastModified(Product product) {
        long days = (long) (Hash.unit(Hash.of(seed ^ 0x1A57, product.dataUri())) * 1460);
        long seconds = (long) (Hash.unit(Hash.of(seed ^ 0x5EC, product.dataUri())) * 86400);
        return EPOCH.plus(days + version(product), ChronoUnit.DAYS).plusSeconds(seconds);
    }
}
