package radio.search;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import radio.archive.mast.CaomFilter;
import radio.archive.mast.Observation;

/**
 * Cadence as users say it, mapped per mission through lightkurve's classes of {@code t_exptime}: fast < 60 s ≤
 * short < 200 s ≤ long. So {@link #LONG} is Kepler/K2 long cadence (1800 s) and TESS FFI-based light curves
 * (200, 600, 1800 s); {@link #SHORT} is Kepler/K2 short cadence (60 s) and TESS 2-minute data (120 s); {@link #FAST}
 * is TESS 20-s data; {@link #FFI} is TESS products made from full-frame images (200, 600 or 1800 s: the QLP and
 * TESS-SPOC HLSPs and others), the TESS part of {@code LONG}.
 */
public enum Cadence {
    FAST(0, 60, EnumSet.of(Mission.TESS)),
    SHORT(60, 200, EnumSet.of(Mission.KEPLER, Mission.K2, Mission.TESS)),
    LONG(200, 9999, EnumSet.of(Mission.KEPLER, Mission.K2, Mission.TESS)),
    FFI(200, 1800, EnumSet.of(Mission.TESS));

    /** Lower bound of short cadence, seconds (lightkurve). */
    public static final double SHORT_FROM = 60;
    /** Lower bound of long cadence, seconds (lightkurve). */
    public static final double LONG_FROM = 200;

    private final double serverMin;
    private final double serverMax;
    private final Set<Mission> missions;

    Cadence(double serverMin, double serverMax, Set<Mission> missions) {
        this.serverMin = serverMin;
        this.serverMax = serverMax;
        this.missions = missions;
    }

    /** {@code long}, {@code short}, {@code fast}, {@code ffi}, ignoring case. */
    public static Optional<Cadence> parse(String word) {
        try {
            return Optional.of(valueOf(word.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The class of a cadence in seconds: {@link #FAST}, {@link #SHORT} or {@link #LONG}. */
    public static Cadence classOf(double seconds) {
        return seconds < SHORT_FROM ? FAST : seconds < LONG_FROM ? SHORT : LONG;
    }

    /** The missions that have light curves of this cadence. */
    public Set<Mission> missions() {
        return missions;
    }

    /** Whether a cadence in seconds belongs to this class (any mission). */
    public boolean includes(double seconds) {
        Cadence c = classOf(seconds);
        return this == FFI ? c == LONG : c == this;
    }

    /** Whether an observation's cadence ({@code t_exptime}) and mission fit this word. */
    public boolean matches(Observation o) {
        if (o.exptimeSeconds().isEmpty() || !includes(o.exptimeSeconds().getAsDouble())) {
            return false;
        }
        return this != FFI && this != FAST || Mission.TESS.owns(o);
    }

    /**
     * The {@code t_exptime} range sent to MAST: the class's bounds, inclusive (MAST ranges are), so a boundary
     * value is settled by {@link #matches}.
     */
    public CaomFilter serverRange() {
        return CaomFilter.between("t_exptime", serverMin, serverMax);
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
