package radio.sim.catalogue;

/**
 * Observation ids are computed, not stored. Mission-pipeline observations: {@code 1,000,000 + targetIndex * 64 +
 * slot}; high-level products: {@code 3,000,000,000 + targetIndex * 64 + slot} (above 2^31 on purpose: real MAST
 * ids exceed 2^31 and clients must use 64-bit ids); observation groups that belong to no target (TESS FFIs):
 * {@code 2,000,000,000 + n}. The slot encodes season, kind and campaign half; each section defines its slots.
 */
final class ObsIds {
    static final long PIPELINE_BASE = 1_000_000L;
    static final long GROUP_BASE = 2_000_000_000L;
    static final long HLSP_BASE = 3_000_000_000L;
    static final int SLOTS = 64;

    private ObsIds() {
    }

    static long pipeline(Target t, int slot) {
        return PIPELINE_BASE + (long) t.index() * SLOTS + slot;
    }

    static long hlsp(Target t, int slot) {
        return HLSP_BASE + (long) t.index() * SLOTS + slot;
    }

    static boolean group(long obsid) {
        return obsid >= GROUP_BASE && obsid < HLSP_BASE;
    }

    /** The target index an id belongs to, or -1 for group ids and ids below the first. */
    static long targetIndex(long obsid) {
        if (obsid < PIPELINE_BASE || group(obsid)) {
            return -1;
        }
        return (obsid - (obsid >= HLSP_BASE ? HLSP_BASE : PIPELINE_BASE)) / SLOTS;
    }

    static int slot(long obsid) {
        return (int) ((obsid - (obsid >= HLSP_BASE ? HLSP_BASE : PIPELINE_BASE)) % SLOTS);
    }
}
