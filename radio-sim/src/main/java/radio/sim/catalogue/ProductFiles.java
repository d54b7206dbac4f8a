package radio.sim.catalogue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

import radio.sim.content.ContentStore;

/**
 * The bytes behind every product, as both MAST {@code Download/file} and S3 serve them: content, length, ETag
 * (quoted hex MD5) and Last-Modified. A product can be "changed" ({@link #change}): its bytes, ETag and
 * Last-Modified change, its size does not, so clients can be tested on resume-versus-restart. A product can also be
 * {@linkplain #damage damaged} in store (truncated or corrupted bytes, with a size and ETag to match).
 * Thread-safe.
 */
public final class ProductFiles {
    private static final Instant EPOCH = Instant.parse("2016-01-01T00:00:00Z");
    private static final int FITS_BLOCK = 2880;

    private final ContentStore store;
    private final long seed;
    private final Map<String, Integer> versions = new ConcurrentHashMap<>();
    private final Map<String, Damage> damaged = new ConcurrentHashMap<>();

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

    /**
     * Damages a product in store from now on (all its versions): its bytes, size and ETag become those of the
     * damaged file. For light curves and other products small enough to hold in memory.
     */
    public void damage(Product product, Damage damage) {
        damaged.put(product.dataUri(), damage);
    }

    /** Exact length in bytes (equals {@link Product#size()} unless the product was damaged). */
    public long size(Product product) {
        Damage d = damaged.get(product.dataUri());
        long whole = store.size(product.content());
        return d == Damage.TRUNCATED ? truncatedSize(whole) : whole;
    }

    /** The complete current content. */
    public byte[] bytes(Product product) {
        byte[] bytes = store.bytes(product.content(), version(product));
        Damage d = damaged.get(product.dataUri());
        return d == null ? bytes : damaged(bytes, d, product.dataUri());
    }

    /** Writes a slice of the current content. */
    public void write(Product product, long offset, long length, OutputStream out) throws IOException {
        if (damaged.containsKey(product.dataUri())) {
            out.write(bytes(product), (int) offset, (int) length);
        } else {
            store.write(product.content(), version(product), offset, length, out);
        }
    }

    /** The quoted MD5 hex ETag, e.g. {@code "9b2cf535f27731c974343645a3985328"}. */
    public String etag(Product product) {
        if (damaged.containsKey(product.dataUri())) {
            return "\"" + md5Hex(bytes(product)) + "\"";
        }
        return "\"" + store.md5Hex(product.content(), version(product)) + "\"";
    }

    private static long truncatedSize(long whole) {
        return Math.max(1, whole * 6 / 10);
    }

    private static byte[] damaged(byte[] bytes, Damage damage, String dataUri) {
        if (damage == Damage.TRUNCATED) {
            return Arrays.copyOf(bytes, (int) truncatedSize(bytes.length));
        }
        int at = Math.min(FITS_BLOCK, bytes.length / 2);
        for (int block = FITS_BLOCK; block + 8 <= bytes.length; block += FITS_BLOCK) {
            if (new String(bytes, block, 8, StandardCharsets.US_ASCII).equals("XTENSION")) {
                at = block;
                break;
            }
        }
        byte[] out = bytes.clone();
        byte[] noise = new byte[Math.min(FITS_BLOCK, out.length - at)];
        new SplittableRandom(Hash.of(0xDA3A6EL, dataUri)).nextBytes(noise);
        System.arraycopy(noise, 0, out, at, noise.length);
        return out;
    }

    private static String md5Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required by every Java platform", e);
        }
    }

    /** Last modification time: a fixed date per product (2016-2019), one day later per change. */
    public Instant lastModified(Product product) {
        long days = (long) (Hash.unit(Hash.of(seed ^ 0x1A57, product.dataUri())) * 1460);
        long seconds = (long) (Hash.unit(Hash.of(seed ^ 0x5EC, product.dataUri())) * 86400);
        return EPOCH.plus(days + version(product), ChronoUnit.DAYS).plusSeconds(seconds);
    }
}
