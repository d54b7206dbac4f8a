package radio.lightcurve;

import java.util.Locale;
import java.util.Objects;

/**
 * Which quality bits make a cadence unusable, like lightkurve's {@code quality_bitmask}: rows with
 * {@code (quality & bits) != 0} are dropped. The presets differ per mission, so a mask carries one bit set for
 * Kepler/K2 and one for TESS; an integer mask uses the same bits for every mission.
 *
 * <ul>
 *   <li>{@link #NONE}: keep every row (0).</li>
 *   <li>{@link #DEFAULT}: lightkurve's default, 1130799 for Kepler/K2 and 175 for TESS.</li>
 *   <li>{@link #HARD}: default plus cosmic rays, sensitivity dropouts, stray light (1664431 / 7407).</li>
 *   <li>{@link #HARDEST}: every defined bit (2096639 / 65535).</li>
 * </ul>
 *
 * @param name        how the user spelled it: {@code none}, {@code default}, {@code hard}, {@code hardest} or the
 *                    decimal integer
 * @param keplerBits  the bits used for Kepler and K2 light curves
 * @param tessBits    the bits used for TESS light curves
 */
public record QualityMask(String name, int keplerBits, int tessBits) {
    public static final QualityMask NONE = new QualityMask("none", 0, 0);
    public static final QualityMask DEFAULT = new QualityMask("default",
            bits(Mission.KEPLER, Level.DEFAULT), bits(Mission.TESS, Level.DEFAULT));
    public static final QualityMask HARD = new QualityMask("hard",
            bits(Mission.KEPLER, Level.HARD), bits(Mission.TESS, Level.HARD));
    public static final QualityMask HARDEST = new QualityMask("hardest",
            bits(Mission.KEPLER, Level.HARDEST), bits(Mission.TESS, Level.HARDEST));

    public QualityMask {
        Objects.requireNonNull(name, "name");
    }

    /** A mask with the same bits for every mission. */
    public static QualityMask of(int bits) {
        return new QualityMask(Integer.toString(bits), bits, bits);
    }

    /**
     * Parses {@code none}, {@code default}, {@code hard}, {@code hardest} (any case) or a non-negative integer
     * (decimal, or hexadecimal with {@code 0x}).
     *
     * @throws IllegalArgumentException naming the text and the accepted forms
     */
    public static QualityMask parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "none":
                return NONE;
            case "default":
                return DEFAULT;
            case "hard":
                return HARD;
            case "hardest":
                return HARDEST;
            default:
                break;
        }
        try {
            long v = t.startsWith("0x") ? Long.parseLong(t.substring(2), 16) : Long.parseLong(t);
            if (v >= 0 && v <= 0xFFFFFFFFL) {
                return of((int) v);
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("invalid quality mask '" + text
                + "': expected none, default, hard, hardest or a non-negative integer bitmask");
    }

    /** The bits this mask drops for {@code mission}. */
    public int bits(Mission mission) {
        return mission == Mission.TESS ? tessBits : keplerBits;
    }

    /** Whether a row with quality word {@code quality} of a {@code mission} light curve is dropped. */
    public boolean rejects(Mission mission, int quality) {
        return (quality & bits(mission)) != 0;
    }

    @Override
    public String toString() {
        return name;
    }

    private enum Level { DEFAULT, HARD, HARDEST }

    private static int bits(Mission mission, Level level) {
        int bits = 0;
        for (QualityFlag f : mission.qualityFlags()) {
            boolean in = switch (level) {
                case DEFAULT -> f.inDefaultMask();
                case HARD -> f.inHardMask();
                case HARDEST -> true;
            };
            if (in) {
                bits |= f.bit();
            }
        }
        return bits;
    }
}
