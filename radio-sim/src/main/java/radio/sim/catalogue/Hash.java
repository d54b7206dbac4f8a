package radio.sim.catalogue;

import java.nio.charset.StandardCharsets;

/** Deterministic seeds derived from the catalogue seed and stable identities (SplitMix64 finaliser). */
public final class Hash {
    private Hash() {
    }

    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    public static long combine(long seed, long... parts) {
        long h = mix(seed + 0x9E3779B97F4A7C15L);
        for (long p : parts) {
            h = mix(h ^ (p + 0x9E3779B97F4A7C15L + (h << 6) + (h >>> 2)));
        }
        return h;
    }

    public static long of(long seed, String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return combine(seed, h);
    }

    /** A number in [0, 1) from a hash. */
    public static double unit(long hash) {
        return (mix(hash) >>> 11) * 0x1.0p-53;
    }
}
