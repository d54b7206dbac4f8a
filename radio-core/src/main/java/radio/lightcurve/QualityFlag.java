package radio.lightcurve;

import java.util.ArrayList;
import java.util.List;

/**
 * One bit of a mission's quality word (Kepler/K2 {@code SAP_QUALITY}, TESS {@code QUALITY}).
 * Implemented by {@link KeplerQualityFlag} (Kepler and K2) and {@link TessQualityFlag}.
 */
public interface QualityFlag {
    /** The bit value, a power of two (e.g. 32 for a reaction-wheel desaturation). */
    int bit();

    /** What the bit means, in a few words. */
    String description();

    /** Whether lightkurve's {@code default} bitmask (and so {@link QualityMask#DEFAULT}) drops rows with this bit. */
    boolean inDefaultMask();

    /** Whether lightkurve's {@code hard} bitmask drops rows with this bit. */
    boolean inHardMask();

    /**
     * The named flags set in {@code quality} for {@code mission}, lowest bit first. Bits the mission does not
     * define are left out; see {@link #undefinedBits}.
     */
    static List<QualityFlag> decode(Mission mission, int quality) {
        List<QualityFlag> set = new ArrayList<>();
        for (QualityFlag f : mission.qualityFlags()) {
            if ((quality & f.bit()) != 0) {
                set.add(f);
            }
        }
        return List.copyOf(set);
    }

    /** The bits of {@code quality} that {@code mission} gives no meaning to (0 when every set bit is known). */
    static int undefinedBits(Mission mission, int quality) {
        int known = 0;
        for (QualityFlag f : mission.qualityFlags()) {
            known |= f.bit();
        }
        return quality & ~known;
    }
}
