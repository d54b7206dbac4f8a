package radio.sim.content;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders simulated files and remembers what it rendered: light-curve files are generated once and kept in a
 * bounded LRU cache (regenerating gives identical bytes, so eviction is safe); placeholder bytes are computed on
 * the fly, block by block, so even large ones cost no memory. MD5 digests are kept for every rendered version.
 * Thread-safe.
 */
public final class ContentStore {
    private static final int BLOCK = 64 * 1024;

    private record Key(ContentSpec spec, int version) {
    }

    private final K2LightCurveFits fits;
    private final long cacheBytes;
    private final Map<Key, byte[]> cache = new LinkedHashMap<>(64, 0.75f, true);
    private long cached;
    private final Map<Key, String> md5 = new ConcurrentHashMap<>();

    /**
     * @param fits        the light-curve writer
     * @param cacheBytes  upper bound for cached light-curve bytes
     */
    public ContentStore(K2LightCurveFits fits, long cacheBytes) {
        this.fits = fits;
        this.cacheBytes = cacheBytes;
    }

    /** Exact length of the content. */
    public long size(ContentSpec spec) {
        return spec instanceof LightCurveSpec lc ? fits.size(lc) : ((PlaceholderSpec) spec).size();
    }

    /** The complete content of a version (0 = original). */
    public byte[] bytes(ContentSpec spec, int version) {
        if (spec instanceof LightCurveSpec lc) {
            return rendered(lc, version).clone();
        }
        PlaceholderSpec p = (PlaceholderSpec) spec;
        if (p.size() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("placeholder too large to hold in memory: " + p.size());
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream((int) p.size());
        try {
            write(spec, version, 0, p.size(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes {@code length} bytes of the content starting at {@code offset}. */
    public void write(ContentSpec spec, int version, long offset, long length, OutputStream out) throws IOException {
        if (offset < 0 || length < 0 || offset + length > size(spec)) {
            throw new IllegalArgumentException("range " + offset + "+" + length + " outside " + size(spec));
        }
        if (spec instanceof LightCurveSpec lc) {
            out.write(rendered(lc, version), (int) offset, (int) length);
            return;
        }
        PlaceholderSpec p = (PlaceholderSpec) spec;
        byte[] block = new byte[BLOCK];
        long position = offset;
        long end = offset + length;
        while (position < end) {
            long index = position / BLOCK;
            fill(p, version, index, block);
            int from = (int) (position - index * BLOCK);
            int to = (int) Math.min(BLOCK, end - index * BLOCK);
            out.write(block, from, to - from);
            position = index * BLOCK + to;
        }
    }

    /** Hex MD5 of the content (what S3 puts, quoted, in the ETag of a single-part upload). */
    public String md5Hex(ContentSpec spec, int version) {
        return md5.computeIfAbsent(new Key(spec, version), k -> {
            MessageDigest digest = newMd5();
            try {
                write(spec, version, 0, size(spec), new OutputStream() {
                    @Override
                    public void write(int b) {
                        digest.update((byte) b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        digest.update(b, off, len);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return HexFormat.of().formatHex(digest.digest());
        });
    }

    private static void fill(PlaceholderSpec p, int version, long blockIndex, byte[] block) {
        long seed = p.seed() * 0x9E3779B97F4A7C15L + blockIndex * 0xC2B2AE3D27D4EB4FL + version * 0x165667B19E3779F9L;
        new SplittableRandom(seed).nextBytes(block);
    }

    private byte[] rendered(LightCurveSpec spec, int version) {
        Key key = new Key(spec, version);
        synchronized (cache) {
            byte[] bytes = cache.get(key);
            if (bytes != null) {
                return bytes;
            }
        }
        byte[] bytes = fits.render(spec, version);
        synchronized (cache) {
            if (cache.putIfAbsent(key, bytes) == null) {
                cached += bytes.length;
                var it = cache.entrySet().iterator();
                while (cached > cacheBytes && it.hasNext()) {
                    var eldest = it.next();
                    if (eldest.getKey().equals(key)) {
                        break;
                    }
                    cached -= eldest.getValue().length;
                    it.remove();
                }
            }
        }
        return bytes;
    }

    private static MessageDigest newMd5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required by every Java platform", e);
        }
    }
}
